import { GetMacieSessionCommand, Macie2Client } from '@aws-sdk/client-macie2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { macieEnabled } from './checks/aws.macie.enabled.js';
import { MACIE_SESSION } from './state.js';

let macie = mockClient(Macie2Client);
afterEach(() => macie.reset());

const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], region = 'us-east-1') => inv['aws.macie.session']![region]!.result;

describe('aws.macie.session', () => {
  it('reads the session status of each region, once however many checks need it', async () => {
    macie.on(GetMacieSessionCommand).resolves({ status: 'PAUSED', findingPublishingFrequency: 'SIX_HOURS' });
    const twin = { ...macieEnabled, meta: { ...macieEnabled.meta, id: 'twin' } };
    const { inventory } = await collect([macieEnabled, twin], { regions: ['eu-west-1', 'us-east-1'] });
    expect(macie.commandCalls(GetMacieSessionCommand)).toHaveLength(2);
    expect(result(inventory, 'eu-west-1')).toEqual({ ok: true, value: { status: 'PAUSED', findingPublishingFrequency: 'SIX_HOURS' } });
  });

  it('reads "Macie is not enabled" as a region without Macie', async () => {
    macie.on(GetMacieSessionCommand).rejects(awsError('AccessDeniedException', 403, 'Macie is not enabled.'));
    const { inventory } = await collect([MACIE_SESSION]);
    expect(result(inventory)).toEqual({ ok: true, value: null });
  });

  it('keeps any other AccessDenied as a denial naming the action', async () => {
    const msg = 'User: arn:aws:sts::111122223333:assumed-role/audit/x is not authorized to perform: macie2:GetMacieSession';
    macie.on(GetMacieSessionCommand).rejects(awsError('AccessDeniedException', 403, msg));
    const { inventory } = await collect([MACIE_SESSION]);
    expect(result(inventory)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'macie2:GetMacieSession', action: 'macie2:GetMacieSession', message: msg },
    });
  });

  it('lets the SDK retry throttling, then succeeds (the API has no pages)', async () => {
    macie.restore();
    try {
      const get = throttledThen({ status: 'ENABLED' }, 2);
      const { inventory, stats } = await collect([MACIE_SESSION], { client: { configure: fakeService({ GetMacieSession: get }) } });
      expect(result(inventory)).toEqual({ ok: true, value: { status: 'ENABLED' } });
      expect(stats.toJSON()['macie2:GetMacieSession']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      macie = mockClient(Macie2Client);
    }
  });
});
