import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_CLUSTERS } from '../state.js';

export const rdsClusterDeletionProtectionEnabled = eachResource(
  {
    id: 'aws.rds.cluster-deletion-protection-enabled',
    title: 'RDS and Aurora DB clusters have deletion protection',
    service: 'rds',
    resourceType: 'AWS::RDS::DBCluster',
    severity: 'medium',
    requires: [RDS_CLUSTERS],
    rationale: "Passes when the cluster's DeletionProtection is on, so DeleteDBCluster is refused until the setting is removed first.",
    remediation: {
      text: 'Turn on deletion protection for the cluster.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --deletion-protection --apply-immediately',
    },
  },
  RDS_CLUSTERS,
  (c, r) =>
    c.deletionProtection
      ? pass(r, 'protected', `Cluster ${c.name} has deletion protection.`, { deletionProtection: true })
      : fail(r, 'unprotected', `Cluster ${c.name} has no deletion protection.`, { deletionProtection: false }),
);
