import type { Check } from '../../../../../model/check.js';
import { errorFinding } from '../../../../check-kit.js';
import { azureResource, eachItem, lookupArm } from '../../../check-kit.js';
import { either, skip, toFinding } from '../../../service-kit/check.js';
import { AZURE_RESOURCE_GROUPS } from '../../resources/state.js';
import { AZURE_VNET_GATEWAYS, VNET_GATEWAY, type VnetGateway } from '../state.js';

function judge(g: VnetGateway) {
  const p2s = g.properties.vpnClientConfiguration;
  if ((g.properties.gatewayType ?? 'Vpn') !== 'Vpn') return skip('not-vpn', `Gateway ${g.name} is an ${g.properties.gatewayType} gateway.`);
  if (!p2s || (!p2s.vpnAuthenticationTypes?.length && !p2s.vpnClientAddressPool?.addressPrefixes?.length))
    return skip('no-p2s', `Gateway ${g.name} has no point-to-site configuration.`);
  // A P2S pool without authentication types is the original certificate-only configuration.
  const types = p2s.vpnAuthenticationTypes?.length ? p2s.vpnAuthenticationTypes : ['Certificate'];
  return either(
    types.length === 1 && types[0] === 'AAD',
    ['entra-only', `Gateway ${g.name} authenticates point-to-site users with Microsoft Entra ID only.`],
    ['other-auth', `Gateway ${g.name} accepts point-to-site authentication by ${types.join(', ')}.`],
    {
      vpnAuthenticationTypes: types,
    },
  );
}

export const vpnGatewayP2sEntraAuthOnly: Check = {
  meta: {
    id: 'azure.vpngateway.p2s-entra-auth-only',
    title: 'VPN gateways authenticate point-to-site users with Microsoft Entra ID only',
    provider: 'azure',
    service: 'vpngateway',
    resourceType: VNET_GATEWAY,
    severity: 'medium',
    requires: [AZURE_RESOURCE_GROUPS, AZURE_VNET_GATEWAYS],
    rationale:
      'One result per VPN gateway, listed per resource group. Passes when the point-to-site configuration allows only `AAD` authentication, so each user signs in with Entra ID (MFA and Conditional Access apply). Fails when Certificate or RADIUS authentication is allowed (a P2S pool with no types listed is certificate authentication). ' +
      'Gateways without point-to-site and ExpressRoute gateways are not applicable. A resource group whose gateway list could not be read is one error on that group.',
    remediation: { text: 'Configure Microsoft Entra ID authentication (OpenVPN tunnel) and remove certificate and RADIUS authentication.' },
    cis: ['7.9'],
  },
  evaluate(ctx) {
    return eachItem(ctx, AZURE_RESOURCE_GROUPS, 'Microsoft.Resources/resourceGroups', (group, groupRef) => {
      const got = lookupArm(ctx, AZURE_VNET_GATEWAYS, group.id);
      if (!got.ok) return errorFinding(groupRef, got.error);
      return got.value.map((g) => toFinding(azureResource(ctx, VNET_GATEWAY, g), judge(g)));
    });
  },
};
