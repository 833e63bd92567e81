import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { account } from '../cases.fixtures.js';
import { AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT } from '../state.js';
import { cosmosdbMetadataWriteRestricted as check } from './azure.cosmosdb.metadata-write-restricted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COSMOS_ACCOUNTS, COSMOS_ACCOUNT, [
    ['true passes', [account('a', { disableKeyBasedMetadataWriteAccess: true })], [['pass', 'metadata-locked']]],
    ['absent fails', [account('a')], [['fail', 'metadata-writable']]],
  ]),
};
