import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, pass, readRegional } from '../../../../check-kit.js';
import { EC2_EBS_ENCRYPTION_BY_DEFAULT } from '../state.js';

export const ec2EbsDefaultEncryptionEnabled: Check = {
  meta: {
    id: 'aws.ec2.ebs-default-encryption-enabled',
    title: 'EBS encryption by default is on in every region',
    provider: 'aws',
    service: 'ec2',
    resourceType: 'AWS::::Account',
    severity: 'medium',
    requires: [EC2_EBS_ENCRYPTION_BY_DEFAULT],
    rationale:
      'One result per scanned region. Passes when the region encrypts new EBS volumes and snapshot copies by default; fails when it does not. The setting is per region, so a region left off is where an unencrypted volume will appear the first time someone forgets the encryption flag.',
    remediation: {
      text: 'Turn on EBS encryption by default in each region (optionally choosing a customer managed KMS key as the default key).',
      console: 'EC2 → Settings (Account attributes) → Data protection and security → EBS encryption → Manage → Enable',
      cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    },
    cis: ['6.1.1'],
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      EC2_EBS_ENCRYPTION_BY_DEFAULT,
      (r) => accountResource(ctx, 'AWS::::Account', r),
      (v, region) => {
        const resource = accountResource(ctx, 'AWS::::Account', region);
        return [
          v.enabled
            ? pass(resource, 'ebs-default-encryption-on', `New EBS volumes in ${region} are encrypted by default.`, {
                ebsEncryptionByDefault: true,
              })
            : fail(resource, 'ebs-default-encryption-off', `EBS encryption by default is off in ${region}.`, {
                ebsEncryptionByDefault: false,
              }),
        ];
      },
    );
  },
};
