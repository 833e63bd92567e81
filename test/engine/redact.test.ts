import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactLabels } from '../../src/engine/redact.js';

describe('redact', () => {
  it.each([
    ['secret-named fields', { SecretAccessKey: 'abc', password: 'hunter2', sessionToken: 'x' }, { SecretAccessKey: REDACTED, password: REDACTED, sessionToken: REDACTED }],
    ['environment variables', { environment: { DB_PASS: 'p' }, variables: { A: 'b' } }, { environment: REDACTED, variables: REDACTED }],
    ['access key ids are masked, not dropped', { keyId: 'AKIAABCDEFGHIJKLMNOP' }, { keyId: 'AKIA…MNOP' }],
    ['secret-looking values anywhere', { note: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }, { note: REDACTED }],
    ['facts stay', { versioning: 'Enabled', mfa: false, ageDays: 120, tokenExpiryEnabled: true, passwordLastUsed: '2026-01-01' }, { versioning: 'Enabled', mfa: false, ageDays: 120, tokenExpiryEnabled: true, passwordLastUsed: '2026-01-01' }],
    [
      'Azure connection strings and SAS URLs in any field',
      {
        tags: { conn: 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=bm90LWEta2V5;EndpointSuffix=core.windows.net', bus: 'Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=r;SharedAccessKey=abc=' },
        url: 'https://acme.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-01-01&sp=r&sig=abc%2Fdef',
      },
      { tags: { conn: REDACTED, bus: REDACTED }, url: REDACTED },
    ],
    ['Azure facts stay', { storageEndpoint: 'https://acme.blob.core.windows.net/', keyVaultUri: 'https://kv.vault.azure.net/', signature: 'none' }, { storageEndpoint: 'https://acme.blob.core.windows.net/', keyVaultUri: 'https://kv.vault.azure.net/', signature: 'none' }],
    ['nested arrays', { rules: [{ password: 'x', port: 22 }] }, { rules: [{ password: REDACTED, port: 22 }] }],
  ])('%s', (_n, input, expected) => {
    expect(redact(input)).toEqual(expected);
  });

  it('labels (cloud tags) lose secret names and values but keep `environment`', () => {
    expect(redactLabels({ environment: 'prod', owner: 'team-a', apiToken: 'x', conn: 'Endpoint=sb://a/;SharedAccessKeyName=r;SharedAccessKey=k=' }))
      .toEqual({ environment: 'prod', owner: 'team-a', apiToken: REDACTED, conn: REDACTED });
  });
});
