import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { REDSHIFT_CLUSTERS } from '../state.js';

export const redshiftClusterNotPubliclyAccessible = eachResource(
  {
    id: 'aws.redshift.cluster-not-publicly-accessible',
    title: 'Redshift clusters are not publicly accessible',
    service: 'redshift',
    resourceType: 'AWS::Redshift::Cluster',
    severity: 'high',
    requires: [REDSHIFT_CLUSTERS],
    rationale:
      'Fails when PubliclyAccessible is true: the cluster endpoint has a public address, and only security groups keep the internet from the database port. Passes otherwise.',
    remediation: {
      text: 'Turn off public accessibility and reach the cluster through the VPC.',
      cli: 'aws redshift modify-cluster --cluster-identifier <id> --no-publicly-accessible',
    },
  },
  REDSHIFT_CLUSTERS,
  (c, r) =>
    !c.publiclyAccessible
      ? pass(r, 'private', `Cluster ${c.name} is not publicly accessible.`, { publiclyAccessible: c.publiclyAccessible })
      : fail(r, 'public', `Cluster ${c.name} is publicly accessible.`, { publiclyAccessible: c.publiclyAccessible }),
);
