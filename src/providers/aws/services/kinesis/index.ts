import type { AwsService } from '../../service.js';
import { kinesisStreamEncrypted } from './checks/aws.kinesis.stream-encrypted.js';
import { kinesisStreamPolicyNotPublic } from './checks/aws.kinesis.stream-policy-not-public.js';
import { kinesisStreamRetention } from './checks/aws.kinesis.stream-retention.js';
import { kinesisCollectors } from './collect.js';
import { demo } from './demo.js';
import { KINESIS_PARAMS } from './params.js';

export const kinesis: AwsService = {
  id: 'kinesis',
  collectors: kinesisCollectors,
  checks: [kinesisStreamEncrypted, kinesisStreamPolicyNotPublic, kinesisStreamRetention],
  links: new URL('./links.yaml', import.meta.url),
  params: KINESIS_PARAMS,
  demo,
};
