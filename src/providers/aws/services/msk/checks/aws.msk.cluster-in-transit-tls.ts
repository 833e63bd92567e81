import { missingData } from '../../../../../model/fetched.js';
import { errorFinding, fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { MSK_CLUSTERS, provisionedMissing } from '../state.js';

export const mskClusterInTransitTls = eachResource(
  {
    id: 'aws.msk.cluster-in-transit-tls',
    title: 'MSK clusters encrypt traffic with TLS between clients and brokers and among brokers',
    service: 'msk',
    resourceType: 'AWS::MSK::Cluster',
    severity: 'medium',
    requires: [MSK_CLUSTERS],
    rationale:
      'A provisioned MSK cluster has two in-transit settings (EncryptionInfo.EncryptionInTransit in ListClustersV2): ClientBroker, which ' +
      'allows clients TLS only, TLS and plaintext, or plaintext only; and InCluster, which encrypts replication traffic between brokers. ' +
      'Security Hub control MSK.1 fails a cluster whose brokers talk in plaintext; this check also requires ClientBroker TLS, since a ' +
      'listener that accepts plaintext lets any client send and read records unencrypted. Passes when ClientBroker is TLS and InCluster is ' +
      'true; fails otherwise. An absent InCluster takes its documented default, true; an absent ClientBroker is an error, as the API ' +
      'reference (TLS_PLAINTEXT) and the CloudFormation reference (TLS) document different defaults. Serverless ' +
      'clusters accept TLS connections only, by design: they pass.',
    remediation: {
      text: 'Allow only TLS between clients and brokers (in-cluster encryption can only be chosen when a cluster is created).',
      console: 'Amazon MSK → cluster → Properties → Security settings → Edit → Encryption in transit: TLS',
      cli: 'aws kafka update-security --cluster-arn <arn> --current-version <v> --encryption-info \'{"EncryptionInTransit":{"ClientBroker":"TLS"}}\'',
    },
  },
  MSK_CLUSTERS,
  (c, resource) => {
    const gap = provisionedMissing(c);
    if (gap) return errorFinding(resource, gap);
    if (!c.provisioned)
      return pass(resource, 'serverless-tls', `Serverless cluster ${c.name} accepts only TLS connections.`, { type: c.type });
    const { clientBroker, inCluster } = c.provisioned;
    if (clientBroker === null)
      return errorFinding(
        resource,
        missingData('kafka:ListClustersV2', `cluster ${c.name}: no EncryptionInTransit.ClientBroker in the answer`),
      );
    const observed = { clientBroker, inCluster };
    if (clientBroker === 'TLS' && inCluster)
      return pass(resource, 'tls-only', `Cluster ${c.name} encrypts all traffic with TLS.`, observed);
    const gaps = [
      ...(clientBroker === 'TLS' ? [] : [`clients may connect in ${clientBroker === 'PLAINTEXT' ? 'plaintext only' : 'plaintext'}`]),
      ...(inCluster ? [] : ['brokers replicate in plaintext']),
    ];
    return fail(resource, 'plaintext-allowed', `Cluster ${c.name}: ${gaps.join('; ')}.`, observed);
  },
);
