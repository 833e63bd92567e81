import { describe, expect, it } from 'vitest';
import { REDACTED, redact, redactItem, redactLabels } from '../../src/engine/redact.js';
import type { EvidenceItem } from '../../src/model/evidence.js';
import { inventoryKey } from '../../src/model/keys.js';
import { redactSnapshot } from '../../src/redaction/snapshot.js';
import { fetchError, snapshot } from '../support/snapshot.js';

const KEY = inventoryKey<unknown>('test.things', 'regional');

describe('redact', () => {
  it.each([
    [
      'secret-named fields',
      { SecretAccessKey: 'abc', password: 'hunter2', sessionToken: 'x' },
      { SecretAccessKey: REDACTED, password: REDACTED, sessionToken: REDACTED },
    ],
    ['environment variables', { environment: { DB_PASS: 'p' }, variables: { A: 'b' } }, { environment: REDACTED, variables: REDACTED }],
    ['access key ids are masked, not dropped', { keyId: 'AKIAABCDEFGHIJKLMNOP' }, { keyId: 'AKIA…MNOP' }],
    ['secret-looking values anywhere', { note: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' }, { note: REDACTED }],
    [
      'facts stay',
      { versioning: 'Enabled', mfa: false, ageDays: 120, tokenExpiryEnabled: true, passwordLastUsed: '2026-01-01' },
      { versioning: 'Enabled', mfa: false, ageDays: 120, tokenExpiryEnabled: true, passwordLastUsed: '2026-01-01' },
    ],
    [
      'Azure connection strings and SAS URLs in any field',
      {
        tags: {
          conn: 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=bm90LWEta2V5;EndpointSuffix=core.windows.net',
          bus: 'Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=r;SharedAccessKey=abc=',
        },
        url: 'https://acme.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-01-01&sp=r&sig=abc%2Fdef',
      },
      {
        tags: {
          conn: `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${REDACTED};EndpointSuffix=core.windows.net`,
          bus: `Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=r;SharedAccessKey=${REDACTED}`,
        },
        url: `https://acme.blob.core.windows.net/c/b?sv=2022-11-02&se=2026-01-01&sp=r&sig=${REDACTED}`,
      },
    ],
    [
      'Azure facts stay',
      { storageEndpoint: 'https://acme.blob.core.windows.net/', keyVaultUri: 'https://kv.vault.azure.net/', signature: 'none' },
      { storageEndpoint: 'https://acme.blob.core.windows.net/', keyVaultUri: 'https://kv.vault.azure.net/', signature: 'none' },
    ],
    ['nested arrays', { rules: [{ password: 'x', port: 22 }] }, { rules: [{ password: REDACTED, port: 22 }] }],
    [
      'more secret names',
      { passwd: 'a', private_key: 'b', primaryKey: 'c', AccountKey: 'd', connection_string: 'e', Authorization: 'Bearer x', apiKey: 'f' },
      {
        passwd: REDACTED,
        private_key: REDACTED,
        primaryKey: REDACTED,
        AccountKey: REDACTED,
        connection_string: REDACTED,
        Authorization: REDACTED,
        apiKey: REDACTED,
      },
    ],
    [
      'container environment lists and Lambda variables, but not a tag called environment',
      {
        containers: [{ environment: [{ name: 'DB_PASSWORD', value: 'p' }] }],
        Environment: { Variables: { TOKEN: 't' } },
        tags: { environment: 'production', env: 'prod' },
      },
      { containers: [{ environment: REDACTED }], Environment: REDACTED, tags: { environment: 'production', env: 'prod' } },
    ],
    [
      'secrets recognised by shape inside other values',
      {
        note: 'key -----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjE=\n-----END OPENSSH PRIVATE KEY----- end',
        header: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
        conn: 'DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=abc123==;EndpointSuffix=core.windows.net',
        sas: 'https://acme.blob.core.windows.net/c?sv=2022-11-02&sig=AbC%2Fdef&se=2027-01-01',
        url: 'postgres://admin:hunter2@db.internal:5432/app',
      },
      {
        note: `key ${REDACTED} end`,
        header: `Bearer ${REDACTED}`,
        conn: `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${REDACTED};EndpointSuffix=core.windows.net`,
        sas: `https://acme.blob.core.windows.net/c?sv=2022-11-02&sig=${REDACTED}&se=2027-01-01`,
        url: `postgres://admin:${REDACTED}@db.internal:5432/app`,
      },
    ],
    [
      'ARNs and ids stay',
      { arn: 'arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d', url: 'https://example.com/a@b' },
      { arn: 'arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d', url: 'https://example.com/a@b' },
    ],
  ])('%s', (_n, input, expected) => {
    expect(redact(input)).toEqual(expected);
  });

  it('labels (cloud tags) lose secret names and values but keep `environment`', () => {
    expect(
      redactLabels({
        environment: 'prod',
        owner: 'team-a',
        apiToken: 'x',
        conn: 'Endpoint=sb://a/;SharedAccessKeyName=r;SharedAccessKey=k=',
      }),
    ).toEqual({
      environment: 'prod',
      owner: 'team-a',
      apiToken: REDACTED,
      conn: `Endpoint=sb://a/;SharedAccessKeyName=r;SharedAccessKey=${REDACTED}`,
    });
  });
});

describe('redactItem and redactSnapshot', () => {
  const token = `ghp_${'a1B2c3D4e5'.repeat(3)}F6g7H8`;
  const item: EvidenceItem = {
    id: 'x',
    checkId: 'aws.s3.bucket-versioning-enabled',
    title: 'S3 buckets have versioning enabled',
    status: 'error',
    severity: 'medium',
    resource: {
      provider: 'aws',
      account: '111122223333',
      region: 'us-east-1',
      type: 'AWS::S3::Bucket',
      id: `arn:aws:s3:::b-${token}`,
      arn: 'arn:aws:s3:::plain-bucket',
      name: `b password=${'hunter22'}`,
    },
    controls: {},
    messageId: 'error',
    message: `failed with token=${'abc123def'}`,
    observed: { password: 'p', versioning: 'Enabled' },
    error: { kind: 'denied', api: 's3:GetBucketVersioning', action: 's3:GetBucketVersioning', message: `Bearer ${'abcDEF123456'}` },
    sources: [],
    collectedAt: '2026-01-01T00:00:00.000Z',
  };

  it('takes secrets out of the message, names, ids, facts and error, and keeps the title and plain ids', () => {
    const r = redactItem(item);
    expect(r.title).toBe(item.title);
    expect(r.resource.id).toBe(`arn:aws:s3:::b-${REDACTED}`);
    expect(r.resource.arn).toBe('arn:aws:s3:::plain-bucket');
    expect(r.resource.name).toBe(`b password=${REDACTED}`);
    expect(r.message).toBe(`failed with token=${REDACTED}`);
    expect(r.observed).toEqual({ password: REDACTED, versioning: 'Enabled' });
    expect(r.error?.message).toBe(`Bearer ${REDACTED}`);
  });

  it('scrubs a snapshot as it is saved: notes, error messages and values; leaves clean parts as they were', () => {
    const snap = snapshot()
      .global(KEY, [{ name: 'a', description: `deploy with ${token}` }])
      .regional(KEY, 'us-east-1', { ok: false, error: { ...fetchError('denied'), message: `denied: password=${'s3cret!!'}` } })
      .build();
    snap.notes.push(`note ${token}`);
    const clean = snapshot()
      .global(KEY, [{ name: 'b', environmentNames: ['DB_PASSWORD', 'API_TOKEN'] }])
      .build();
    const r = redactSnapshot(snap);
    expect(JSON.stringify(r)).not.toContain(token);
    expect(JSON.stringify(r)).not.toContain('s3cret!!');
    expect(r.notes).toEqual([`note ${REDACTED}`]);
    // Secret-looking names (what the Lambda and ECS checks judge) stay, and a clean inventory is not copied.
    expect(redactSnapshot(clean).inventory).toBe(clean.inventory);
    expect(snap.notes).toEqual([`note ${token}`]);
  });
});
