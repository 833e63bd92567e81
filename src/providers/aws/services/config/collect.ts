import { api } from '../../../../inventory/collector.js';
import type { AwsCollector } from '../../context.js';
import { required } from '../../errors.js';
import { CONFIG_RECORDERS, type ConfigRecorders } from './state.js';

const DESCRIBE_RECORDERS = api('config:DescribeConfigurationRecorders');
const DESCRIBE_RECORDER_STATUS = api('config:DescribeConfigurationRecorderStatus');
const DESCRIBE_DELIVERY_CHANNELS = api('config:DescribeDeliveryChannels');

/**
 * Recorders, their status and delivery channels under one key: none of the three APIs
 * paginates, each answer is a handful of items, and no check can use one without the others.
 */
const recorders: AwsCollector<ConfigRecorders> = {
  key: CONFIG_RECORDERS,
  service: 'config',
  apis: [DESCRIBE_RECORDERS, DESCRIBE_RECORDER_STATUS, DESCRIBE_DELIVERY_CHANNELS],
  async collect(ctx, region) {
    const sdk = await import('@aws-sdk/client-config-service');
    const client = await ctx.client('config', region);
    const [rec, status, channels] = await Promise.all([
      ctx.call(DESCRIBE_RECORDERS, () => client.send(new sdk.DescribeConfigurationRecordersCommand({}))),
      // Normalised inside the call: a status without `recording` fails the key under this API, not as "stopped".
      ctx.call(DESCRIBE_RECORDER_STATUS, async () => {
        const out = await client.send(new sdk.DescribeConfigurationRecorderStatusCommand({}));
        return (out.ConfigurationRecordersStatus ?? []).flatMap((s) => {
          if (!s.name) return [];
          const recording = required(s.recording, 'DescribeConfigurationRecorderStatus', `recording for ${s.name}`);
          return [{ name: s.name, recording, ...(s.lastStatus ? { lastStatus: s.lastStatus } : {}) }];
        });
      }),
      ctx.call(DESCRIBE_DELIVERY_CHANNELS, () => client.send(new sdk.DescribeDeliveryChannelsCommand({}))),
    ]);
    return {
      recorders: (rec.ConfigurationRecorders ?? []).flatMap((r) => {
        if (!r.name) return [];
        const group = r.recordingGroup;
        const strategy = group?.recordingStrategy?.useOnly;
        return [
          {
            name: r.name,
            ...(r.arn ? { arn: r.arn } : {}),
            allSupported: group?.allSupported === true || strategy === 'ALL_SUPPORTED_RESOURCE_TYPES',
            includeGlobalResourceTypes: group?.includeGlobalResourceTypes === true,
            ...(strategy ? { recordingStrategy: strategy } : {}),
            ...(r.servicePrincipal ? { servicePrincipal: r.servicePrincipal } : {}),
          },
        ];
      }),
      statuses: status,
      deliveryChannels: (channels.DeliveryChannels ?? []).flatMap((c) =>
        c.name
          ? [
              {
                name: c.name,
                ...(c.s3BucketName ? { s3BucketName: c.s3BucketName } : {}),
                ...(c.snsTopicARN ? { snsTopicArn: c.snsTopicARN } : {}),
              },
            ]
          : [],
      ),
    };
  },
};

export const configCollectors: readonly AwsCollector<unknown>[] = [recorders] as readonly AwsCollector<unknown>[];
