import { GetResourcePolicyCommand, ListSecretsCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { SECRET_POLICIES, SECRETS } from './state.js';

let sm = mockClient(SecretsManagerClient);
afterEach(() => sm.reset());
const R = 'us-east-1';
type Inv = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inv, id: string) => inv[id]![R]!.result;

describe('aws.secretsmanager collectors', () => {
  it('follows ListSecrets pages and reads each resource policy', async () => {
    sm.on(ListSecretsCommand)
      .resolvesOnce({
        SecretList: [{ ARN: 'arn:a', Name: 'a', RotationEnabled: true, LastRotatedDate: new Date('2026-10-01T00:00:00Z'), KmsKeyId: 'k' }],
        NextToken: 't',
      })
      .resolvesOnce({ SecretList: [{ ARN: 'arn:b', Name: 'b', CreatedDate: new Date('2025-01-01T00:00:00Z') }] });
    sm.on(GetResourcePolicyCommand, { SecretId: 'arn:a' }).resolves({ ARN: 'arn:a' });
    sm.on(GetResourcePolicyCommand, { SecretId: 'arn:b' }).resolves({
      ResourcePolicy: '{"Statement":{"Effect":"Allow","Principal":"*","Action":"*"}}',
    });
    const { inventory } = await collect([SECRET_POLICIES]);
    expect(sm.commandCalls(ListSecretsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(result(inventory, SECRETS.id)).toEqual({
      ok: true,
      value: [
        { arn: 'arn:a', name: 'a', rotationEnabled: true, lastRotated: '2026-10-01T00:00:00.000Z', kmsKeyId: 'k' },
        { arn: 'arn:b', name: 'b', rotationEnabled: false, created: '2025-01-01T00:00:00.000Z' },
      ],
    });
    expect(result(inventory, SECRET_POLICIES.id)).toMatchObject({
      ok: true,
      value: { 'arn:a': { ok: true, value: null }, 'arn:b': { ok: true, value: { statements: [{ principal: { AWS: ['*'] } }] } } },
    });
  });

  it('keeps a denied GetResourcePolicy on its secret, and a denied ListSecrets on the region', async () => {
    sm.on(ListSecretsCommand).resolves({ SecretList: [{ ARN: 'arn:a', Name: 'a' }] });
    sm.on(GetResourcePolicyCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([SECRET_POLICIES]);
    expect(result(inventory, SECRET_POLICIES.id)).toMatchObject({
      ok: true,
      value: { 'arn:a': { ok: false, error: { kind: 'denied', api: 'secretsmanager:GetResourcePolicy' } } },
    });
    sm.reset();
    sm.on(ListSecretsCommand).rejects(awsError('AccessDeniedException', 400));
    const again = await collect([SECRETS]);
    expect(result(again.inventory, SECRETS.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'secretsmanager:ListSecrets' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    sm.restore();
    try {
      const list = throttledThen({ SecretList: [] }, 2);
      const { inventory, stats } = await collect([SECRETS], { client: { configure: fakeService({ ListSecrets: list }) } });
      expect(result(inventory, SECRETS.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['secretsmanager:ListSecrets']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      sm = mockClient(SecretsManagerClient);
    }
  });
});
