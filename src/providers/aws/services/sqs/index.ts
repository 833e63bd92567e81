import type { AwsService } from '../../service.js';
import { sqsQueueEncrypted } from './checks/aws.sqs.queue-encrypted.js';
import { sqsQueuePolicyNotPublic } from './checks/aws.sqs.queue-policy-not-public.js';
import { sqsCollectors } from './collect.js';
import { demo } from './demo.js';

export const sqs: AwsService = {
  id: 'sqs',
  collectors: sqsCollectors,
  checks: [sqsQueueEncrypted, sqsQueuePolicyNotPublic],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
