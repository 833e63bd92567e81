import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_INSTANCES } from '../state.js';
import { clusterOwned } from './cluster-owned.js';

export const rdsInstanceMultiAz = eachResource(
  {
    id: 'aws.rds.instance-multi-az',
    title: 'RDS DB instances are Multi-AZ deployments',
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    severity: 'medium',
    requires: [RDS_INSTANCES],
    cis: ['2.2.4'],
    rationale:
      'Passes when MultiAZ is true: RDS keeps a synchronous standby in another Availability Zone and fails over to it. ' +
      'Cluster members are not applicable here; aws.rds.cluster-multi-az judges their cluster.',
    remediation: {
      text: 'Convert the instance to a Multi-AZ deployment.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <id> --multi-az --apply-immediately',
    },
  },
  RDS_INSTANCES,
  (i, r) =>
    clusterOwned(i, r, 'availability') ??
    (i.multiAz
      ? pass(r, 'multi-az', `${i.name} is a Multi-AZ deployment.`, { multiAz: true })
      : fail(r, 'single-az', `${i.name} runs in a single Availability Zone.`, { multiAz: false })),
);
