import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { OPENSEARCH_DOMAINS } from '../state.js';

export const openSearchDomainHttpsTls12 = eachResource(
  {
    id: 'aws.opensearch.domain-https-tls12',
    title: 'OpenSearch domains require HTTPS with TLS 1.2 or later',
    service: 'opensearch',
    resourceType: 'AWS::OpenSearchService::Domain',
    severity: 'medium',
    requires: [OPENSEARCH_DOMAINS],
    rationale:
      'Passes when DomainEndpointOptions.EnforceHTTPS is on and the TLSSecurityPolicy is one of the Policy-Min-TLS-1-2 policies. Fails when plain HTTP is accepted or the policy still allows TLS 1.0 and 1.1 (Policy-Min-TLS-1-0-2019-07).',
    remediation: {
      text: 'Require HTTPS and a TLS 1.2 minimum policy.',
      cli: 'aws opensearch update-domain-config --domain-name <name> --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
    },
  },
  OPENSEARCH_DOMAINS,
  (d, r) =>
    d.enforceHttps && (d.tlsPolicy ?? '').startsWith('Policy-Min-TLS-1-2')
      ? pass(r, 'tls12-enforced', `Domain ${d.name} requires HTTPS with ${d.tlsPolicy}.`, {
          enforceHttps: d.enforceHttps,
          tlsPolicy: d.tlsPolicy,
        })
      : fail(
          r,
          'tls-weak',
          `Domain ${d.name} ${d.enforceHttps ? `allows ${d.tlsPolicy ?? 'an unknown TLS policy'}` : 'accepts plain HTTP'}.`,
          { enforceHttps: d.enforceHttps, tlsPolicy: d.tlsPolicy },
        ),
);
