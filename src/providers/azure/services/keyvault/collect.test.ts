import { describe, expect, it } from 'vitest';
import { SUB, scanWith, valueIn } from '../../../../../test/providers/azure/harness.js';
import { armId, pages, subscriptionList, tracked } from '../../replay.js';
import { AZURE_KEY_VAULT_KEYS, AZURE_KEY_VAULT_SECRETS, AZURE_KEY_VAULTS } from './state.js';

const vault = (name: string, properties: Record<string, unknown>): Record<string, unknown> =>
  tracked(SUB, 'rg-sec', 'Microsoft.KeyVault/vaults', name, 'westeurope', {
    properties: { tenantId: 't1', sku: { family: 'A', name: 'standard' }, ...properties },
  });
const item = (vaultName: string, kind: 'keys' | 'secrets', name: string, properties: Record<string, unknown>): Record<string, unknown> => ({
  id: armId(SUB, 'rg-sec', `Microsoft.KeyVault/vaults/${kind}`, vaultName, name),
  name,
  type: `Microsoft.KeyVault/vaults/${kind}`,
  properties,
});

describe('Key Vault collectors', () => {
  it('pages through vaults, then lists key and secret metadata per vault with ISO expiry and no values', async () => {
    const kv1 = armId(SUB, 'rg-sec', 'Microsoft.KeyVault/vaults', 'kv1');
    const { snapshots, http } = await scanWith(
      {
        [subscriptionList(SUB, 'Microsoft.KeyVault/vaults')]: pages(
          [
            vault('kv1', {
              enableSoftDelete: true,
              enablePurgeProtection: true,
              enableRbacAuthorization: true,
              vaultUri: 'https://kv1.vault.azure.net/',
            }),
          ],
          [vault('kv2', { accessPolicies: [{ tenantId: 't1', objectId: 'o1', permissions: { secrets: ['get', 'list'] } }] })],
        ),
        [`GET ${kv1}/keys`]: pages(
          [
            item('kv1', 'keys', 'signing', {
              kty: 'RSA',
              keyUri: 'https://kv1.vault.azure.net/keys/signing',
              attributes: { enabled: true, exp: 1_900_000_000, created: 1 },
            }),
          ],
          [item('kv1', 'keys', 'no-expiry', { kty: 'EC', attributes: { enabled: true } })],
        ),
        [`GET ${armId(SUB, 'rg-sec', 'Microsoft.KeyVault/vaults', 'kv2')}/keys`]: { body: { value: [] } },
        [`GET ${kv1}/secrets`]: pages(
          [
            item('kv1', 'secrets', 'db-password', {
              value: 'hunter2',
              contentType: 'text/plain',
              attributes: { enabled: true, nbf: 1_700_000_000 },
            }),
          ],
          [],
        ),
        [`GET ${armId(SUB, 'rg-sec', 'Microsoft.KeyVault/vaults', 'kv2')}/secrets`]: { body: { value: [] } },
      },
      [AZURE_KEY_VAULTS, AZURE_KEY_VAULT_KEYS, AZURE_KEY_VAULT_SECRETS],
    );
    const s = snapshots[0]!;
    const vaults = valueIn(s, AZURE_KEY_VAULTS);
    expect(vaults.map((v) => v.name)).toEqual(['kv1', 'kv2']);
    expect(vaults[0]!.properties).toEqual({
      tenantId: 't1',
      enableSoftDelete: true,
      enablePurgeProtection: true,
      enableRbacAuthorization: true,
    });
    expect(vaults[1]!.properties.accessPolicies).toEqual([{ tenantId: 't1', objectId: 'o1', permissions: { secrets: ['get', 'list'] } }]);

    const keys = valueIn(s, AZURE_KEY_VAULT_KEYS)[kv1]!;
    expect(keys.ok && keys.value.map((k) => k.properties)).toEqual([
      { attributes: { enabled: true, expires: new Date(1_900_000_000_000).toISOString() }, kty: 'RSA' },
      { attributes: { enabled: true }, kty: 'EC' },
    ]);
    const secrets = valueIn(s, AZURE_KEY_VAULT_SECRETS)[kv1]!;
    expect(secrets.ok && secrets.value[0]!.properties).toEqual({
      attributes: { enabled: true, notBefore: new Date(1_700_000_000_000).toISOString() },
      contentType: 'text/plain',
    });
    expect(JSON.stringify(s)).not.toContain('hunter2');
    expect(s.apiCalls['Microsoft.KeyVault/vaults:list']?.calls).toBe(2);
    expect(http.unmatched).toEqual([]);
  });
});
