import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { approvedPrivateEndpoints } from '../../../check-kit.js';
import { AZURE_STORAGE_ACCOUNTS } from '../state.js';
import { eachStorageAccount, STORAGE_ACCOUNT } from '../storage-kit.js';

export const storageNetworkRestricted: Check = {
  meta: {
    id: 'azure.storage.network-restricted',
    title: 'Storage accounts are not reachable from every network',
    provider: 'azure',
    service: 'storage',
    resourceType: STORAGE_ACCOUNT,
    severity: 'medium',
    requires: [AZURE_STORAGE_ACCOUNTS],
    rationale:
      "Passes when public network access is Disabled (clients come in through private endpoints only) or the firewall's default action is Deny (only listed networks, virtual networks and trusted services get in). " +
      'Fails when the default action is Allow, including when the account also has private endpoints: a private endpoint adds a private path but does not close the public one. Approved private endpoints are recorded in the observed facts. ' +
      'Keys and SAS tokens leak; a network boundary means a leaked credential is not enough on its own to reach the data.',
    remediation: {
      text: 'Set the default network action to Deny and allow the networks that need access, or disable public network access and use private endpoints.',
      cli: 'az storage account update --resource-group <group> --name <account> --default-action Deny',
    },
    cis: ['9.3.2.3'],
  },
  evaluate(ctx) {
    return eachStorageAccount(ctx, (a, resource) => {
      const p = a.properties;
      const endpoints = approvedPrivateEndpoints(p.privateEndpointConnections);
      const observed = {
        publicNetworkAccess: p.publicNetworkAccess ?? null,
        defaultAction: p.networkAcls?.defaultAction ?? null,
        privateEndpoints: endpoints.length,
      };
      if (p.publicNetworkAccess === 'Disabled')
        return pass(resource, 'public-access-disabled', `Storage account ${a.name} has public network access disabled.`, observed);
      if (p.networkAcls?.defaultAction === 'Deny')
        return pass(resource, 'default-deny', `Storage account ${a.name} denies networks it does not list.`, observed);
      return endpoints.length
        ? fail(
            resource,
            'private-endpoint-but-public-open',
            `Storage account ${a.name} has private endpoints, but its public endpoint still accepts every network.`,
            observed,
          )
        : fail(resource, 'open-to-all-networks', `Storage account ${a.name} accepts connections from every network.`, observed);
    });
  },
};
