/** ECR state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';

/** `DescribeRepositories`, reduced. */
export interface EcrRepository {
  name: string;
  arn: string;
  /** `MUTABLE`, `IMMUTABLE`, or their `_WITH_EXCLUSION` forms. */
  tagMutability: string;
  /** The repository-level scan-on-push flag (superseded by registry scanning rules, still honoured). */
  scanOnPush: boolean;
  /** `AES256` or `KMS` (or `KMS_DSSE`). */
  encryptionType: string;
}

/** One registry scanning rule: how often, and which repositories (wildcard filters) it covers. */
export interface EcrScanRule {
  /** `SCAN_ON_PUSH`, `CONTINUOUS_SCAN` or `MANUAL`. */
  frequency: string;
  filters: string[];
}

/** `GetRegistryScanningConfiguration`: the region's registry-wide scanning. */
export interface EcrRegistryScanning {
  /** `BASIC` or `ENHANCED` (Amazon Inspector). */
  scanType: string;
  rules: EcrScanRule[];
}

export const ECR_REPOSITORIES = inventoryKey<EcrRepository[]>('aws.ecr.repositories', 'regional');
export const ECR_REGISTRY_SCANNING = inventoryKey<EcrRegistryScanning>('aws.ecr.registryScanning', 'regional');
/** `GetRepositoryPolicy` per repository, by name; `null` when it has none. */
export const ECR_REPOSITORY_POLICIES = inventoryKey<PerResource<PolicyDocument | null>>('aws.ecr.repositoryPolicies', 'regional');
/** `GetLifecyclePolicy` per repository, by name: the number of rules, or `null` when it has no lifecycle policy. */
export const ECR_LIFECYCLE_POLICIES = inventoryKey<PerResource<{ rules: number } | null>>('aws.ecr.lifecyclePolicies', 'regional');
