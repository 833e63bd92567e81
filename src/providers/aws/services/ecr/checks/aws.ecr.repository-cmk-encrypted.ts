import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { ECR_REPOSITORIES } from '../state.js';

const TYPE = 'AWS::ECR::Repository';

export const ecrRepositoryCmkEncrypted: Check = {
  meta: {
    id: 'aws.ecr.repository-cmk-encrypted',
    title: 'ECR repositories encrypt images with KMS',
    provider: 'aws',
    service: 'ecr',
    resourceType: TYPE,
    severity: 'low',
    requires: [ECR_REPOSITORIES],
    rationale:
      'ECR always encrypts image layers at rest; with encryption type AES256 it uses S3-managed keys that the customer cannot ' +
      'restrict or audit. Passes for KMS or KMS_DSSE, where a KMS key policy governs who can decrypt the images and each use is ' +
      'logged in CloudTrail; fails for AES256. The setting is fixed at creation, so remediation means a new repository.',
    remediation: {
      text: 'Create a new repository with KMS encryption (a customer-managed key where possible) and move the images to it.',
      console: 'ECR → Create repository → Encryption settings → KMS',
      cli: 'aws ecr create-repository --repository-name <name> --encryption-configuration encryptionType=KMS,kmsKey=<key-arn>',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, ECR_REPOSITORIES, TYPE, (r, resource) =>
      r.encryptionType.startsWith('KMS')
        ? pass(resource, 'kms', `Repository ${r.name} is encrypted with ${r.encryptionType}.`, { encryptionType: r.encryptionType })
        : fail(resource, 'aes256', `Repository ${r.name} uses service-managed AES256 keys.`, { encryptionType: r.encryptionType }),
    );
  },
};
