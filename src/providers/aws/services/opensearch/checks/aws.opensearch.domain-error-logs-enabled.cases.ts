import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { deniedKey, listed, throttledKey } from '../../cases.fixtures.js';
import { OPENSEARCH_DOMAINS } from '../state.js';
import { openSearchDomainErrorLogsEnabled as check } from './aws.opensearch.domain-error-logs-enabled.js';
import { domain } from './opensearch.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'passes', snapshot: listed(OPENSEARCH_DOMAINS, domain()), expected: [['pass', 'error-logs-on']] },
    {
      name: 'fails',
      snapshot: listed(OPENSEARCH_DOMAINS, domain({ logs: { ES_APPLICATION_LOGS: false } })),
      expected: [['fail', 'error-logs-off']],
    },
    { name: 'no resources, no findings', snapshot: listed(OPENSEARCH_DOMAINS), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(OPENSEARCH_DOMAINS, 'svc:List'), expected: [['error', 'error.denied']] },
    {
      name: 'throttled listing is an error',
      snapshot: throttledKey(OPENSEARCH_DOMAINS, 'svc:List'),
      expected: [['error', 'error.throttled']],
    },
  ],
};
