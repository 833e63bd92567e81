import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { site } from '../cases.fixtures.js';
import { AZURE_WEB_APPS, SITE } from '../state.js';
import { appServiceHttpsOnly as check } from './azure.appservice.https-only.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_WEB_APPS, SITE, [
    ['httpsOnly true passes', [site('a', { httpsOnly: true })], [['pass', 'https-only']]],
    ['httpsOnly false fails', [site('a', { httpsOnly: false })], [['fail', 'http-allowed']]],
    ['absent httpsOnly fails (ARM default is off)', [site('a')], [['fail', 'http-allowed']]],
  ]),
};
