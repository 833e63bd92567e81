import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_CLUSTERS } from '../state.js';

export const rdsClusterMultiAz = eachResource(
  {
    id: 'aws.rds.cluster-multi-az',
    title: 'RDS and Aurora DB clusters span several Availability Zones',
    service: 'rds',
    resourceType: 'AWS::RDS::DBCluster',
    severity: 'medium',
    requires: [RDS_CLUSTERS],
    cis: ['2.2.4'],
    rationale:
      "Passes when DescribeDBClusters reports MultiAZ, RDS's own statement that the cluster has DB instances in more than " +
      "one Availability Zone, so a reader can be promoted when the writer's zone fails. Fails when every instance shares one zone.",
    remediation: {
      text: 'Add a reader instance in another Availability Zone.',
      cli: 'aws rds create-db-instance --db-cluster-identifier <cluster> --db-instance-identifier <id> --engine <engine> --db-instance-class <class> --availability-zone <other-az>',
    },
  },
  RDS_CLUSTERS,
  (c, r) =>
    c.multiAz
      ? pass(r, 'multi-az', `Cluster ${c.name} has instances in several Availability Zones.`, { multiAz: true })
      : fail(r, 'single-az', `Cluster ${c.name} has instances in one Availability Zone only.`, { multiAz: false }),
);
