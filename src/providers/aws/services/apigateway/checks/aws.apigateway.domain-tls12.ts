import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { APIGW_DOMAINS } from '../state.js';

const TYPE = 'AWS::ApiGateway::DomainName';

export const apiGatewayDomainTls12: Check = {
  meta: {
    id: 'aws.apigateway.domain-tls12',
    title: 'API Gateway custom domains require TLS 1.2 or later',
    provider: 'aws',
    service: 'apigateway',
    resourceType: TYPE,
    severity: 'medium',
    requires: [APIGW_DOMAINS],
    rationale:
      "A custom domain's security policy sets the oldest TLS version clients may use. Fails for TLS_1_0 (which also admits TLS 1.1) " +
      'and for the newer enhanced policies whose names admit TLS 1.0 or 1.1 (…TLS13_1_0…, …TLS13_1_1…); passes for TLS_1_2 and ' +
      'policies with a 1.2 or 1.3 minimum. The default execute-api endpoints are not custom domains and are not judged.',
    remediation: {
      text: "Change the domain's security policy to TLS_1_2 (or a TLS 1.3 policy).",
      console: 'API Gateway → Custom domain names → domain → Edit → Minimum TLS version',
      cli: 'aws apigateway update-domain-name --domain-name <name> --patch-operations op=replace,path=/securityPolicy,value=TLS_1_2',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, APIGW_DOMAINS, TYPE, (d, resource) => {
      const legacy = d.securityPolicy === 'TLS_1_0' || /TLS13_1_[01]\b|TLS13_1_[01]_/.test(d.securityPolicy);
      return legacy
        ? fail(resource, 'legacy-tls', `Domain ${d.name} accepts TLS older than 1.2 (${d.securityPolicy}).`, {
            securityPolicy: d.securityPolicy,
          })
        : pass(resource, 'tls12', `Domain ${d.name} requires TLS 1.2 or later (${d.securityPolicy}).`, {
            securityPolicy: d.securityPolicy,
          });
    });
  },
};
