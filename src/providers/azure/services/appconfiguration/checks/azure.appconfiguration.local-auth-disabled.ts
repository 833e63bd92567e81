import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_CONFIG_STORES, CONFIG_STORE } from '../state.js';

export const appconfigurationLocalAuthDisabled = itemCheck(
  {
    id: 'azure.appconfiguration.local-auth-disabled',
    title: 'App Configuration stores accept only Entra ID authentication',
    service: 'appconfiguration',
    resourceType: CONFIG_STORE,
    severity: 'medium',
    rationale:
      'One result per store. Passes when `disableLocalAuth` is true: the store then refuses its access keys (connection strings with read or read-write rights) and every data-plane request carries an Entra ID token checked against the App Configuration Data Reader/Owner roles. Fails when false or absent, the default. The Azure Policy built-in "App Configuration stores should have local authentication methods disabled" audits the same property.',
    remediation: {
      text: 'Grant applications App Configuration data roles, move them to Entra ID, then disable access keys.',
      cli: 'az appconfig update --resource-group <group> --name <store> --disable-local-auth true',
    },
  },
  AZURE_CONFIG_STORES,
  (x) =>
    either(
      x.properties.disableLocalAuth === true,
      ['entra-only', `Store ${x.name} refuses access keys.`],
      ['keys-accepted', `Store ${x.name} accepts access keys.`],
    ),
);
