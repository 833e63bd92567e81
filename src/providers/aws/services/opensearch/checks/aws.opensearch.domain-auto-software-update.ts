import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { OPENSEARCH_DOMAINS } from '../state.js';

export const openSearchDomainAutoSoftwareUpdate = eachResource(
  {
    id: 'aws.opensearch.domain-auto-software-update',
    title: 'OpenSearch domains take service software updates automatically',
    service: 'opensearch',
    resourceType: 'AWS::OpenSearchService::Domain',
    severity: 'low',
    requires: [OPENSEARCH_DOMAINS],
    rationale:
      'Passes when SoftwareUpdateOptions.AutoSoftwareUpdateEnabled: service software updates, which carry security fixes, are installed in the off-peak window. Fails when they wait for someone to start them.',
    remediation: {
      text: 'Enable automatic software updates.',
      cli: 'aws opensearch update-domain-config --domain-name <name> --software-update-options AutoSoftwareUpdateEnabled=true',
    },
  },
  OPENSEARCH_DOMAINS,
  (d, r) =>
    d.autoSoftwareUpdate
      ? pass(r, 'auto-update-on', `Domain ${d.name} takes service software updates automatically.`, {
          autoSoftwareUpdate: d.autoSoftwareUpdate,
        })
      : fail(r, 'auto-update-off', `Domain ${d.name} waits for service software updates to be applied by hand.`, {
          autoSoftwareUpdate: d.autoSoftwareUpdate,
        }),
);
