import { DescribeHubCommand, SecurityHubClient } from '@aws-sdk/client-securityhub';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { securityHubHubEnabled } from './checks/aws.securityhub.hub-enabled.js';
import { SECURITYHUB_HUB } from './state.js';

// DescribeHub describes one hub per account and region; it has no pagination.
let sh = mockClient(SecurityHubClient);
afterEach(() => sh.reset());

const R = 'us-east-1';
const HUB = `arn:aws:securityhub:${R}:111122223333:hub/default`;
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], region = R) => inv['aws.securityhub.hub']![region]!.result;

describe('aws.securityhub.hub', () => {
  it('keeps the hub when subscribed', async () => {
    sh.on(DescribeHubCommand).resolves({ HubArn: HUB, SubscribedAt: '2025-03-01T10:00:00.000Z', AutoEnableControls: true });
    const { inventory } = await collect([SECURITYHUB_HUB]);
    expect(result(inventory)).toEqual({
      ok: true,
      value: { hubArn: HUB, subscribedAt: '2025-03-01T10:00:00.000Z', autoEnableControls: true },
    });
  });

  it('turns "not subscribed" into data: null', async () => {
    sh.on(DescribeHubCommand).rejects(
      awsError('InvalidAccessException', 401, 'Account 111122223333 is not subscribed to AWS Security Hub'),
    );
    const { inventory } = await collect([SECURITYHUB_HUB]);
    expect(result(inventory)).toEqual({ ok: true, value: null });
  });

  it('keeps a real AccessDenied as denied', async () => {
    sh.on(DescribeHubCommand).rejects(
      awsError(
        'AccessDeniedException',
        403,
        'User is not authorized to perform: securityhub:DescribeHub with an explicit deny in a service control policy',
      ),
    );
    const { inventory } = await collect([SECURITYHUB_HUB]);
    expect(result(inventory)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'securityhub:DescribeHub', action: 'securityhub:DescribeHub' },
    });
  });

  it('keeps other InvalidAccessException answers as errors', async () => {
    sh.on(DescribeHubCommand).rejects(awsError('InvalidAccessException', 401, 'The security token included in the request is invalid'));
    const { inventory } = await collect([SECURITYHUB_HUB]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { api: 'securityhub:DescribeHub', code: 'InvalidAccessException' } });
  });

  it('sends DescribeHub once per region however many checks need it', async () => {
    sh.on(DescribeHubCommand).resolves({ HubArn: HUB });
    const twin = { ...securityHubHubEnabled, meta: { ...securityHubHubEnabled.meta, id: 'twin' } };
    await collect([securityHubHubEnabled, twin], { regions: ['eu-west-1', R] });
    expect(sh.commandCalls(DescribeHubCommand)).toHaveLength(2);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    sh.restore();
    try {
      const hub = throttledThen({ HubArn: HUB }, 2, 'TooManyRequestsException');
      const { inventory, stats } = await collect([SECURITYHUB_HUB], { client: { configure: fakeService({ DescribeHub: hub }) } });
      expect(result(inventory)).toEqual({ ok: true, value: { hubArn: HUB } });
      expect(hub.calls).toBe(3);
      expect(stats.toJSON()['securityhub:DescribeHub']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      sh = mockClient(SecurityHubClient);
    }
  });
});
