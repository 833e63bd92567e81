import { approvedPrivateEndpoints } from '../../../check-kit.js';
import { bad, itemCheck, missing, ok } from '../../../service-kit/check.js';
import { AZURE_CONFIG_STORES, CONFIG_STORE, CONFIG_STORE_LIST as LIST } from '../state.js';

export const appconfigurationPublicNetworkAccessDisabled = itemCheck(
  {
    id: 'azure.appconfiguration.public-network-access-disabled',
    title: 'App Configuration stores are not reachable from public networks',
    service: 'appconfiguration',
    resourceType: CONFIG_STORE,
    severity: 'medium',
    rationale:
      'One result per store. Passes when `publicNetworkAccess` is Disabled (only private endpoints connect) or SecuredByPerimeter (Azure documents public access as disabled apart from what the network security perimeter admits). Fails when Enabled. When the property is null (the portal calls it Automatic), Azure keeps public access enabled while the store has no private endpoint and disables it once one exists: a null store with an approved private endpoint passes, one with no private endpoint fails, and one whose endpoints are all pending or rejected is an error, since Azure does not document which way that case goes. (The Azure Policy built-in audits any value other than Disabled, so it also flags null stores that this check passes.)',
    remediation: {
      text: 'Add a private endpoint for the store, move clients to it, then set public network access to Disabled explicitly.',
      cli: 'az appconfig update --resource-group <group> --name <store> --enable-public-network false',
    },
  },
  AZURE_CONFIG_STORES,
  (x) => {
    const access = x.properties.publicNetworkAccess;
    const conns = x.properties.privateEndpointConnections ?? [];
    const approved = approvedPrivateEndpoints(conns).length;
    const observed = { publicNetworkAccess: access ?? null, approvedPrivateEndpoints: approved };
    if (access === 'Disabled') return ok('public-disabled', `Store ${x.name} has public network access disabled.`, observed);
    if (access === 'SecuredByPerimeter')
      return ok('secured-by-perimeter', `Store ${x.name} admits public traffic only through its network security perimeter.`, observed);
    if (access !== undefined) return bad('public-enabled', `Store ${x.name} accepts connections from public networks.`, observed);
    if (approved > 0)
      return ok(
        'automatic-private',
        `Store ${x.name} leaves the setting automatic and has a private endpoint, so public access is off.`,
        observed,
      );
    if (conns.length === 0)
      return bad(
        'automatic-public',
        `Store ${x.name} leaves the setting automatic with no private endpoint, so public access is on.`,
        observed,
      );
    return missing(
      LIST.api,
      LIST.action,
      `store ${x.name} leaves publicNetworkAccess unset and has only unapproved private endpoints; Azure does not document whether public access is on`,
    );
  },
);
