import {
  DescribeKeyCommand,
  GetKeyPolicyCommand,
  GetKeyRotationStatusCommand,
  type KeyMetadata,
  KMSClient,
  ListKeysCommand,
} from '@aws-sdk/client-kms';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { kmsKeyPolicyNotPublic } from './checks/aws.kms.key-policy-not-public.js';
import { kmsKeyRotationEnabled } from './checks/aws.kms.key-rotation-enabled.js';
import { KMS_KEY_POLICIES, KMS_KEY_ROTATION, KMS_KEYS } from './state.js';

let kms = mockClient(KMSClient);
afterEach(() => kms.reset());

const R = 'us-east-1';
const meta = (id: string, over: Partial<KeyMetadata> = {}): { KeyMetadata: KeyMetadata } => ({
  KeyMetadata: {
    KeyId: id,
    Arn: `arn:aws:kms:${R}:111122223333:key/${id}`,
    KeyManager: 'CUSTOMER',
    KeySpec: 'SYMMETRIC_DEFAULT',
    KeyUsage: 'ENCRYPT_DECRYPT',
    KeyState: 'Enabled',
    Origin: 'AWS_KMS',
    MultiRegion: false,
    ...over,
  },
});
const entry = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inv[id]![R]!.result;

describe('aws.kms.keys', () => {
  it('follows ListKeys pages and describes every key', async () => {
    kms
      .on(ListKeysCommand)
      .resolvesOnce({ Keys: [{ KeyId: 'k1' }], NextMarker: 'm1', Truncated: true })
      .resolvesOnce({ Keys: [{ KeyId: 'k2' }], Truncated: false });
    kms.on(DescribeKeyCommand, { KeyId: 'k1' }).resolves(meta('k1'));
    kms.on(DescribeKeyCommand, { KeyId: 'k2' }).resolves(meta('k2', { KeyManager: 'AWS', MultiRegion: true }));
    const { inventory } = await collect([KMS_KEYS]);
    expect(kms.commandCalls(ListKeysCommand)[1]!.args[0].input).toMatchObject({ Marker: 'm1' });
    expect(entry(inventory, 'aws.kms.keys')).toEqual({
      ok: true,
      value: {
        k1: {
          ok: true,
          value: {
            keyId: 'k1',
            arn: `arn:aws:kms:${R}:111122223333:key/k1`,
            keyManager: 'CUSTOMER',
            keySpec: 'SYMMETRIC_DEFAULT',
            keyUsage: 'ENCRYPT_DECRYPT',
            keyState: 'Enabled',
            origin: 'AWS_KMS',
            multiRegion: false,
          },
        },
        k2: { ok: true, value: expect.objectContaining({ keyManager: 'AWS', multiRegion: true }) },
      },
    });
  });

  it('classifies AccessDenied on ListKeys, and dependent keys inherit it', async () => {
    kms.on(ListKeysCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([KMS_KEY_ROTATION, KMS_KEY_POLICIES]);
    const expected = { kind: 'denied', api: 'kms:ListKeys', action: 'kms:ListKeys' };
    expect(entry(inventory, 'aws.kms.keys')).toMatchObject({ ok: false, error: expected });
    expect(entry(inventory, 'aws.kms.keyRotation')).toMatchObject({ ok: false, error: expected });
    expect(entry(inventory, 'aws.kms.keyPolicies')).toMatchObject({ ok: false, error: expected });
  });

  it('keeps a DescribeKey denial on that key only', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'k1' }, { KeyId: 'k2' }] });
    kms.on(DescribeKeyCommand, { KeyId: 'k1' }).resolves(meta('k1'));
    kms.on(DescribeKeyCommand, { KeyId: 'k2' }).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([KMS_KEYS]);
    expect(entry(inventory, 'aws.kms.keys')).toMatchObject({
      ok: true,
      value: {
        k1: { ok: true },
        k2: { ok: false, error: { kind: 'denied', api: 'kms:DescribeKey', action: 'kms:DescribeKey' } },
      },
    });
  });

  it('refuses to guess who manages a key when DescribeKey leaves KeyManager out', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'k1' }, { KeyId: 'k2' }] });
    kms.on(DescribeKeyCommand, { KeyId: 'k1' }).resolves(meta('k1'));
    kms.on(DescribeKeyCommand, { KeyId: 'k2' }).resolves(meta('k2', { KeyManager: undefined }));
    kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true });
    kms.on(GetKeyPolicyCommand).resolves({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [] }) });
    const { inventory } = await collect([KMS_KEY_ROTATION, KMS_KEY_POLICIES]);
    expect(entry(inventory, 'aws.kms.keys')).toMatchObject({
      ok: true,
      value: {
        k1: { ok: true, value: { keyManager: 'CUSTOMER' } },
        k2: { ok: false, error: { kind: 'unknown', api: 'kms:DescribeKey' } },
      },
    });
    // The unknown key is not treated as customer-managed by the dependent keys either.
    expect(kms.commandCalls(GetKeyRotationStatusCommand).map((c) => c.args[0].input.KeyId)).toEqual(['k1']);
    expect(kms.commandCalls(GetKeyPolicyCommand).map((c) => c.args[0].input.KeyId)).toEqual(['k1']);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    kms.restore();
    try {
      const list = throttledThen({ Keys: [{ KeyId: 'k1' }] }, 2);
      const { inventory, stats } = await collect([KMS_KEYS], {
        client: { configure: fakeService({ ListKeys: list, DescribeKey: (input) => meta(String(input.KeyId)) }) },
      });
      expect(entry(inventory, 'aws.kms.keys')).toMatchObject({ ok: true, value: { k1: { ok: true, value: { keyId: 'k1' } } } });
      expect(list.calls).toBe(3);
      expect(stats.toJSON()['kms:ListKeys']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      kms = mockClient(KMSClient);
    }
  });
});

describe('aws.kms.keyRotation and aws.kms.keyPolicies', () => {
  function account(): void {
    kms.on(ListKeysCommand).resolves({ Keys: ['cmk', 'aws', 'rsa', 'hmac', 'imported', 'doomed'].map((KeyId) => ({ KeyId })) });
    kms.on(DescribeKeyCommand, { KeyId: 'cmk' }).resolves(meta('cmk'));
    kms.on(DescribeKeyCommand, { KeyId: 'aws' }).resolves(meta('aws', { KeyManager: 'AWS' }));
    kms.on(DescribeKeyCommand, { KeyId: 'rsa' }).resolves(meta('rsa', { KeySpec: 'RSA_2048', KeyUsage: 'SIGN_VERIFY' }));
    kms.on(DescribeKeyCommand, { KeyId: 'hmac' }).resolves(meta('hmac', { KeySpec: 'HMAC_256', KeyUsage: 'GENERATE_VERIFY_MAC' }));
    kms.on(DescribeKeyCommand, { KeyId: 'imported' }).resolves(meta('imported', { Origin: 'EXTERNAL' }));
    kms.on(DescribeKeyCommand, { KeyId: 'doomed' }).resolves(meta('doomed', { KeyState: 'PendingDeletion' }));
    kms.on(GetKeyRotationStatusCommand).resolves({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
    kms.on(GetKeyPolicyCommand).resolves({
      Policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
      }),
    });
  }

  it('sends each command once however many checks need the keys', async () => {
    account();
    const twin = { ...kmsKeyRotationEnabled, meta: { ...kmsKeyRotationEnabled.meta, id: 'twin' } };
    const { inventory } = await collect([kmsKeyRotationEnabled, kmsKeyPolicyNotPublic, twin]);
    expect(kms.commandCalls(ListKeysCommand)).toHaveLength(1);
    expect(kms.commandCalls(DescribeKeyCommand)).toHaveLength(6);
    // Rotation only where it can apply: the customer-managed, symmetric, KMS-generated, live key.
    expect(kms.commandCalls(GetKeyRotationStatusCommand).map((c) => c.args[0].input)).toEqual([{ KeyId: 'cmk' }]);
    expect(entry(inventory, 'aws.kms.keyRotation')).toEqual({
      ok: true,
      value: { cmk: { ok: true, value: { enabled: true, periodDays: 365 } } },
    });
    // Policies for every customer-managed key, never AWS-managed ones.
    const policyCalls = kms.commandCalls(GetKeyPolicyCommand).map((c) => c.args[0].input);
    expect(policyCalls.map((i) => i.KeyId).sort()).toEqual(['cmk', 'doomed', 'hmac', 'imported', 'rsa']);
    expect(policyCalls.every((i) => i.PolicyName === 'default')).toBe(true);
    expect(entry(inventory, 'aws.kms.keyPolicies')).toMatchObject({
      ok: true,
      value: {
        cmk: {
          ok: true,
          value: { version: '2012-10-17', statements: [{ effect: 'Allow', principal: { AWS: ['arn:aws:iam::111122223333:root'] } }] },
        },
      },
    });
  });

  it('keeps per-key rotation and policy failures on the key', async () => {
    kms.on(ListKeysCommand).resolves({ Keys: [{ KeyId: 'k1' }, { KeyId: 'k2' }] });
    kms.on(DescribeKeyCommand).callsFake((input: { KeyId: string }) => meta(input.KeyId));
    kms.on(GetKeyRotationStatusCommand, { KeyId: 'k1' }).resolves({ KeyRotationEnabled: false });
    kms.on(GetKeyRotationStatusCommand, { KeyId: 'k2' }).rejects(awsError('AccessDeniedException', 400));
    kms.on(GetKeyPolicyCommand, { KeyId: 'k1' }).resolves({ Policy: '{not json' });
    kms.on(GetKeyPolicyCommand, { KeyId: 'k2' }).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([KMS_KEY_ROTATION, KMS_KEY_POLICIES]);
    expect(entry(inventory, 'aws.kms.keyRotation')).toMatchObject({
      ok: true,
      value: {
        k1: { ok: true, value: { enabled: false } },
        k2: { ok: false, error: { kind: 'denied', api: 'kms:GetKeyRotationStatus', action: 'kms:GetKeyRotationStatus' } },
      },
    });
    expect(entry(inventory, 'aws.kms.keyPolicies')).toMatchObject({
      ok: true,
      value: {
        k1: { ok: false, error: { kind: 'unknown', api: 'kms:GetKeyPolicy', code: 'PolicyParseError' } },
        k2: { ok: false, error: { kind: 'denied', api: 'kms:GetKeyPolicy', action: 'kms:GetKeyPolicy' } },
      },
    });
  });
});
