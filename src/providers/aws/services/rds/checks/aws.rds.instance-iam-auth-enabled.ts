import { fail, notApplicable, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_INSTANCES } from '../state.js';
import { clusterOwned, iamAuthSupported } from './cluster-owned.js';

export const rdsInstanceIamAuthEnabled = eachResource(
  {
    id: 'aws.rds.instance-iam-auth-enabled',
    title: 'RDS DB instances accept IAM database authentication',
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    severity: 'low',
    requires: [RDS_INSTANCES],
    rationale:
      'Passes when IAMDatabaseAuthenticationEnabled is on, so users can sign in with short-lived IAM tokens instead of ' +
      'long-lived database passwords. Not applicable for engines without IAM authentication (Oracle, SQL Server, Db2) and for ' +
      'cluster members, whose cluster carries the setting.',
    remediation: {
      text: 'Enable IAM database authentication and create database users mapped to IAM roles.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <id> --enable-iam-database-authentication --apply-immediately',
    },
  },
  RDS_INSTANCES,
  (i, r) => {
    const owned = clusterOwned(i, r, 'IAM authentication');
    if (owned) return owned;
    if (!iamAuthSupported(i.engine))
      return notApplicable(r, 'engine-unsupported', `${i.engine} does not offer IAM database authentication.`, { engine: i.engine });
    return i.iamAuth
      ? pass(r, 'iam-auth-on', `${i.name} accepts IAM database authentication.`, { iamAuth: true })
      : fail(r, 'iam-auth-off', `${i.name} does not accept IAM database authentication.`, { iamAuth: false });
  },
);
