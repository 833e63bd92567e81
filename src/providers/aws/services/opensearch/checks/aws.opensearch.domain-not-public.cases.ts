import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { deniedKey, listed } from '../../cases.fixtures.js';
import { OPENSEARCH_DOMAINS } from '../state.js';
import { openSearchDomainNotPublic as check } from './aws.opensearch.domain-not-public.js';
import { domain } from './opensearch.fixtures.js';

const policy = (statement: object) => parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }));
const esHttp = { Effect: 'Allow', Action: 'es:ESHttp*', Resource: 'arn:aws:es:us-east-1:111122223333:domain/search/*' };

export const table: CheckCases = {
  check,
  cases: [
    { name: 'a VPC domain passes', snapshot: listed(OPENSEARCH_DOMAINS, domain()), expected: [['pass', 'in-vpc']] },
    {
      name: 'a public endpoint without policy passes',
      snapshot: listed(OPENSEARCH_DOMAINS, domain({ inVpc: false })),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'a public endpoint limited to an office range passes',
      snapshot: listed(
        OPENSEARCH_DOMAINS,
        domain({
          inVpc: false,
          accessPolicy: policy({ ...esHttp, Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } }),
        }),
      ),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'a public endpoint open to everyone fails',
      snapshot: listed(OPENSEARCH_DOMAINS, domain({ inVpc: false, accessPolicy: policy({ ...esHttp, Principal: { AWS: '*' } }) })),
      expected: [['fail', 'policy-public']],
    },
    {
      name: 'a source range covering the internet is still public',
      snapshot: listed(
        OPENSEARCH_DOMAINS,
        domain({
          inVpc: false,
          accessPolicy: policy({ ...esHttp, Principal: '*', Condition: { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } } }),
        }),
      ),
      expected: [['fail', 'policy-public']],
    },
    ...publicCases(
      'es:ESHttpGet',
      (accessPolicy) => listed(OPENSEARCH_DOMAINS, domain({ inVpc: false, accessPolicy })),
      undefined,
      esHttp.Resource,
    ),
    {
      name: 'an unparsable policy is an error',
      snapshot: listed(OPENSEARCH_DOMAINS, domain({ inVpc: false, accessPolicyUnreadable: 'policy is not valid JSON' })),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'denied listing is an error',
      snapshot: deniedKey(OPENSEARCH_DOMAINS, 'es:ListDomainNames'),
      expected: [['error', 'error.denied']],
    },
  ],
};
