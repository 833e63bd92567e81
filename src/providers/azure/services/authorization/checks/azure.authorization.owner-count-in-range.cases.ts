import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { subscriptionCases } from '../../../service-kit/cases.fixtures.js';
import { owners } from '../cases.fixtures.js';
import { AZURE_ROLE_ASSIGNMENTS, ROLE_ASSIGNMENT } from '../state.js';
import { authorizationOwnerCountInRange as check } from './azure.authorization.owner-count-in-range.js';

export const table: CheckCases = {
  check,
  cases: [
    ...subscriptionCases(AZURE_ROLE_ASSIGNMENTS, ROLE_ASSIGNMENT, [
      ['two owners pass', owners(2), [['pass', 'owners-in-range']]],
      ['three owners pass', owners(3), [['pass', 'owners-in-range']]],
      ['one owner fails', owners(1), [['fail', 'owners-out-of-range']]],
      ['four owners fail', owners(4), [['fail', 'owners-out-of-range']]],
      [
        'owners inherited from a management group do not count',
        [...owners(1), ...owners(2, '/providers/Microsoft.Management/managementGroups/mg')],
        [['fail', 'owners-out-of-range']],
      ],
    ]),
    {
      name: 'the range follows the parameters',
      snapshot: subscriptionCases(AZURE_ROLE_ASSIGNMENTS, ROLE_ASSIGNMENT, [['x', owners(1), []]])[0]!.snapshot,
      expected: [['pass', 'owners-in-range']],
      serviceParams: { 'azure.authorization': { minOwners: 1 } },
    },
  ],
};
