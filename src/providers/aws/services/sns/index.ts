import type { AwsService } from '../../service.js';
import { snsTopicEncrypted } from './checks/aws.sns.topic-encrypted.js';
import { snsTopicPolicyNotPublic } from './checks/aws.sns.topic-policy-not-public.js';
import { snsCollectors } from './collect.js';
import { demo } from './demo.js';

export const sns: AwsService = {
  id: 'sns',
  collectors: snsCollectors,
  checks: [snsTopicEncrypted, snsTopicPolicyNotPublic],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
