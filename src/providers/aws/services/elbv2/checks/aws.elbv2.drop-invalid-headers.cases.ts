import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { withAttributes } from '../state.fixtures.js';
import { elbv2DropInvalidHeaders as check } from './aws.elbv2.drop-invalid-headers.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'dropping passes',
      snapshot: withAttributes({ 'routing.http.drop_invalid_header_fields.enabled': 'true' }),
      expected: [['pass', 'drops-invalid']],
    },
    {
      name: 'default false fails',
      snapshot: withAttributes({ 'routing.http.drop_invalid_header_fields.enabled': 'false' }),
      expected: [['fail', 'forwards-invalid']],
    },
    { name: 'NLB is not applicable', snapshot: withAttributes({}, { type: 'network' }), expected: [['not_applicable', 'other-type']] },
    { name: 'unreadable attributes are an error', snapshot: withAttributes(denied()), expected: [['error', 'error.denied']] },
  ],
};
