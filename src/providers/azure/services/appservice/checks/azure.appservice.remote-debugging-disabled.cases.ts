import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { config, site } from '../cases.fixtures.js';
import { GET_CONFIG } from '../collect.js';
import { AZURE_WEB_APPS, AZURE_WEB_CONFIG, SITE } from '../state.js';
import { appServiceRemoteDebuggingDisabled as check } from './azure.appservice.remote-debugging-disabled.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_WEB_APPS,
    SITE,
    AZURE_WEB_CONFIG,
    [
      ['off passes', [site('a')], [config({ remoteDebuggingEnabled: false })], [['pass', 'debugging-off']]],
      ['on fails', [site('a')], [config({ remoteDebuggingEnabled: true })], [['fail', 'debugging-on']]],
      ['absent is an error', [site('a')], [config({})], [['error', 'error.unknown']]],
    ],
    { item: site('a'), api: GET_CONFIG.api },
  ),
};
