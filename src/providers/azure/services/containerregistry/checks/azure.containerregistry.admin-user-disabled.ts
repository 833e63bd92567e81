import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_REGISTRIES, REGISTRY } from '../state.js';

export const containerregistryAdminUserDisabled = itemCheck(
  {
    id: 'azure.containerregistry.admin-user-disabled',
    title: 'Container registries have the admin user disabled',
    service: 'containerregistry',
    resourceType: REGISTRY,
    severity: 'high',
    rationale:
      'One result per registry. Passes when `adminUserEnabled` is false or absent (the default); fails when true, which enables a single shared username and two passwords with push and pull rights on every repository, outside Entra ID and RBAC.',
    remediation: {
      text: 'Switch clients to Entra identities or scoped tokens, then disable the admin user.',
      cli: 'az acr update --name <registry> --admin-enabled false',
    },
  },
  AZURE_REGISTRIES,
  (x) =>
    either(
      x.properties.adminUserEnabled !== true,
      ['admin-disabled', `Registry ${x.name} has the admin user disabled.`],
      ['admin-enabled', `Registry ${x.name} has the shared admin user enabled.`],
    ),
);
