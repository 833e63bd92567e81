import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { policyCollectors } from './collect.js';
import { AZURE_POLICY_ASSIGNMENTS, POLICY_ASSIGNMENT } from './state.js';

describeArmCollectors('policy', policyCollectors, [
  {
    key: AZURE_POLICY_ASSIGNMENTS,
    type: POLICY_ASSIGNMENT,
    extra: { properties: { policyDefinitionId: '/x', parameters: { token: { value: 's3cret' } } } },
  },
]);
