import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { OPENSEARCH_DOMAINS } from '../state.js';

export const openSearchDomainFineGrainedAccessControl = eachResource(
  {
    id: 'aws.opensearch.domain-fine-grained-access-control',
    title: 'OpenSearch domains use fine-grained access control',
    service: 'opensearch',
    resourceType: 'AWS::OpenSearchService::Domain',
    severity: 'medium',
    requires: [OPENSEARCH_DOMAINS],
    rationale:
      "Passes when AdvancedSecurityOptions.Enabled: OpenSearch checks each user's roles down to index, document and field level, beyond the all-or-nothing domain access policy. Fails otherwise.",
    remediation: {
      text: 'Enable fine-grained access control with an IAM or internal master user.',
      cli: 'aws opensearch update-domain-config --domain-name <name> --advanced-security-options Enabled=true,MasterUserOptions={MasterUserARN=<role-arn>}',
    },
  },
  OPENSEARCH_DOMAINS,
  (d, r) =>
    d.fineGrained
      ? pass(r, 'fgac-on', `Domain ${d.name} uses fine-grained access control.`, { fineGrained: d.fineGrained })
      : fail(r, 'fgac-off', `Domain ${d.name} has no fine-grained access control.`, { fineGrained: d.fineGrained }),
);
