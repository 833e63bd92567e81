import type { AwsService } from '../../service.js';
import { firehoseStreamEncrypted } from './checks/aws.firehose.stream-encrypted.js';
import { firehoseCollectors } from './collect.js';
import { demo } from './demo.js';

export const firehose: AwsService = {
  id: 'firehose',
  collectors: firehoseCollectors,
  checks: [firehoseStreamEncrypted],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
