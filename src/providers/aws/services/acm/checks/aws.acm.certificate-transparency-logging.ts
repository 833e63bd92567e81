import { errorFinding, fail, lookup, notApplicable, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { ACM_CERTIFICATES, ACM_TRANSPARENCY } from '../state.js';

export const acmCertificateTransparencyLogging = eachResource(
  {
    id: 'aws.acm.certificate-transparency-logging',
    title: 'Amazon-issued certificates are logged for certificate transparency',
    service: 'acm',
    resourceType: 'AWS::CertificateManager::Certificate',
    severity: 'low',
    requires: [ACM_CERTIFICATES, ACM_TRANSPARENCY],
    rationale:
      "Passes when an Amazon-issued certificate's CertificateTransparencyLoggingPreference is ENABLED (the default): it is " +
      'published to public CT logs, which lets the domain owner spot certificates issued without their knowledge, and browsers ' +
      'reject publicly trusted certificates that are not logged. Fails when it is DISABLED. Imported and private certificates ' +
      'are not applicable.',
    remediation: {
      text: 'Turn transparency logging back on.',
      cli: 'aws acm update-certificate-options --certificate-arn <arn> --options CertificateTransparencyLoggingPreference=ENABLED',
    },
  },
  ACM_CERTIFICATES,
  (c, r, ctx, region) => {
    if (c.type !== 'AMAZON_ISSUED')
      return notApplicable(r, 'not-amazon-issued', `Certificate for ${c.name} is ${c.type}.`, { type: c.type });
    const got = lookup(ctx, ACM_TRANSPARENCY, c.arn, region);
    if (!got.ok) return errorFinding(r, got.error);
    return got.value === 'ENABLED'
      ? pass(r, 'ct-logged', `Certificate for ${c.name} is published to certificate transparency logs.`, { preference: got.value })
      : fail(r, 'ct-disabled', `Certificate for ${c.name} is kept out of certificate transparency logs.`, { preference: got.value });
  },
);
