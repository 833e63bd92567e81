import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { OPENSEARCH_DOMAINS } from '../state.js';

export const openSearchDomainNodeToNodeEncryption = eachResource(
  {
    id: 'aws.opensearch.domain-node-to-node-encryption',
    title: 'OpenSearch domains encrypt traffic between nodes',
    service: 'opensearch',
    resourceType: 'AWS::OpenSearchService::Domain',
    severity: 'medium',
    requires: [OPENSEARCH_DOMAINS],
    rationale:
      'Passes when NodeToNodeEncryptionOptions.Enabled: traffic inside the cluster (shard replication, queries fanned out to data nodes) uses TLS. Fails otherwise.',
    remediation: {
      text: 'Enable node-to-node encryption.',
      cli: 'aws opensearch update-domain-config --domain-name <name> --node-to-node-encryption-options Enabled=true',
    },
  },
  OPENSEARCH_DOMAINS,
  (d, r) =>
    d.nodeToNode
      ? pass(r, 'node-to-node-on', `Domain ${d.name} encrypts traffic between its nodes.`, { nodeToNode: d.nodeToNode })
      : fail(r, 'node-to-node-off', `Domain ${d.name} sends traffic between its nodes unencrypted.`, { nodeToNode: d.nodeToNode }),
);
