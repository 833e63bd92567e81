import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachDescribed } from '../../resource-kit.js';
import { EMR_CLUSTERS, emrClusterArn } from '../state.js';

const TYPE = 'AWS::EMR::Cluster';

export const emrClusterMasterNoPublicIp: Check = {
  meta: {
    id: 'aws.emr.cluster-master-no-public-ip',
    title: 'EMR cluster primary nodes have no public IP address',
    provider: 'aws',
    service: 'emr',
    resourceType: TYPE,
    severity: 'high',
    requires: [EMR_CLUSTERS],
    rationale:
      'The primary (master) node runs the cluster managers and web interfaces; with a public IP address it is reachable from the ' +
      'internet whenever a security group allows it. Security Hub (EMR.1) fails a RUNNING or WAITING cluster whose primary node ' +
      'instances have a public IP address. This check reads those instances with ListInstances and fails when any running primary ' +
      'node has a PublicIpAddress; clusters in other states are not judged.',
    remediation: {
      text: 'Launch clusters in a private subnet (no public IP on launch) and reach them through a bastion, VPN or Session Manager.',
      console: 'EMR → Create cluster → Networking → choose a private subnet',
    },
  },
  evaluate(ctx) {
    const arn = (id: string, region: string) => emrClusterArn(ctx.snapshot.partition, region, ctx.snapshot.account, id);
    return eachDescribed(ctx, EMR_CLUSTERS, TYPE, arn, (c, r) => {
      const observed = { clusterName: c.clusterName, masterInstances: c.masterInstances, masterPublicIps: c.masterPublicIps };
      return c.masterPublicIps.length === 0
        ? pass(r, 'private', `Cluster ${c.clusterName} (${c.name}) has no public IP on its primary node.`, observed)
        : fail(
            r,
            'public-ip',
            `Cluster ${c.clusterName} (${c.name}) has a primary node with public IP ${c.masterPublicIps.join(', ')}.`,
            observed,
          );
    });
  },
};
