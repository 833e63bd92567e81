import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_SEARCH_SERVICES, SEARCH_SERVICE } from '../state.js';

export const searchServiceLocalAuthDisabled = itemCheck(
  {
    id: 'azure.search.service-local-auth-disabled',
    title: 'AI Search services refuse API keys',
    service: 'search',
    resourceType: SEARCH_SERVICE,
    severity: 'medium',
    rationale:
      'One result per search service. Passes when `disableLocalAuth` is true: admin and query API keys are refused and every data-plane request must carry a Microsoft Entra token checked against Search RBAC roles. Fails when false or absent, as the built-in policy "Azure AI Search services should have local authentication methods disabled" judges it. `authOptions` does not change the verdict: both apiKeyOnly (the default) and aadOrApiKey still accept keys, and an admin key can read, change and delete every index.',
    remediation: {
      text: 'Assign Search Index Data Reader or Contributor roles to the callers, move them to Entra tokens, then disable key authentication.',
      cli: 'az resource update --ids <service-id> --set properties.disableLocalAuth=true',
    },
  },
  AZURE_SEARCH_SERVICES,
  (x) => {
    const o = x.properties.authOptions;
    const mode = o?.aadOrApiKey ? 'aadOrApiKey' : o?.apiKeyOnly ? 'apiKeyOnly' : null;
    return either(
      x.properties.disableLocalAuth === true,
      ['entra-only', `Search service ${x.name} refuses API keys.`],
      ['keys-accepted', `Search service ${x.name} accepts API keys${mode ? ` (${mode})` : ''}.`],
      { disableLocalAuth: x.properties.disableLocalAuth ?? null, authOptions: mode },
    );
  },
);
