/** Systems Manager state the checks read. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

/** `DescribeInstanceInformation`, reduced: a node registered with Systems Manager. */
export interface ManagedNode {
  /** `i-…` for EC2, `mi-…` for hybrid nodes. */
  id: string;
  /** `Online`, `ConnectionLost` or `Inactive`. */
  pingStatus: string;
}

/** Patch compliance of one node (`ListResourceComplianceSummaries`, ComplianceType=Patch). */
export interface PatchSummary {
  /** `COMPLIANT` or `NON_COMPLIANT`. */
  status: string;
  nonCompliant: number;
  /** Highest severity among missing patches, when non-compliant. */
  severity?: string;
}

export interface SsmDocument {
  name: string;
  arn: string;
}

export const SSM_MANAGED_NODES = inventoryKey<ManagedNode[]>('aws.ssm.managedNodes', 'regional');
/** Keyed by node id; nodes Patch Manager never reported on are absent. */
export const SSM_PATCH_COMPLIANCE = inventoryKey<Record<string, PatchSummary>>('aws.ssm.patchCompliance', 'regional');
/** `ListDocuments` (Owner=Self). */
export const SSM_DOCUMENTS = inventoryKey<SsmDocument[]>('aws.ssm.documents', 'regional');
/** `DescribeDocumentPermission` (Share) per owned document, keyed by name: the accounts it is shared with (`all` = public). */
export const SSM_DOCUMENT_SHARING = inventoryKey<PerResource<string[]>>('aws.ssm.documentSharing', 'regional');
