import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { service } from '../cases.fixtures.js';
import { AZURE_SEARCH_SERVICES, SEARCH_SERVICE } from '../state.js';
import { searchServiceCmkEnforced as check } from './azure.search.service-cmk-enforced.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_SEARCH_SERVICES, SEARCH_SERVICE, [
    [
      'enforced and compliant passes',
      [service('s', { encryptionWithCmk: { enforcement: 'Enabled', encryptionComplianceStatus: 'Compliant' } })],
      [['pass', 'cmk-enforced']],
    ],
    [
      'enforced but non-compliant fails',
      [service('s', { encryptionWithCmk: { enforcement: 'Enabled', encryptionComplianceStatus: 'NonCompliant' } })],
      [['fail', 'cmk-noncompliant']],
    ],
    [
      'not enforced fails',
      [service('s', { encryptionWithCmk: { enforcement: 'Unspecified', encryptionComplianceStatus: 'Compliant' } })],
      [['fail', 'cmk-not-enforced']],
    ],
    ['absent fails', [service('s')], [['fail', 'cmk-not-enforced']]],
    [
      'enforced without a status is an error',
      [service('s', { encryptionWithCmk: { enforcement: 'Enabled' } })],
      [['error', 'error.unknown']],
    ],
    ['the free tier is not applicable', [service('s', {}, 'free')], [['not_applicable', 'free-tier']]],
  ]),
};
