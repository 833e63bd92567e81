import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { APIGW_DOMAINS } from '../state.js';
import { apiGatewayDomainTls12 as check } from './aws.apigateway.domain-tls12.js';

const R = 'us-east-1';
const domain = (securityPolicy: string) =>
  snapshot().regional(APIGW_DOMAINS, R, [
    { name: 'api.example.com', arn: 'arn:aws:apigateway:us-east-1::/domainnames/api.example.com', securityPolicy },
  ]);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'TLS_1_2 passes', snapshot: domain('TLS_1_2'), expected: [['pass', 'tls12']] },
    { name: 'a TLS 1.3 policy passes', snapshot: domain('SecurityPolicy_TLS13_1_3_2025_09'), expected: [['pass', 'tls12']] },
    { name: 'TLS_1_0 fails', snapshot: domain('TLS_1_0'), expected: [['fail', 'legacy-tls']] },
    {
      name: 'an enhanced policy admitting 1.0 fails',
      snapshot: domain('SecurityPolicy_TLS13_1_0_2025_09'),
      expected: [['fail', 'legacy-tls']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(APIGW_DOMAINS, R, denied('apigateway:GetDomainNames')),
      expected: [['error', 'error.denied']],
    },
  ],
};
