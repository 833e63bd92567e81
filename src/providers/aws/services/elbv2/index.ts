import type { AwsService } from '../../service.js';
import { elbv2AccessLoggingEnabled } from './checks/aws.elbv2.access-logging-enabled.js';
import { elbv2DeletionProtectionEnabled } from './checks/aws.elbv2.deletion-protection-enabled.js';
import { elbv2DesyncMitigationDefensive } from './checks/aws.elbv2.desync-mitigation-defensive.js';
import { elbv2DropInvalidHeaders } from './checks/aws.elbv2.drop-invalid-headers.js';
import { elbv2HttpRedirectsToHttps } from './checks/aws.elbv2.http-redirects-to-https.js';
import { elbv2ListenerTlsPolicyModern } from './checks/aws.elbv2.listener-tls-policy-modern.js';
import { elbv2Collectors } from './collect.js';
import { demo } from './demo.js';

export const elbv2: AwsService = {
  id: 'elbv2',
  collectors: elbv2Collectors,
  checks: [
    elbv2AccessLoggingEnabled,
    elbv2DeletionProtectionEnabled,
    elbv2DesyncMitigationDefensive,
    elbv2DropInvalidHeaders,
    elbv2HttpRedirectsToHttps,
    elbv2ListenerTlsPolicyModern,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
