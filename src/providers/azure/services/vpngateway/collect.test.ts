import { describe, expect, it } from 'vitest';
import { resultOf, SUB, scanWith } from '../../../../../test/providers/azure/harness.js';
import { denied, pages, sequence, throttled } from '../../replay.js';
import { vpnGatewayCollectors } from './collect.js';
import { AZURE_VNET_GATEWAYS, VNET_GATEWAY } from './state.js';

const rg = (name: string) => ({
  id: `/subscriptions/${SUB}/resourceGroups/${name}`,
  name,
  type: 'Microsoft.Resources/resourceGroups',
  location: 'westeurope',
});
const gw = (group: string, name: string) => ({
  id: `/subscriptions/${SUB}/resourceGroups/${group}/providers/${VNET_GATEWAY}/${name}`,
  name,
  type: VNET_GATEWAY,
  location: 'westeurope',
  properties: {
    gatewayType: 'Vpn',
    vpnClientConfiguration: { vpnAuthenticationTypes: ['AAD'], vpnClientRootCertificates: [{ properties: { publicCertData: 's3cret' } }] },
  },
});
const groups = `GET /subscriptions/${SUB}/resourcegroups`;
const gateways = (group: string) => `GET /subscriptions/${SUB}/resourceGroups/${group}/providers/${VNET_GATEWAY}`;

describe('vpngateway: gateways per resource group', () => {
  it('lists each group once over nextLink pages, keeps a 403 on its group, and waits out a 429', async () => {
    const { snapshots, http } = await scanWith(
      {
        [groups]: pages([rg('a')], [rg('b'), rg('c')]),
        [gateways('a')]: pages([gw('a', 'g1')], [gw('a', 'g2')]),
        [gateways('b')]: denied(`${VNET_GATEWAY}/read`),
        [gateways('c')]: sequence(throttled(0), { body: { value: [] } }),
      },
      [AZURE_VNET_GATEWAYS],
      { collectors: undefined },
    );
    const got = resultOf(snapshots[0]!, AZURE_VNET_GATEWAYS);
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    const byGroup = Object.fromEntries(Object.entries(got.value).map(([k, v]) => [k.split('/').pop(), v]));
    expect(byGroup.a).toMatchObject({ ok: true, value: [{ name: 'g1' }, { name: 'g2' }] });
    expect(byGroup.b).toMatchObject({ ok: false, error: { kind: 'denied' } });
    expect(byGroup.c).toEqual({ ok: true, value: [] });
    expect(http.requests.filter((r) => r === gateways('a'))).toHaveLength(2);
    expect(JSON.stringify(snapshots[0])).not.toContain('s3cret');
    void vpnGatewayCollectors;
  });
});
