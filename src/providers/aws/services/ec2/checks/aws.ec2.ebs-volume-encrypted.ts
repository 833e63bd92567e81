import type { Check } from '../../../../../model/check.js';
import { accountResource, awsResource, fail, pass, readRegional } from '../../../../check-kit.js';
import { EC2_VOLUMES } from '../state.js';

export const ec2EbsVolumeEncrypted: Check = {
  meta: {
    id: 'aws.ec2.ebs-volume-encrypted',
    title: 'EBS volumes are encrypted',
    provider: 'aws',
    service: 'ec2',
    resourceType: 'AWS::EC2::Volume',
    severity: 'medium',
    requires: [EC2_VOLUMES],
    rationale:
      'Evaluates every EBS volume in every scanned region, attached or not. Passes when the volume is encrypted; fails when it is not. An unencrypted volume, and every snapshot taken of it, keeps its data readable to anyone who obtains a copy, and it cannot be encrypted in place.',
    remediation: {
      text: 'Snapshot the volume, copy the snapshot with encryption enabled, create a new volume from the copy and swap it in; then turn on EBS encryption by default so it does not recur.',
      console: 'EC2 → Snapshots → snapshot → Actions → Copy snapshot → Encrypt this snapshot',
      cli: 'aws ec2 copy-snapshot --source-region <region> --source-snapshot-id <snap-id> --encrypted --kms-key-id <key>',
    },
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      EC2_VOLUMES,
      (r) => accountResource(ctx, 'AWS::::Account', r),
      (volumes, region) =>
        volumes.map((v) => {
          const resource = awsResource(ctx, 'AWS::EC2::Volume', region, v.arn, v.id);
          const observed = {
            encrypted: v.encrypted,
            kmsKeyId: v.kmsKeyId ?? null,
            state: v.state,
            attachedInstanceIds: v.attachedInstanceIds,
          };
          const where = v.attachedInstanceIds.length ? ` (attached to ${v.attachedInstanceIds.join(', ')})` : '';
          return v.encrypted
            ? pass(resource, 'volume-encrypted', `Volume ${v.id} is encrypted.`, observed)
            : fail(resource, 'volume-unencrypted', `Volume ${v.id}${where} is not encrypted.`, observed);
        }),
    );
  },
};
