/**
 * The demo estate's EMR: block public access on with the SSH exception in eu-west-1 but with a web UI port exempted in
 * us-east-1 and off in ap-southeast-2; a private ETL cluster and an ad-hoc one whose primary node has a public address.
 */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const BPA: Record<string, object> = {
  'eu-west-1': { BlockPublicSecurityGroupRules: true, PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22, MaxRange: 22 }] },
  'us-east-1': {
    BlockPublicSecurityGroupRules: true,
    PermittedPublicSecurityGroupRuleRanges: [{ MinRange: 22, MaxRange: 22 }, { MinRange: 8443 }],
  },
  'ap-southeast-2': { BlockPublicSecurityGroupRules: false },
};
const CLUSTERS: Record<string, { Name: string; publicIp?: string }> = {
  'j-2AXXXXXXGAPLF': { Name: 'nightly-etl' },
  'j-3BXXXXXXADHOC': { Name: 'adhoc-spark', publicIp: '203.0.113.41' },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  elasticmapreduce: {
    GetBlockPublicAccessConfiguration: (_input, region) => ({
      BlockPublicAccessConfiguration: BPA[region] ?? { BlockPublicSecurityGroupRules: true },
    }),
    ListClusters: (_input, region) => ({
      Clusters: region === REGION ? Object.entries(CLUSTERS).map(([Id, c]) => ({ Id, Name: c.Name, Status: { State: 'WAITING' } })) : [],
    }),
    DescribeCluster: (input, region) => ({
      Cluster: {
        Id: input.ClusterId,
        Name: CLUSTERS[input.ClusterId as string]?.Name,
        ClusterArn: `arn:aws:elasticmapreduce:${region}:${DEMO_ACCOUNT}:cluster/${input.ClusterId}`,
        InstanceCollectionType: 'INSTANCE_GROUP',
      },
    }),
    ListInstances: (input) => {
      const ip = CLUSTERS[input.ClusterId as string]?.publicIp;
      return { Instances: [{ Id: 'ci-1', PrivateIpAddress: '10.20.1.15', ...(ip ? { PublicIpAddress: ip } : {}) }] };
    },
  },
};
