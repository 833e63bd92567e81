import { paramsOf } from '../../../../check-kit.js';
import { either, subscriptionCheck } from '../../../service-kit/check.js';
import { AUTHORIZATION_PARAMS } from '../params.js';
import { AZURE_ROLE_ASSIGNMENTS, OWNER_ROLE, roleGuid } from '../state.js';

export const authorizationOwnerCountInRange = subscriptionCheck(
  {
    id: 'azure.authorization.owner-count-in-range',
    title: 'Subscriptions have between two and three owners',
    service: 'authorization',
    resourceType: 'Microsoft.Resources/subscriptions',
    severity: 'medium',
    rationale:
      'One result per subscription. Counts Owner role assignments made at exactly the subscription scope (users, groups, service principals and managed identities each count once; owners inherited from management groups are reported but not counted). ' +
      'Passes when the count is within `minOwners`..`maxOwners` of the `azure.authorization` parameters (default 2..3); fails with fewer (a single owner is a single point of failure) or more (privilege sprawl).',
    remediation: {
      text: 'Add or remove Owner assignments at the subscription so that two or three accountable principals hold it; use groups with reviewed membership.',
      cli: 'az role assignment list --role Owner --scope /subscriptions/<subscription-id>',
    },
    cis: ['5.7'],
  },
  AZURE_ROLE_ASSIGNMENTS,
  (assignments, ctx) => {
    const sub = `/subscriptions/${ctx.snapshot.account}`.toLowerCase();
    const owners = assignments.filter((a) => roleGuid(a.properties.roleDefinitionId) === OWNER_ROLE);
    const here = owners.filter((a) => a.properties.scope.toLowerCase() === sub);
    const { minOwners, maxOwners } = paramsOf(ctx, 'azure.authorization', AUTHORIZATION_PARAMS);
    const observed = {
      owners: here.length,
      inheritedOwners: owners.length - here.length,
      byType: here.map((a) => a.properties.principalType ?? 'Unknown'),
      minOwners,
      maxOwners,
    };
    return either(
      here.length >= minOwners && here.length <= maxOwners,
      ['owners-in-range', `The subscription has ${here.length} owners.`],
      ['owners-out-of-range', `The subscription has ${here.length} owners, outside ${minOwners}..${maxOwners}.`],
      observed,
    );
  },
);
