import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { OPENSEARCH_DOMAINS } from '../state.js';
import { openSearchDomainEncryptedAtRest as check } from './aws.opensearch.domain-encrypted-at-rest.js';
import { domain } from './opensearch.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(OPENSEARCH_DOMAINS, domain()), expected: [['pass', 'encrypted']] },
    { name: 'fails', snapshot: listed(OPENSEARCH_DOMAINS, domain({ encryptionAtRest: false })), expected: [['fail', 'not-encrypted']] },
    { name: 'no resources, no findings', snapshot: listed(OPENSEARCH_DOMAINS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(OPENSEARCH_DOMAINS, 'svc:List'), expected: [['error', 'error.denied']] },
    {
      name: 'throttled listing is an error',
      snapshot: throttledKey(OPENSEARCH_DOMAINS, 'svc:List'),
      expected: [['error', 'error.throttled']],
    },
  ],
};
