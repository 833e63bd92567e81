import type { AwsService } from '../../service.js';
import { eventBridgeBusCmkEncrypted } from './checks/aws.eventbridge.bus-cmk-encrypted.js';
import { eventBridgeBusPolicyNotPublic } from './checks/aws.eventbridge.bus-policy-not-public.js';
import { eventBridgeCollectors } from './collect.js';
import { demo } from './demo.js';

export const eventbridge: AwsService = {
  id: 'eventbridge',
  collectors: eventBridgeCollectors,
  checks: [eventBridgeBusCmkEncrypted, eventBridgeBusPolicyNotPublic],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
