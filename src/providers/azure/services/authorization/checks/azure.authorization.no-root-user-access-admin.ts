import { either, subscriptionCheck } from '../../../service-kit/check.js';
import { AZURE_ROLE_ASSIGNMENTS, roleGuid, USER_ACCESS_ADMIN_ROLE } from '../state.js';

export const authorizationNoRootUserAccessAdmin = subscriptionCheck(
  {
    id: 'azure.authorization.no-root-user-access-admin',
    title: 'Nobody holds User Access Administrator at the root scope',
    service: 'authorization',
    resourceType: 'Microsoft.Resources/subscriptions',
    severity: 'high',
    rationale:
      'One result per subscription, over the role assignments at and above it. Fails when User Access Administrator is assigned at the root scope `/`, which is what "elevate access" by a Global Administrator creates: it lets the holder grant themselves any role on every subscription. Passes otherwise. The assignment should be removed as soon as the task that needed it is done.',
    remediation: {
      text: 'Remove the elevated access (Entra ID > Properties > Access management for Azure resources: No).',
      cli: 'az role assignment delete --role "User Access Administrator" --scope /',
    },
    cis: ['5.3.3'],
  },
  AZURE_ROLE_ASSIGNMENTS,
  (assignments) => {
    const root = assignments.filter(
      (a) => roleGuid(a.properties.roleDefinitionId) === USER_ACCESS_ADMIN_ROLE && a.properties.scope === '/',
    );
    return either(
      root.length === 0,
      ['no-root-uaa', 'No User Access Administrator assignment at the root scope.'],
      ['root-uaa', `${root.length} principal(s) hold User Access Administrator at the root scope.`],
      {
        rootAssignments: root.map((a) => a.properties.principalId),
      },
    );
  },
);
