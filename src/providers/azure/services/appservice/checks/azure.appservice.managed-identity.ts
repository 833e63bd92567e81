import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_WEB_APPS, SITE } from '../state.js';

export const appServiceManagedIdentity = itemCheck(
  {
    id: 'azure.appservice.managed-identity',
    title: 'App Service apps use a managed identity',
    service: 'appservice',
    resourceType: SITE,
    severity: 'low',
    rationale:
      'One result per web or function app. Passes when the app has a system- or user-assigned managed identity (`identity.type` other than `None`). Fails when ARM returns no identity. ' +
      'A managed identity lets the app reach Key Vault, storage and databases with Entra tokens that Azure rotates, instead of connection strings and keys kept in app settings.',
    remediation: {
      text: 'Assign a system-assigned (or user-assigned) identity and grant it the roles the app needs, then remove stored credentials.',
      cli: 'az webapp identity assign --resource-group <group> --name <app>',
    },
  },
  AZURE_WEB_APPS,
  (s) => {
    const type = s.identity?.type ?? 'None';
    return either(
      type.toLowerCase() !== 'none',
      ['identity-assigned', `App ${s.name} has a managed identity (${type}).`],
      ['no-identity', `App ${s.name} has no managed identity.`],
      { identity: type },
    );
  },
);
