import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachTrail } from '../helpers.js';
import { CLOUDTRAIL_TRAILS } from '../state.js';

export const cloudTrailTrailKmsEncrypted: Check = {
  meta: {
    id: 'aws.cloudtrail.trail-kms-encrypted',
    title: 'CloudTrail trails encrypt log files with a KMS key',
    provider: 'aws',
    service: 'cloudtrail',
    resourceType: 'AWS::CloudTrail::Trail',
    severity: 'medium',
    requires: [CLOUDTRAIL_TRAILS],
    rationale:
      'Evaluates every trail in the region where it is homed. Passes when the trail names a KMS key (SSE-KMS) for its log files; fails when it relies on the bucket default (SSE-S3). With a KMS key, reading the logs also needs kms:Decrypt on a key whose policy you control and whose use is itself logged, so bucket read access alone does not expose account activity.',
    remediation: {
      text: 'Create (or choose) a customer managed KMS key whose policy lets CloudTrail encrypt and your log readers decrypt, then point the trail at it.',
      console: 'CloudTrail → Trails → trail → General details → Edit → Log file SSE-KMS encryption → Enabled',
      cli: 'aws cloudtrail update-trail --name <trail> --kms-key-id <key-arn>',
    },
    cis: ['4.5'],
  },
  evaluate(ctx) {
    return eachTrail(ctx, (t, resource) => {
      return t.kmsKeyId
        ? pass(resource, 'kms-encrypted', `Trail ${t.name} encrypts log files with KMS key ${t.kmsKeyId}.`, { kmsKeyId: t.kmsKeyId })
        : fail(resource, 'not-kms-encrypted', `Trail ${t.name} does not use a KMS key for its log files.`, { kmsKeyId: null });
    });
  },
};
