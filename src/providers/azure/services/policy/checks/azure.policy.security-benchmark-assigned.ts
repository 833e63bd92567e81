import { either, subscriptionCheck } from '../../../service-kit/check.js';
import { AZURE_POLICY_ASSIGNMENTS, MCSB_INITIATIVE } from '../state.js';

export const policySecurityBenchmarkAssigned = subscriptionCheck(
  {
    id: 'azure.policy.security-benchmark-assigned',
    title: 'The Microsoft cloud security benchmark initiative applies',
    service: 'policy',
    resourceType: 'Microsoft.Resources/subscriptions',
    severity: 'low',
    rationale:
      'One result per subscription. Passes when an assignment (direct or inherited) uses the Microsoft cloud security benchmark initiative (policy set 1f3afdf9-d0c9-4c3d-847f-89da613e70a8), which drives Defender for Cloud\u2019s recommendations. Fails when it was removed. Whether individual policies inside it are set to Disabled is not visible here and stays a manual review.',
    remediation: { text: 'Re-enable the default Defender for Cloud security policy (Environment settings > Security policies).' },
  },
  AZURE_POLICY_ASSIGNMENTS,
  (assignments) => {
    const mcsb = assignments.filter((a) => a.properties.policyDefinitionId.toLowerCase().endsWith(`/${MCSB_INITIATIVE}`));
    return either(
      mcsb.length > 0,
      ['benchmark-assigned', 'The Microsoft cloud security benchmark initiative is assigned.'],
      ['benchmark-missing', 'The Microsoft cloud security benchmark initiative is not assigned.'],
      {
        enforcementMode: mcsb[0]?.properties.enforcementMode ?? null,
      },
    );
  },
);
