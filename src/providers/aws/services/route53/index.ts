import type { AwsService } from '../../service.js';
import { route53PublicZoneDnssecSigning } from './checks/aws.route53.public-zone-dnssec-signing.js';
import { route53PublicZoneQueryLogging } from './checks/aws.route53.public-zone-query-logging.js';
import { route53Collectors } from './collect.js';
import { demo } from './demo.js';

export const route53: AwsService = {
  id: 'route53',
  collectors: route53Collectors,
  checks: [route53PublicZoneDnssecSigning, route53PublicZoneQueryLogging],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
