import type { AwsService } from '../../service.js';
import { acmCertificateKeyStrong } from './checks/aws.acm.certificate-key-strong.js';
import { acmCertificateNotExpiring } from './checks/aws.acm.certificate-not-expiring.js';
import { acmCertificateTransparencyLogging } from './checks/aws.acm.certificate-transparency-logging.js';
import { acmCollectors } from './collect.js';
import { acmDemo } from './demo.js';

export const acm: AwsService = {
  id: 'acm',
  collectors: acmCollectors,
  checks: [acmCertificateKeyStrong, acmCertificateNotExpiring, acmCertificateTransparencyLogging],
  links: new URL('./links.yaml', import.meta.url),
  demo: acmDemo,
};
