import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_INSTANCES } from '../state.js';

export const rdsInstanceNotPubliclyAccessible = eachResource(
  {
    id: 'aws.rds.instance-not-publicly-accessible',
    title: 'RDS DB instances are not publicly accessible',
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    severity: 'high',
    requires: [RDS_INSTANCES],
    cis: ['2.2.3'],
    rationale:
      'Fails when PubliclyAccessible is true: the endpoint resolves to a public address, and only security groups and ' +
      'network ACLs stand between the database listener and the internet. Passes when the instance resolves only to ' +
      'private addresses inside its VPC.',
    remediation: {
      text: 'Turn off public accessibility and reach the database through the VPC (VPN, bastion, or private connectivity).',
      cli: 'aws rds modify-db-instance --db-instance-identifier <id> --no-publicly-accessible --apply-immediately',
    },
  },
  RDS_INSTANCES,
  (i, r) =>
    i.publiclyAccessible
      ? fail(r, 'public', `${i.name} is publicly accessible.`, { publiclyAccessible: true })
      : pass(r, 'private', `${i.name} is not publicly accessible.`, { publiclyAccessible: false }),
);
