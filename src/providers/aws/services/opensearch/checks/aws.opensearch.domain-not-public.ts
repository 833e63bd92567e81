import { missingData } from '../../../../../model/fetched.js';
import { errorFinding, fail, pass } from '../../../../check-kit.js';
import { PUBLIC_ACCESS_SEMANTICS, publicStatements } from '../../../policy/public-finding.js';
import { eachResource } from '../../each-resource.js';
import { OPENSEARCH_DOMAINS } from '../state.js';

export const openSearchDomainNotPublic = eachResource(
  {
    id: 'aws.opensearch.domain-not-public',
    title: 'OpenSearch domains are not open to everyone',
    service: 'opensearch',
    resourceType: 'AWS::OpenSearchService::Domain',
    severity: 'critical',
    requires: [OPENSEARCH_DOMAINS],
    rationale:
      'Passes when the domain has only VPC endpoints, or its public endpoint has an access policy that grants nothing to everyone ' +
      '(no policy means only IAM principals with their own permissions get in). Fails when the access policy is public ' +
      '(an IP-based policy pins only with aws:SourceIp ranges short of the whole internet): anyone on the internet can then send requests. ' +
      'Fine-grained access control still checks users on such a domain; the finding shows whether it is on. A policy that cannot be parsed is an error. ' +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Move the domain into a VPC, or restrict its access policy to named principals or source IP ranges.',
      cli: 'aws opensearch update-domain-config --domain-name <name> --access-policies file://policy.json',
    },
  },
  OPENSEARCH_DOMAINS,
  (d, r) => {
    if (d.inVpc) return pass(r, 'in-vpc', `Domain ${d.name} is reachable only inside its VPC.`, { inVpc: true });
    if (d.accessPolicyUnreadable)
      return errorFinding(r, missingData('es:DescribeDomains', `access policy: ${d.accessPolicyUnreadable}`, 'es:DescribeDomains'));
    const open = d.accessPolicy ? publicStatements(d.accessPolicy, r) : [];
    if (open.length === 0)
      return pass(r, 'policy-not-public', `Domain ${d.name}'s public endpoint grants nothing to everyone.`, {
        inVpc: false,
        publicStatements: [],
      });
    return fail(
      r,
      'policy-public',
      `Domain ${d.name}'s public endpoint accepts requests from anyone (${open.length} statement${open.length > 1 ? 's' : ''}).`,
      {
        inVpc: false,
        publicStatements: open,
        fineGrained: d.fineGrained,
      },
    );
  },
);
