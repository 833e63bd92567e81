import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { factory } from '../cases.fixtures.js';
import { AZURE_DATA_FACTORIES, FACTORY } from '../state.js';
import { datafactoryFactoryPublicNetworkAccessDisabled as check } from './azure.datafactory.factory-public-network-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_DATA_FACTORIES, FACTORY, [
    ['Disabled passes', [factory('f', { publicNetworkAccess: 'Disabled' })], [['pass', 'public-disabled']]],
    ['Enabled fails', [factory('f', { publicNetworkAccess: 'Enabled' })], [['fail', 'public-enabled']]],
    ['absent fails (public access allowed)', [factory('f')], [['fail', 'public-enabled']]],
  ]),
};
