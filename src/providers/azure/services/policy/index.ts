import type { AzureService } from '../../service.js';
import { policyAssignmentsPresent } from './checks/azure.policy.assignments-present.js';
import { policySecurityBenchmarkAssigned } from './checks/azure.policy.security-benchmark-assigned.js';
import { policyCollectors } from './collect.js';
import { policyDemo } from './demo.js';

export const policy: AzureService = {
  id: 'policy',
  collectors: policyCollectors,
  checks: [policyAssignmentsPresent, policySecurityBenchmarkAssigned],
  links: new URL('./links.yaml', import.meta.url),
  demo: policyDemo,
};
