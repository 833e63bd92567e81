import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { config, site } from '../cases.fixtures.js';
import { GET_CONFIG } from '../collect.js';
import { AZURE_WEB_APPS, AZURE_WEB_CONFIG, SITE } from '../state.js';
import { appServiceMinimumTls as check } from './azure.appservice.minimum-tls.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_WEB_APPS,
    SITE,
    AZURE_WEB_CONFIG,
    [
      ['1.2 passes', [site('a')], [config({ minTlsVersion: '1.2' })], [['pass', 'tls-modern']]],
      ['1.3 passes', [site('a')], [config({ minTlsVersion: '1.3' })], [['pass', 'tls-modern']]],
      ['1.0 fails', [site('a')], [config({ minTlsVersion: '1.0' })], [['fail', 'tls-legacy']]],
      ['a config without the field is an error', [site('a')], [config({})], [['error', 'error.unknown']]],
    ],
    { item: site('a'), api: GET_CONFIG.api },
  ),
};
