import {
  ConfigServiceClient,
  DescribeConfigurationRecorderStatusCommand,
  DescribeConfigurationRecordersCommand,
  DescribeDeliveryChannelsCommand,
} from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { configRecorderEnabled } from './checks/aws.config.recorder-enabled.js';
import { CONFIG_RECORDERS } from './state.js';

// None of the three Describe* APIs paginates, so there is no page test here.
let cfg = mockClient(ConfigServiceClient);
afterEach(() => cfg.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], region = R) => inv['aws.config.recorders']![region]!.result;
const recorders = {
  ConfigurationRecorders: [
    {
      name: 'default',
      roleARN: 'arn:aws:iam::111122223333:role/config',
      recordingGroup: {
        allSupported: false,
        includeGlobalResourceTypes: false,
        recordingStrategy: { useOnly: 'ALL_SUPPORTED_RESOURCE_TYPES' as const },
      },
    },
    { name: 'AWSConfigurationRecorderForX', servicePrincipal: 'x.amazonaws.com', recordingGroup: { allSupported: false } },
  ],
};
const status = { ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'Success' as const }] };
const channels = {
  DeliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket', snsTopicARN: 'arn:aws:sns:us-east-1:111122223333:t' }],
};

describe('aws.config.recorders', () => {
  it('joins recorders, their status and delivery channels', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves(recorders);
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves(status);
    cfg.on(DescribeDeliveryChannelsCommand).resolves(channels);
    const { inventory } = await collect([CONFIG_RECORDERS]);
    expect(result(inventory)).toEqual({
      ok: true,
      value: {
        recorders: [
          // The ALL_SUPPORTED strategy counts as recording everything even where allSupported is false.
          { name: 'default', allSupported: true, includeGlobalResourceTypes: false, recordingStrategy: 'ALL_SUPPORTED_RESOURCE_TYPES' },
          {
            name: 'AWSConfigurationRecorderForX',
            allSupported: false,
            includeGlobalResourceTypes: false,
            servicePrincipal: 'x.amazonaws.com',
          },
        ],
        statuses: [{ name: 'default', recording: true, lastStatus: 'Success' }],
        deliveryChannels: [{ name: 'default', s3BucketName: 'config-bucket', snsTopicArn: 'arn:aws:sns:us-east-1:111122223333:t' }],
      },
    });
  });

  it('records "Config never set up" as empty lists, not an error', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves({});
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves({});
    cfg.on(DescribeDeliveryChannelsCommand).resolves({});
    const { inventory } = await collect([CONFIG_RECORDERS]);
    expect(result(inventory)).toEqual({ ok: true, value: { recorders: [], statuses: [], deliveryChannels: [] } });
  });

  it('names the call that was denied', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves(recorders);
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves(status);
    cfg.on(DescribeDeliveryChannelsCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([CONFIG_RECORDERS]);
    expect(result(inventory)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'config:DescribeDeliveryChannels', action: 'config:DescribeDeliveryChannels' },
    });
  });

  it('refuses to read a status without the recording flag as "stopped"', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves(recorders);
    cfg
      .on(DescribeConfigurationRecorderStatusCommand)
      .resolves({ ConfigurationRecordersStatus: [{ name: 'default', lastStatus: 'Success' }] });
    cfg.on(DescribeDeliveryChannelsCommand).resolves(channels);
    const { inventory } = await collect([CONFIG_RECORDERS]);
    expect(result(inventory)).toMatchObject({
      ok: false,
      error: { kind: 'unknown', api: 'config:DescribeConfigurationRecorderStatus', code: 'MissingField' },
    });
  });

  it('sends each command once per region however many checks need it', async () => {
    cfg.on(DescribeConfigurationRecordersCommand).resolves(recorders);
    cfg.on(DescribeConfigurationRecorderStatusCommand).resolves(status);
    cfg.on(DescribeDeliveryChannelsCommand).resolves(channels);
    const twin = { ...configRecorderEnabled, meta: { ...configRecorderEnabled.meta, id: 'twin' } };
    await collect([configRecorderEnabled, twin], { regions: ['eu-west-1', R] });
    expect(cfg.commandCalls(DescribeConfigurationRecordersCommand)).toHaveLength(2);
    expect(cfg.commandCalls(DescribeConfigurationRecorderStatusCommand)).toHaveLength(2);
    expect(cfg.commandCalls(DescribeDeliveryChannelsCommand)).toHaveLength(2);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    cfg.restore();
    try {
      const rec = throttledThen(recorders, 2);
      const { inventory, stats } = await collect([CONFIG_RECORDERS], {
        client: {
          configure: fakeService({
            DescribeConfigurationRecorders: rec,
            DescribeConfigurationRecorderStatus: () => status,
            DescribeDeliveryChannels: () => channels,
          }),
        },
      });
      expect(result(inventory)).toMatchObject({ ok: true, value: { statuses: [{ recording: true }] } });
      expect(rec.calls).toBe(3);
      expect(stats.toJSON()['config:DescribeConfigurationRecorders']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      cfg = mockClient(ConfigServiceClient);
    }
  });
});
