import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { OPENSEARCH_DOMAINS } from '../state.js';

export const openSearchDomainEncryptedAtRest = eachResource(
  {
    id: 'aws.opensearch.domain-encrypted-at-rest',
    title: 'OpenSearch domains encrypt data at rest',
    service: 'opensearch',
    resourceType: 'AWS::OpenSearchService::Domain',
    severity: 'high',
    requires: [OPENSEARCH_DOMAINS],
    rationale:
      'Passes when EncryptionAtRestOptions.Enabled: indices, logs, swap files and automated snapshots are encrypted with a KMS key. Fails otherwise.',
    remediation: {
      text: 'Enable encryption at rest (domains on OpenSearch or Elasticsearch 6.7 and later can turn it on in place).',
      cli: 'aws opensearch update-domain-config --domain-name <name> --encryption-at-rest-options Enabled=true',
    },
  },
  OPENSEARCH_DOMAINS,
  (d, r) =>
    d.encryptionAtRest
      ? pass(r, 'encrypted', `Domain ${d.name} encrypts data at rest.`, { encryptionAtRest: d.encryptionAtRest })
      : fail(r, 'not-encrypted', `Domain ${d.name} does not encrypt data at rest.`, { encryptionAtRest: d.encryptionAtRest }),
);
