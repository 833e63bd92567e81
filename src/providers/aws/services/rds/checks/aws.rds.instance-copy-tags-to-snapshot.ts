import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_INSTANCES } from '../state.js';
import { clusterOwned } from './cluster-owned.js';

export const rdsInstanceCopyTagsToSnapshot = eachResource(
  {
    id: 'aws.rds.instance-copy-tags-to-snapshot',
    title: 'RDS DB instances copy their tags to snapshots',
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    severity: 'low',
    requires: [RDS_INSTANCES],
    rationale:
      "Passes when CopyTagsToSnapshot is on, so snapshots carry the instance's tags (owner, data classification) and " +
      'tag-based access policies and retention rules keep applying to the copies. Cluster members are not applicable.',
    remediation: {
      text: 'Turn on copying tags to snapshots.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <id> --copy-tags-to-snapshot --apply-immediately',
    },
  },
  RDS_INSTANCES,
  (i, r) =>
    clusterOwned(i, r, 'snapshot tagging') ??
    (i.copyTagsToSnapshot
      ? pass(r, 'copies-tags', `${i.name} copies its tags to snapshots.`, { copyTagsToSnapshot: true })
      : fail(r, 'no-tag-copy', `${i.name} does not copy its tags to snapshots.`, { copyTagsToSnapshot: false })),
);
