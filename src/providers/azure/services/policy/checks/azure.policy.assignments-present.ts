import { either, subscriptionCheck } from '../../../service-kit/check.js';
import { AZURE_POLICY_ASSIGNMENTS } from '../state.js';

export const policyAssignmentsPresent = subscriptionCheck(
  {
    id: 'azure.policy.assignments-present',
    title: 'Azure Policy is enforced on the subscription',
    service: 'policy',
    resourceType: 'Microsoft.Resources/subscriptions',
    severity: 'medium',
    rationale:
      'One result per subscription, over the policy assignments that apply to it (made on it or inherited from management groups). Passes when at least one assignment has enforcement mode Default (absent means Default); fails when there are none or all are DoNotEnforce, so no guardrail is evaluated or enforced on new resources.',
    remediation: {
      text: 'Assign your organisation\u2019s policy initiatives at the management group or subscription.',
      cli: 'az policy assignment create --name <name> --policy-set-definition <initiative> --scope /subscriptions/<subscription-id>',
    },
  },
  AZURE_POLICY_ASSIGNMENTS,
  (assignments) => {
    const enforced = assignments.filter((a) => (a.properties.enforcementMode ?? 'Default') === 'Default');
    return either(
      enforced.length > 0,
      ['policy-enforced', `${enforced.length} policy assignment(s) are enforced.`],
      ['no-enforced-policy', 'No policy assignment is enforced on the subscription.'],
      {
        assignments: assignments.length,
        enforced: enforced.length,
      },
    );
  },
);
