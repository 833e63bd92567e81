import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachGlobal } from '../../resource-kit.js';
import { CLOUDFRONT_DISTRIBUTIONS } from '../state.js';

const TYPE = 'AWS::CloudFront::Distribution';

export const cloudFrontDistributionFieldLevelEncryption: Check = {
  meta: {
    id: 'aws.cloudfront.distribution-field-level-encryption',
    title: 'CloudFront default behaviours use field-level encryption',
    provider: 'aws',
    service: 'cloudfront',
    resourceType: TYPE,
    severity: 'info',
    requires: [CLOUDFRONT_DISTRIBUTIONS],
    rationale:
      'Field-level encryption has CloudFront encrypt chosen POST form fields (card numbers, identifiers) with a public key at the ' +
      'edge, so only the component holding the private key can read them, not the web tier or its logs. Informational: it suits ' +
      'distributions that take sensitive form input. Passes when the default cache behaviour has a field-level encryption ' +
      'configuration; fails otherwise.',
    remediation: {
      text: 'Create a field-level encryption profile and configuration for the sensitive fields and attach it to the cache behaviour.',
      console: 'CloudFront → Field-level encryption → Create configuration; then the behaviour → Field-level encryption',
      cli: 'aws cloudfront create-field-level-encryption-config --field-level-encryption-config file://fle.json',
    },
  },
  evaluate(ctx) {
    return eachGlobal(ctx, CLOUDFRONT_DISTRIBUTIONS, TYPE, (d, resource) =>
      d.fieldLevelEncryptionId
        ? pass(resource, 'fle', `Distribution ${d.name} encrypts fields with ${d.fieldLevelEncryptionId}.`, {
            fieldLevelEncryptionId: d.fieldLevelEncryptionId,
          })
        : fail(resource, 'no-fle', `Distribution ${d.name} has no field-level encryption on its default behaviour.`, {
            fieldLevelEncryptionId: null,
          }),
    );
  },
};
