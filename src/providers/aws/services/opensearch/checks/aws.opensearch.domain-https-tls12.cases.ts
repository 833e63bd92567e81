import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { OPENSEARCH_DOMAINS } from '../state.js';
import { openSearchDomainHttpsTls12 as check } from './aws.opensearch.domain-https-tls12.js';
import { domain } from './opensearch.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(OPENSEARCH_DOMAINS, domain()), expected: [['pass', 'tls12-enforced']] },
    {
      name: 'fails',
      snapshot: listed(OPENSEARCH_DOMAINS, domain({ tlsPolicy: 'Policy-Min-TLS-1-0-2019-07' })),
      expected: [['fail', 'tls-weak']],
    },
    { name: 'plain HTTP fails', snapshot: listed(OPENSEARCH_DOMAINS, domain({ enforceHttps: false })), expected: [['fail', 'tls-weak']] },
    { name: 'no resources, no findings', snapshot: listed(OPENSEARCH_DOMAINS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(OPENSEARCH_DOMAINS, 'svc:List'), expected: [['error', 'error.denied']] },
    {
      name: 'throttled listing is an error',
      snapshot: throttledKey(OPENSEARCH_DOMAINS, 'svc:List'),
      expected: [['error', 'error.throttled']],
    },
  ],
};
