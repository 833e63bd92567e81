import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { OPENSEARCH_DOMAINS } from '../state.js';
import { openSearchDomainFineGrainedAccessControl as check } from './aws.opensearch.domain-fine-grained-access-control.js';
import { domain } from './opensearch.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(OPENSEARCH_DOMAINS, domain()), expected: [['pass', 'fgac-on']] },
    { name: 'fails', snapshot: listed(OPENSEARCH_DOMAINS, domain({ fineGrained: false })), expected: [['fail', 'fgac-off']] },
    { name: 'no resources, no findings', snapshot: listed(OPENSEARCH_DOMAINS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(OPENSEARCH_DOMAINS, 'svc:List'), expected: [['error', 'error.denied']] },
    {
      name: 'throttled listing is an error',
      snapshot: throttledKey(OPENSEARCH_DOMAINS, 'svc:List'),
      expected: [['error', 'error.throttled']],
    },
  ],
};
