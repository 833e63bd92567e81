import { fail, notApplicable, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_CLUSTERS } from '../state.js';
import { iamAuthSupported } from './cluster-owned.js';

export const rdsClusterIamAuthEnabled = eachResource(
  {
    id: 'aws.rds.cluster-iam-auth-enabled',
    title: 'RDS and Aurora DB clusters accept IAM database authentication',
    service: 'rds',
    resourceType: 'AWS::RDS::DBCluster',
    severity: 'low',
    requires: [RDS_CLUSTERS],
    rationale:
      'Passes when the cluster has IAMDatabaseAuthenticationEnabled, so users sign in with short-lived IAM tokens rather than ' +
      'stored passwords. Not applicable for engines without IAM authentication (for example DocumentDB).',
    remediation: {
      text: 'Enable IAM database authentication on the cluster.',
      cli: 'aws rds modify-db-cluster --db-cluster-identifier <id> --enable-iam-database-authentication --apply-immediately',
    },
  },
  RDS_CLUSTERS,
  (c, r) => {
    if (!iamAuthSupported(c.engine))
      return notApplicable(r, 'engine-unsupported', `${c.engine} does not offer IAM database authentication.`, { engine: c.engine });
    return c.iamAuth
      ? pass(r, 'iam-auth-on', `Cluster ${c.name} accepts IAM database authentication.`, { iamAuth: true })
      : fail(r, 'iam-auth-off', `Cluster ${c.name} does not accept IAM database authentication.`, { iamAuth: false });
  },
);
