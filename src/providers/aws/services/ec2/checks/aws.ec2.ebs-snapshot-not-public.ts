import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { EC2_SNAPSHOTS } from '../compute-state.js';

const TYPE = 'AWS::EC2::Snapshot';

export const ec2EbsSnapshotNotPublic: Check = {
  meta: {
    id: 'aws.ec2.ebs-snapshot-not-public',
    title: 'EBS snapshots are not public',
    provider: 'aws',
    service: 'ec2',
    resourceType: TYPE,
    severity: 'critical',
    requires: [EC2_SNAPSHOTS],
    rationale:
      'A snapshot whose createVolumePermission includes the group all can be copied into a volume by any AWS account, exposing the ' +
      'whole disk. Fails for owned snapshots that are restorable by all (found with DescribeSnapshots RestorableByUserIds=all); ' +
      'passes for the others. Sharing with named accounts is not public and passes.',
    remediation: {
      text: 'Remove the public permission; share with specific accounts if needed, and turn on EBS block public access for snapshots in the region.',
      console: 'EC2 → Snapshots → snapshot → Actions → Snapshot settings → Modify permissions → Private',
      cli: 'aws ec2 modify-snapshot-attribute --snapshot-id <id> --attribute createVolumePermission --operation-type remove --group-names all',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, EC2_SNAPSHOTS, TYPE, (s, resource) =>
      s.public
        ? fail(resource, 'public', `Snapshot ${s.name} can be restored by any AWS account.`, { public: true })
        : pass(resource, 'private', `Snapshot ${s.name} is not public.`, { public: false }),
    );
  },
};
