import { errorFinding, fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { MSK_CLUSTERS, provisionedMissing } from '../state.js';

export const mskClusterPublicAccessDisabled = eachResource(
  {
    id: 'aws.msk.cluster-public-access-disabled',
    title: 'MSK clusters do not expose their brokers to the internet',
    service: 'msk',
    resourceType: 'AWS::MSK::Cluster',
    severity: 'high',
    requires: [MSK_CLUSTERS],
    rationale:
      'Public access gives each broker of a provisioned cluster an Elastic IP reachable from the internet, leaving only authentication ' +
      'and security groups between the brokers and any attacker. Security Hub control MSK.4 judges ' +
      'BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type: passes when DISABLED; fails when SERVICE_PROVIDED_EIPS. Public access ' +
      'cannot be chosen at creation, only turned on by a later update that sets the field, so an absent field is DISABLED. Serverless ' +
      'clusters are reached only through VPC endpoints and offer no public access: they pass.',
    remediation: {
      text: 'Turn off public access to the cluster and let clients reach it from within the VPC or over private connectivity.',
      console: 'Amazon MSK → cluster → Properties → Networking settings → Edit public access → Off',
      cli: 'aws kafka update-connectivity --cluster-arn <arn> --current-version <v> --connectivity-info \'{"PublicAccess":{"Type":"DISABLED"}}\'',
    },
  },
  MSK_CLUSTERS,
  (c, resource) => {
    const gap = provisionedMissing(c);
    if (gap) return errorFinding(resource, gap);
    if (!c.provisioned)
      return pass(resource, 'serverless-private', `Serverless cluster ${c.name} is reachable only from VPCs.`, { type: c.type });
    const observed = { publicAccess: c.provisioned.publicAccess };
    return c.provisioned.publicAccess === 'DISABLED'
      ? pass(resource, 'public-access-off', `Cluster ${c.name} has public access turned off.`, observed)
      : fail(
          resource,
          'public-access-on',
          `Cluster ${c.name} brokers are reachable from the internet (${c.provisioned.publicAccess}).`,
          observed,
        );
  },
);
