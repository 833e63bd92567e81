import type { AwsService } from '../../service.js';
import { elbAccessLoggingEnabled } from './checks/aws.elb.access-logging-enabled.js';
import { elbConnectionDrainingEnabled } from './checks/aws.elb.connection-draining-enabled.js';
import { elbCrossZoneLoadBalancingEnabled } from './checks/aws.elb.cross-zone-load-balancing-enabled.js';
import { elbDesyncMitigationDefensive } from './checks/aws.elb.desync-mitigation-defensive.js';
import { elbListenersEncrypted } from './checks/aws.elb.listeners-encrypted.js';
import { elbTlsCiphersStrong } from './checks/aws.elb.tls-ciphers-strong.js';
import { elbTlsProtocolsCurrent } from './checks/aws.elb.tls-protocols-current.js';
import { elbCollectors } from './collect.js';
import { demo } from './demo.js';

export const elb: AwsService = {
  id: 'elb',
  collectors: elbCollectors,
  checks: [
    elbAccessLoggingEnabled,
    elbConnectionDrainingEnabled,
    elbCrossZoneLoadBalancingEnabled,
    elbDesyncMitigationDefensive,
    elbListenersEncrypted,
    elbTlsCiphersStrong,
    elbTlsProtocolsCurrent,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
