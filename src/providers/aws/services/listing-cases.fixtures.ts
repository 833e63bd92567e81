/** The cases every check over one regional listing shares (test-only; excluded from the build). */
import type { CheckCase } from '../../../../test/support/snapshot.js';
import type { InventoryKey } from '../../../model/keys.js';
import { deniedKey, listed, throttledKey } from './cases.fixtures.js';

/** An empty listing gives no findings; a denied or throttled one gives an error for the region. */
export function listingCases<T>(key: InventoryKey<readonly T[]>, listApi: string, readApi = listApi): CheckCase[] {
  return [
    { name: 'no resources, no findings', snapshot: listed(key), expected: [] },
    { name: 'denied listing is an error', snapshot: deniedKey(key, listApi), expected: [['error', 'error.denied']] },
    { name: 'throttled read is an error', snapshot: throttledKey(key, readApi), expected: [['error', 'error.throttled']] },
  ];
}
