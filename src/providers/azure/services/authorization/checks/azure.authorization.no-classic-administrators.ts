import { either, subscriptionCheck } from '../../../service-kit/check.js';
import { AZURE_CLASSIC_ADMINS } from '../state.js';

export const authorizationNoClassicAdministrators = subscriptionCheck(
  {
    id: 'azure.authorization.no-classic-administrators',
    title: 'Subscriptions have no classic co-administrators',
    service: 'authorization',
    resourceType: 'Microsoft.Resources/subscriptions',
    severity: 'medium',
    rationale:
      'One result per subscription. Fails when a classic administrator with the CoAdministrator role remains: co-administrators hold owner-equivalent access outside Azure RBAC, invisible to role-assignment reviews and PIM. Passes when only the (retired) service administrator entry or none is listed.',
    remediation: { text: 'Convert co-administrators to Azure RBAC role assignments and remove them from classic administrators.' },
  },
  AZURE_CLASSIC_ADMINS,
  (admins) => {
    const co = admins.filter((a) => (a.properties.role ?? '').split(';').some((r) => r.trim().toLowerCase() === 'coadministrator'));
    return either(
      co.length === 0,
      ['no-co-admins', 'The subscription has no classic co-administrators.'],
      ['co-admins', `The subscription has ${co.length} classic co-administrator(s).`],
      { coAdministrators: co.length },
    );
  },
);
