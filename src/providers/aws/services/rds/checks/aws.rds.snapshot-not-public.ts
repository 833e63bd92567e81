import { errorFinding, fail, lookup, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_SNAPSHOT_RESTORE, RDS_SNAPSHOTS } from '../state.js';

export const rdsSnapshotNotPublic = eachResource(
  {
    id: 'aws.rds.snapshot-not-public',
    title: 'Manual RDS snapshots are not public',
    service: 'rds',
    resourceType: 'AWS::RDS::DBSnapshot',
    severity: 'critical',
    requires: [RDS_SNAPSHOTS, RDS_SNAPSHOT_RESTORE],
    rationale:
      'Fails when a manual DB or cluster snapshot\'s restore attribute includes "all": any AWS account can copy it and restore ' +
      'the whole database. Sharing with named accounts passes (the finding lists them). Automated snapshots cannot be shared. ' +
      'A snapshot whose attributes could not be read is an error.',
    remediation: {
      text: 'Remove "all" from the snapshot\'s restore attribute.',
      cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier <id> --attribute-name restore --values-to-remove all',
    },
  },
  RDS_SNAPSHOTS,
  (s, r, ctx, region) => {
    const got = lookup(ctx, RDS_SNAPSHOT_RESTORE, s.arn, region);
    if (!got.ok) return errorFinding(r, got.error);
    const sharedWith = got.value.filter((v) => v !== 'all');
    if (got.value.includes('all'))
      return fail(r, 'public', `Snapshot ${s.name} of ${s.source} can be restored by any AWS account.`, {
        kind: s.kind,
        restore: got.value,
      });
    return pass(r, 'not-public', `Snapshot ${s.name} is not public.`, { kind: s.kind, sharedWith });
  },
);
