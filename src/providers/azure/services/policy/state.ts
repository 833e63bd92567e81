/** Azure Policy assignments visible to the subscription (its own and inherited). No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmSubResource } from '../../arm-state.js';

export const POLICY_ASSIGNMENT = 'Microsoft.Authorization/policyAssignments';
/** The Microsoft cloud security benchmark initiative (Defender for Cloud's default). */
export const MCSB_INITIATIVE = '1f3afdf9-d0c9-4c3d-847f-89da613e70a8';

export interface PolicyAssignment extends ArmSubResource {
  properties: {
    displayName?: string;
    policyDefinitionId: string;
    /** `Default` (enforced) or `DoNotEnforce`; absent means Default. */
    enforcementMode?: string;
    scope?: string;
  };
}

export const AZURE_POLICY_ASSIGNMENTS = inventoryKey<PolicyAssignment[]>('azure.policy.assignments', 'global');
