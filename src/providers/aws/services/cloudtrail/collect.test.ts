import { CloudTrailClient, DescribeTrailsCommand, GetEventSelectorsCommand, GetTrailStatusCommand } from '@aws-sdk/client-cloudtrail';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ACCOUNT } from '../../../../../test/support/snapshot.js';
import { cloudTrailCloudWatchLogsIntegrated } from './checks/aws.cloudtrail.cloudwatch-logs-integrated.js';
import { cloudTrailLogFileValidationEnabled } from './checks/aws.cloudtrail.log-file-validation-enabled.js';
import { cloudTrailMultiRegionTrailLogging } from './checks/aws.cloudtrail.multi-region-trail-logging.js';
import { cloudTrailTrailKmsEncrypted } from './checks/aws.cloudtrail.trail-kms-encrypted.js';
import { normaliseSelectors } from './collect.js';
import { CLOUDTRAIL_EVENT_SELECTORS, CLOUDTRAIL_TRAIL_STATUS, CLOUDTRAIL_TRAILS } from './state.js';

const ct = mockClient(CloudTrailClient);
afterEach(() => ct.reset());

const arn = (name: string, region = 'us-east-1') => `arn:aws:cloudtrail:${region}:${ACCOUNT}:trail/${name}`;
const sdkTrail = (name: string, region = 'us-east-1') => ({
  Name: name,
  TrailARN: arn(name, region),
  HomeRegion: region,
  IsMultiRegionTrail: true,
  IsOrganizationTrail: false,
  S3BucketName: 'logs',
  KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k',
  LogFileValidationEnabled: true,
  HasCustomEventSelectors: false,
  HasInsightSelectors: false,
});

describe('aws.cloudtrail.trails', () => {
  // DescribeTrails has no pagination: one response carries every trail, so there is no page test.
  it('lists only trails homed in the region and normalises them', async () => {
    ct.on(DescribeTrailsCommand).resolves({
      trailList: [sdkTrail('b'), { ...sdkTrail('a'), KmsKeyId: undefined, LogFileValidationEnabled: false }],
    });
    const { inventory } = await collect([CLOUDTRAIL_TRAILS]);
    // Shadow trails are asked for (a member account sees its organisation trail only as one), then
    // filtered by home region.
    expect(ct.commandCalls(DescribeTrailsCommand)[0]!.args[0].input).toEqual({ includeShadowTrails: true });
    expect(inventory['aws.cloudtrail.trails']!['us-east-1']!.result).toEqual({
      ok: true,
      value: [
        {
          name: 'a',
          arn: arn('a'),
          homeRegion: 'us-east-1',
          isMultiRegion: true,
          isOrganizationTrail: false,
          s3BucketName: 'logs',
          logFileValidationEnabled: false,
          hasCustomEventSelectors: false,
          hasInsightSelectors: false,
        },
        {
          name: 'b',
          arn: arn('b'),
          homeRegion: 'us-east-1',
          isMultiRegion: true,
          isOrganizationTrail: false,
          s3BucketName: 'logs',
          kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k',
          logFileValidationEnabled: true,
          hasCustomEventSelectors: false,
          hasInsightSelectors: false,
        },
      ],
    });
  });

  it('keeps an organisation trail seen from a member account, once, in its home region', async () => {
    // In a member account the organisation trail (owned by the management account) is a shadow trail
    // in every region, its home included; `includeShadowTrails: false` would hide it altogether.
    const orgArn = 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org';
    const orgTrail = { ...sdkTrail('org'), TrailARN: orgArn, IsOrganizationTrail: true, S3BucketName: 'central-logs' };
    const own = sdkTrail('own', 'eu-west-1');
    ct.on(DescribeTrailsCommand).callsFake((input: { includeShadowTrails?: boolean }) => ({
      trailList: input.includeShadowTrails === false ? [] : [orgTrail, own],
    }));
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    const { inventory } = await collect([CLOUDTRAIL_TRAIL_STATUS], { regions: ['eu-west-1', 'us-east-1'] });
    expect(inventory['aws.cloudtrail.trails']!['us-east-1']!.result).toMatchObject({
      ok: true,
      value: [{ name: 'org', arn: orgArn, homeRegion: 'us-east-1', isOrganizationTrail: true, s3BucketName: 'central-logs' }],
    });
    // The multi-region trail homed in eu-west-1 is listed there only, not again as a shadow elsewhere.
    expect(inventory['aws.cloudtrail.trails']!['eu-west-1']!.result).toMatchObject({
      ok: true,
      value: [{ name: 'own', homeRegion: 'eu-west-1' }],
    });
    // Per-trail calls go by ARN to the trail's home region, once per trail.
    const statusCalls = ct.commandCalls(GetTrailStatusCommand);
    expect(statusCalls.map((c) => c.args[0].input)).toEqual(expect.arrayContaining([{ Name: orgArn }, { Name: arn('own', 'eu-west-1') }]));
    expect(statusCalls).toHaveLength(2);
    const regionOf = async (name: string) => {
      const call = statusCalls.find((c) => (c.args[0].input as { Name: string }).Name === name)!;
      return (call.thisValue as CloudTrailClient).config.region();
    };
    expect(await regionOf(orgArn)).toBe('us-east-1');
    expect(await regionOf(arn('own', 'eu-west-1'))).toBe('eu-west-1');
  });

  it('keeps a multi-region trail homed outside the scan once, in the first scanned region, and reads it there by ARN', async () => {
    // A member scanned in two European regions; the organisation trail is homed in us-east-1.
    const orgArn = 'arn:aws:cloudtrail:us-east-1:999988887777:trail/org';
    const orgTrail = { ...sdkTrail('org'), TrailARN: orgArn, IsOrganizationTrail: true };
    const singleElsewhere = { ...sdkTrail('local-us'), IsMultiRegionTrail: false };
    ct.on(DescribeTrailsCommand).resolves({ trailList: [orgTrail, singleElsewhere] });
    ct.on(GetTrailStatusCommand).resolves({ IsLogging: true });
    const { inventory } = await collect([CLOUDTRAIL_TRAIL_STATUS], { regions: ['eu-central-1', 'eu-west-1'] });
    expect(inventory['aws.cloudtrail.trails']!['eu-central-1']!.result).toMatchObject({
      ok: true,
      value: [{ name: 'org', homeRegion: 'us-east-1' }],
    });
    expect(inventory['aws.cloudtrail.trails']!['eu-west-1']!.result).toEqual({ ok: true, value: [] });
    const statusCalls = ct.commandCalls(GetTrailStatusCommand);
    expect(statusCalls.map((c) => c.args[0].input)).toEqual([{ Name: orgArn }]);
    expect(await (statusCalls[0]!.thisValue as CloudTrailClient).config.region()).toBe('eu-central-1');
  });

  it('classifies AccessDenied with the IAM action, and dependent keys inherit it', async () => {
    ct.on(DescribeTrailsCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([CLOUDTRAIL_TRAIL_STATUS, CLOUDTRAIL_EVENT_SELECTORS]);
    const expected = { ok: false, error: { kind: 'denied', api: 'cloudtrail:DescribeTrails', action: 'cloudtrail:DescribeTrails' } };
    expect(inventory['aws.cloudtrail.trails']!['us-east-1']!.result).toMatchObject(expected);
    expect(inventory['aws.cloudtrail.trailStatus']!['us-east-1']!.result).toMatchObject(expected);
    expect(inventory['aws.cloudtrail.eventSelectors']!['us-east-1']!.result).toMatchObject(expected);
    expect(ct.commandCalls(GetTrailStatusCommand)).toHaveLength(0);
  });

  it.each(['IsMultiRegionTrail', 'LogFileValidationEnabled'] as const)('refuses to read a trail without %s as false', async (field) => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [{ ...sdkTrail('a'), [field]: undefined }] });
    const { inventory } = await collect([CLOUDTRAIL_TRAILS]);
    expect(inventory['aws.cloudtrail.trails']!['us-east-1']!.result).toMatchObject({
      ok: false,
      error: { kind: 'unknown', api: 'cloudtrail:DescribeTrails', code: 'MissingField', message: expect.stringContaining(field) },
    });
  });

  it('keeps a denied region to that region', async () => {
    ct.restore();
    try {
      const { inventory } = await collect([CLOUDTRAIL_TRAILS], {
        regions: ['eu-west-1', 'us-east-1'],
        client: {
          configure: fakeService({
            DescribeTrails: (_input, region) => {
              if (region === 'eu-west-1') throw awsError('AccessDeniedException', 400);
              return { trailList: [sdkTrail('org')] };
            },
          }),
        },
      });
      expect(inventory['aws.cloudtrail.trails']!['eu-west-1']!.result).toMatchObject({ ok: false, error: { kind: 'denied' } });
      expect(inventory['aws.cloudtrail.trails']!['us-east-1']!.result).toMatchObject({ ok: true, value: [{ name: 'org' }] });
    } finally {
      mockClient(CloudTrailClient);
    }
  });

  it('lets the SDK retry throttling, then succeeds, and counts the throttles', async () => {
    ct.restore();
    try {
      const describe = throttledThen({ trailList: [sdkTrail('org')] }, 2);
      const { inventory, stats } = await collect([CLOUDTRAIL_TRAIL_STATUS], {
        client: { configure: fakeService({ DescribeTrails: describe, GetTrailStatus: () => ({ IsLogging: true }) }) },
      });
      expect(inventory['aws.cloudtrail.trailStatus']!['us-east-1']!.result).toMatchObject({
        ok: true,
        value: { [arn('org')]: { ok: true, value: { isLogging: true } } },
      });
      expect(describe.calls).toBe(3);
      expect(stats.toJSON()['cloudtrail:DescribeTrails']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      mockClient(CloudTrailClient);
    }
  });
});

describe('aws.cloudtrail.trailStatus and eventSelectors', () => {
  it('calls each per-trail API once per trail, by ARN, however many checks need it', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [sdkTrail('a'), sdkTrail('b')] });
    ct.on(GetTrailStatusCommand, { Name: arn('a') }).resolves({
      IsLogging: true,
      LatestDeliveryTime: new Date('2026-10-31T00:00:00Z'),
      LatestCloudWatchLogsDeliveryError: 'AccessDenied',
    });
    ct.on(GetTrailStatusCommand, { Name: arn('b') }).rejects(awsError('AccessDeniedException', 400));
    ct.on(GetEventSelectorsCommand).resolves({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true }] });
    const checks = [
      cloudTrailMultiRegionTrailLogging,
      cloudTrailCloudWatchLogsIntegrated,
      cloudTrailLogFileValidationEnabled,
      cloudTrailTrailKmsEncrypted,
    ];
    const { inventory } = await collect(checks);
    expect(ct.commandCalls(DescribeTrailsCommand)).toHaveLength(1);
    expect(ct.commandCalls(GetTrailStatusCommand)).toHaveLength(2);
    expect(ct.commandCalls(GetEventSelectorsCommand)).toHaveLength(2);
    expect(ct.commandCalls(GetEventSelectorsCommand).map((c) => c.args[0].input)).toEqual([
      { TrailName: arn('a') },
      { TrailName: arn('b') },
    ]);
    expect(inventory['aws.cloudtrail.trailStatus']!['us-east-1']!.result).toEqual({
      ok: true,
      value: {
        [arn('a')]: {
          ok: true,
          value: { isLogging: true, latestDeliveryTime: '2026-10-31T00:00:00.000Z', latestCloudWatchLogsDeliveryError: 'AccessDenied' },
        },
        [arn('b')]: {
          ok: false,
          error: expect.objectContaining({ kind: 'denied', api: 'cloudtrail:GetTrailStatus', action: 'cloudtrail:GetTrailStatus' }),
        },
      },
    });
    expect(inventory['aws.cloudtrail.eventSelectors']!['us-east-1']!.result).toMatchObject({
      ok: true,
      value: {
        [arn('a')]: { ok: true, value: { style: 'classic', managementEvents: 'all' } },
      },
    });
  });

  it('refuses to read a status without IsLogging as "not logging", on that trail only', async () => {
    ct.on(DescribeTrailsCommand).resolves({ trailList: [sdkTrail('a'), sdkTrail('b')] });
    ct.on(GetTrailStatusCommand, { Name: arn('a') }).resolves({ IsLogging: false });
    ct.on(GetTrailStatusCommand, { Name: arn('b') }).resolves({ LatestDeliveryTime: new Date('2026-10-31T00:00:00Z') });
    const { inventory } = await collect([CLOUDTRAIL_TRAIL_STATUS]);
    expect(inventory['aws.cloudtrail.trailStatus']!['us-east-1']!.result).toEqual({
      ok: true,
      value: {
        [arn('a')]: { ok: true, value: { isLogging: false } },
        [arn('b')]: {
          ok: false,
          error: expect.objectContaining({ kind: 'unknown', api: 'cloudtrail:GetTrailStatus', code: 'MissingField' }),
        },
      },
    });
  });

  it('lets the SDK retry a throttled per-trail call', async () => {
    ct.restore();
    try {
      const selectors = throttledThen(
        { AdvancedEventSelectors: [{ FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] }] },
        1,
      );
      const { inventory, stats } = await collect([CLOUDTRAIL_EVENT_SELECTORS], {
        client: { configure: fakeService({ DescribeTrails: () => ({ trailList: [sdkTrail('org')] }), GetEventSelectors: selectors }) },
      });
      expect(inventory['aws.cloudtrail.eventSelectors']!['us-east-1']!.result).toMatchObject({
        ok: true,
        value: {
          [arn('org')]: { ok: true, value: { style: 'advanced', managementEvents: 'all' } },
        },
      });
      expect(stats.toJSON()['cloudtrail:GetEventSelectors']).toMatchObject({ calls: 1, attempts: 2, throttles: 1 });
    } finally {
      mockClient(CloudTrailClient);
    }
  });
});

describe('normaliseSelectors', () => {
  const mgmt = (...fields: { Field: string; Equals?: string[]; NotEquals?: string[]; StartsWith?: string[] }[]) => ({
    FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }, ...fields],
  });

  it.each([
    ['classic All', [{ ReadWriteType: 'All', IncludeManagementEvents: true }], 'all'],
    ['classic defaults mean All', [{}], 'all'],
    ['classic ReadOnly', [{ ReadWriteType: 'ReadOnly', IncludeManagementEvents: true }], 'readOnly'],
    ['classic WriteOnly', [{ ReadWriteType: 'WriteOnly' }], 'writeOnly'],
    ['classic read and write selectors combine', [{ ReadWriteType: 'ReadOnly' }, { ReadWriteType: 'WriteOnly' }], 'all'],
    ['classic data events only', [{ ReadWriteType: 'All', IncludeManagementEvents: false }], 'none'],
    ['no selectors', [], 'none'],
  ] as const)('%s', (_name, classic, expected) => {
    expect(normaliseSelectors(classic, undefined).managementEvents).toBe(expected);
  });

  it.each([
    ['no readOnly field records both', [mgmt()], 'all'],
    ['readOnly = true', [mgmt({ Field: 'readOnly', Equals: ['true'] })], 'readOnly'],
    ['readOnly = false', [mgmt({ Field: 'readOnly', Equals: ['false'] })], 'writeOnly'],
    ['readOnly != true', [mgmt({ Field: 'readOnly', NotEquals: ['true'] })], 'writeOnly'],
    [
      'read and write selectors combine',
      [mgmt({ Field: 'readOnly', Equals: ['true'] }), mgmt({ Field: 'readOnly', Equals: ['false'] })],
      'all',
    ],
    [
      'data events only',
      [
        {
          FieldSelectors: [
            { Field: 'eventCategory', Equals: ['Data'] },
            { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          ],
        },
      ],
      'none',
    ],
    ['a source allow-list is only partial coverage', [mgmt({ Field: 'eventSource', Equals: ['iam.amazonaws.com'] })], 'none'],
  ] as const)('advanced: %s', (_name, advanced, expected) => {
    expect(normaliseSelectors(undefined, advanced).managementEvents).toBe(expected);
  });

  it('records excluded management event sources in either style', () => {
    expect(normaliseSelectors([{ ExcludeManagementEventSources: ['kms.amazonaws.com'] }], undefined)).toMatchObject({
      style: 'classic',
      managementEvents: 'all',
      excludedManagementEventSources: ['kms.amazonaws.com'],
    });
    expect(
      normaliseSelectors(undefined, [mgmt({ Field: 'eventSource', NotEquals: ['rdsdata.amazonaws.com', 'kms.amazonaws.com'] })]),
    ).toMatchObject({
      style: 'advanced',
      managementEvents: 'all',
      excludedManagementEventSources: ['kms.amazonaws.com', 'rdsdata.amazonaws.com'],
    });
  });
});
