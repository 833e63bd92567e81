import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { config, site } from '../cases.fixtures.js';
import { GET_CONFIG } from '../collect.js';
import { AZURE_WEB_APPS, AZURE_WEB_CONFIG, SITE } from '../state.js';
import { appServiceHttp2Enabled as check } from './azure.appservice.http2-enabled.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_WEB_APPS,
    SITE,
    AZURE_WEB_CONFIG,
    [
      ['true passes', [site('a')], [config({ http20Enabled: true })], [['pass', 'http2-enabled']]],
      ['false fails', [site('a')], [config({ http20Enabled: false })], [['fail', 'http2-disabled']]],
    ],
    { item: site('a'), api: GET_CONFIG.api },
  ),
};
