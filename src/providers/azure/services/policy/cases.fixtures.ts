import { SUB } from '../../service-kit/cases.fixtures.js';
import { POLICY_ASSIGNMENT, type PolicyAssignment } from './state.js';

export function assignment(name: string, setId: string, enforcementMode = 'Default'): PolicyAssignment {
  return {
    id: `${SUB}/providers/${POLICY_ASSIGNMENT}/${name}`,
    name,
    type: POLICY_ASSIGNMENT,
    properties: {
      displayName: name,
      policyDefinitionId: `/providers/Microsoft.Authorization/policySetDefinitions/${setId}`,
      enforcementMode,
      scope: SUB,
    },
  };
}
