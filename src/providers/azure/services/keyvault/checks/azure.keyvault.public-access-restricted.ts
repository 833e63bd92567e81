import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { approvedPrivateEndpoints } from '../../../check-kit.js';
import { AZURE_KEY_VAULTS } from '../state.js';
import { eachVault, VAULT_TYPE } from '../vault-kit.js';

export const keyVaultPublicAccessRestricted: Check = {
  meta: {
    id: 'azure.keyvault.public-access-restricted',
    title: 'Key vaults are closed to the public internet or firewalled',
    provider: 'azure',
    service: 'keyvault',
    resourceType: VAULT_TYPE,
    severity: 'medium',
    requires: [AZURE_KEY_VAULTS],
    rationale:
      "Passes when public network access is Disabled, or the vault firewall's default action is Deny so only listed addresses, virtual networks and (optionally) trusted Azure services reach it. " +
      'Fails when public access is enabled with the default action Allow (or no firewall at all), even if private endpoints also exist. ' +
      'A vault holds the credentials to everything else; a network boundary means a stolen token alone is not enough to read it.',
    remediation: {
      text: 'Disable public network access and reach the vault through a private endpoint, or set the firewall default action to Deny and list the networks that need it.',
      cli: 'az keyvault update --resource-group <group> --name <vault> --default-action Deny',
    },
  },
  evaluate(ctx) {
    return eachVault(ctx, (v, resource) => {
      const p = v.properties;
      const observed = {
        publicNetworkAccess: p.publicNetworkAccess ?? null,
        defaultAction: p.networkAcls?.defaultAction ?? null,
        privateEndpoints: approvedPrivateEndpoints(p.privateEndpointConnections).length,
      };
      if (p.publicNetworkAccess === 'Disabled')
        return pass(resource, 'public-access-disabled', `Key vault ${v.name} has public network access disabled.`, observed);
      if (p.networkAcls?.defaultAction === 'Deny')
        return pass(resource, 'firewalled', `Key vault ${v.name} denies networks it does not list.`, observed);
      return fail(resource, 'open-to-all-networks', `Key vault ${v.name} accepts connections from every network.`, observed);
    });
  },
};
