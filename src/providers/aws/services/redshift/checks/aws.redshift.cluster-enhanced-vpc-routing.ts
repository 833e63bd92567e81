import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { REDSHIFT_CLUSTERS } from '../state.js';

export const redshiftClusterEnhancedVpcRouting = eachResource(
  {
    id: 'aws.redshift.cluster-enhanced-vpc-routing',
    title: 'Redshift clusters use enhanced VPC routing',
    service: 'redshift',
    resourceType: 'AWS::Redshift::Cluster',
    severity: 'medium',
    requires: [REDSHIFT_CLUSTERS],
    rationale:
      'Passes when EnhancedVpcRouting is on: COPY and UNLOAD traffic to S3 and other data sources goes through the VPC, where endpoint policies, security groups, network ACLs and flow logs apply. Fails when it takes the public route.',
    remediation: {
      text: 'Turn on enhanced VPC routing and add an S3 gateway endpoint to the VPC.',
      cli: 'aws redshift modify-cluster --cluster-identifier <id> --enhanced-vpc-routing',
    },
  },
  REDSHIFT_CLUSTERS,
  (c, r) =>
    c.enhancedVpcRouting
      ? pass(r, 'vpc-routing', `Cluster ${c.name} routes COPY and UNLOAD traffic through its VPC.`, {
          enhancedVpcRouting: c.enhancedVpcRouting,
        })
      : fail(r, 'no-vpc-routing', `Cluster ${c.name} sends COPY and UNLOAD traffic outside its VPC.`, {
          enhancedVpcRouting: c.enhancedVpcRouting,
        }),
);
