/** Policy assignments that apply to the subscription, through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import type { Shape } from '../../wire.js';
import { AZURE_POLICY_ASSIGNMENTS, POLICY_ASSIGNMENT, type PolicyAssignment } from './state.js';

const SHAPE: Shape<PolicyAssignment> = {
  id: true,
  name: true,
  type: true,
  properties: { displayName: true, policyDefinitionId: true, enforcementMode: true, scope: true },
};

export const policyCollectors = [
  armList(AZURE_POLICY_ASSIGNMENTS, POLICY_ASSIGNMENT, '2022-06-01', SHAPE),
] as readonly AzureCollector<unknown>[];
