import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { SECRETS } from '../state.js';

/** The AWS managed key, named either way Secrets Manager reports it. */
const AWS_MANAGED = /^(alias\/)?aws\/secretsmanager$/;

export const secretsManagerSecretCmkEncrypted = eachResource(
  {
    id: 'aws.secretsmanager.secret-cmk-encrypted',
    title: 'Secrets Manager secrets are encrypted with a customer managed key',
    service: 'secretsmanager',
    resourceType: 'AWS::SecretsManager::Secret',
    severity: 'low',
    requires: [SECRETS],
    rationale:
      'Every secret is encrypted. Passes when the secret names a customer managed KMS key, whose policy the account writes: ' +
      'reading the secret then also needs kms:Decrypt on that key, a second, separately governed gate, and secrets can be ' +
      'shared across accounts. Fails when the secret uses the AWS managed aws/secretsmanager key, which anyone allowed to read ' +
      'the secret may use.',
    remediation: {
      text: 'Re-encrypt the secret under a customer managed key.',
      cli: 'aws secretsmanager update-secret --secret-id <arn> --kms-key-id <key-arn>',
    },
  },
  SECRETS,
  (s, r) =>
    s.kmsKeyId && !AWS_MANAGED.test(s.kmsKeyId)
      ? pass(r, 'customer-key', `Secret ${s.name} is encrypted with ${s.kmsKeyId}.`, { kmsKeyId: s.kmsKeyId })
      : fail(r, 'aws-managed-key', `Secret ${s.name} is encrypted with the AWS managed aws/secretsmanager key.`, {
          kmsKeyId: s.kmsKeyId ?? null,
        }),
);
