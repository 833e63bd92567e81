import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { OPENSEARCH_DOMAINS } from '../state.js';

export const openSearchDomainZoneAwareness = eachResource(
  {
    id: 'aws.opensearch.domain-zone-awareness',
    title: 'OpenSearch domains spread nodes across Availability Zones',
    service: 'opensearch',
    resourceType: 'AWS::OpenSearchService::Domain',
    severity: 'medium',
    requires: [OPENSEARCH_DOMAINS],
    rationale:
      'Passes when ClusterConfig.ZoneAwarenessEnabled: nodes are spread over two or three zones and OpenSearch keeps primary and replica shards in different zones, so the loss of one zone loses no data. Fails otherwise.',
    remediation: {
      text: 'Enable zone awareness with two or three zones and at least one replica per index.',
      cli: 'aws opensearch update-domain-config --domain-name <name> --cluster-config ZoneAwarenessEnabled=true,ZoneAwarenessConfig={AvailabilityZoneCount=3}',
    },
  },
  OPENSEARCH_DOMAINS,
  (d, r) =>
    d.zoneAwareness
      ? pass(r, 'multi-az', `Domain ${d.name} spreads its nodes and replicas across Availability Zones.`, {
          zoneAwareness: d.zoneAwareness,
        })
      : fail(r, 'single-az', `Domain ${d.name} runs in one Availability Zone.`, { zoneAwareness: d.zoneAwareness }),
);
