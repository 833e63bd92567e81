import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_INSTANCES } from '../state.js';
import { clusterOwned } from './cluster-owned.js';

export const rdsInstanceDeletionProtectionEnabled = eachResource(
  {
    id: 'aws.rds.instance-deletion-protection-enabled',
    title: 'RDS DB instances have deletion protection',
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    severity: 'medium',
    requires: [RDS_INSTANCES],
    rationale:
      'Passes when DeletionProtection is on: RDS refuses DeleteDBInstance until someone first turns it off, so a mistaken or ' +
      'scripted delete cannot remove the database. Cluster members are not applicable: the cluster carries the setting.',
    remediation: {
      text: 'Turn on deletion protection.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <id> --deletion-protection --apply-immediately',
    },
  },
  RDS_INSTANCES,
  (i, r) =>
    clusterOwned(i, r, 'deletion protection') ??
    (i.deletionProtection
      ? pass(r, 'protected', `${i.name} has deletion protection.`, { deletionProtection: true })
      : fail(r, 'unprotected', `${i.name} has no deletion protection.`, { deletionProtection: false })),
);
