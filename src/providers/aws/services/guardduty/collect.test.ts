import { GetDetectorCommand, GuardDutyClient, ListDetectorsCommand } from '@aws-sdk/client-guardduty';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { guardDutyDetectorEnabled } from './checks/aws.guardduty.detector-enabled.js';
import { GUARDDUTY_DETECTORS } from './state.js';

let gd = mockClient(GuardDutyClient);
afterEach(() => gd.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], region = R) => inv['aws.guardduty.detectors']![region]!.result;

describe('aws.guardduty.detectors', () => {
  it('follows ListDetectors pages and reads each detector', async () => {
    gd.on(ListDetectorsCommand)
      .resolvesOnce({ DetectorIds: ['d1'], NextToken: 't1' })
      .resolvesOnce({ DetectorIds: ['d2'] });
    gd.on(GetDetectorCommand, { DetectorId: 'd1' }).resolves({
      Status: 'ENABLED',
      ServiceRole: 'r',
      FindingPublishingFrequency: 'SIX_HOURS',
      Features: [
        { Name: 'S3_DATA_EVENTS', Status: 'ENABLED' },
        { Name: 'EKS_AUDIT_LOGS', Status: 'DISABLED' },
      ],
    });
    gd.on(GetDetectorCommand, { DetectorId: 'd2' }).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([GUARDDUTY_DETECTORS]);
    expect(gd.commandCalls(ListDetectorsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't1' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        d1: {
          ok: true,
          value: {
            detectorId: 'd1',
            status: 'ENABLED',
            findingPublishingFrequency: 'SIX_HOURS',
            features: { S3_DATA_EVENTS: 'ENABLED', EKS_AUDIT_LOGS: 'DISABLED' },
          },
        },
        d2: {
          ok: false,
          error: expect.objectContaining({ kind: 'denied', api: 'guardduty:GetDetector', action: 'guardduty:GetDetector' }),
        },
      },
    });
  });

  it('classifies an SCP denial of ListDetectors as denied, keeping the message', async () => {
    const scp =
      'User: arn:aws:sts::111122223333:assumed-role/audit/x is not authorized to perform: guardduty:ListDetectors with an explicit deny in a service control policy';
    gd.on(ListDetectorsCommand).rejects(awsError('AccessDeniedException', 403, scp));
    const { inventory } = await collect([GUARDDUTY_DETECTORS]);
    expect(result(inventory)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'guardduty:ListDetectors', action: 'guardduty:ListDetectors', message: scp },
    });
    expect(gd.commandCalls(GetDetectorCommand)).toHaveLength(0);
  });

  it('reads each region once however many checks need it', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    gd.on(GetDetectorCommand).resolves({ Status: 'ENABLED', ServiceRole: 'r' });
    const twin = { ...guardDutyDetectorEnabled, meta: { ...guardDutyDetectorEnabled.meta, id: 'twin' } };
    await collect([guardDutyDetectorEnabled, twin], { regions: ['eu-west-1', R] });
    expect(gd.commandCalls(ListDetectorsCommand)).toHaveLength(2);
    expect(gd.commandCalls(GetDetectorCommand)).toHaveLength(2);
  });

  it('records a region without detectors as an empty map', async () => {
    gd.on(ListDetectorsCommand).resolves({ DetectorIds: [] });
    const { inventory } = await collect([GUARDDUTY_DETECTORS]);
    expect(result(inventory)).toEqual({ ok: true, value: {} });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    gd.restore();
    try {
      const list = throttledThen({ DetectorIds: ['d1'] }, 2, 'TooManyRequestsException');
      const { inventory, stats } = await collect([GUARDDUTY_DETECTORS], {
        client: { configure: fakeService({ ListDetectors: list, GetDetector: () => ({ Status: 'DISABLED', ServiceRole: 'r' }) }) },
      });
      expect(result(inventory)).toMatchObject({ ok: true, value: { d1: { ok: true, value: { status: 'DISABLED' } } } });
      expect(list.calls).toBe(3);
      expect(stats.toJSON()['guardduty:ListDetectors']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      gd = mockClient(GuardDutyClient);
    }
  });
});
