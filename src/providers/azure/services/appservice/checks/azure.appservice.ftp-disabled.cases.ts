import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { config, site } from '../cases.fixtures.js';
import { GET_CONFIG } from '../collect.js';
import { AZURE_WEB_APPS, AZURE_WEB_CONFIG, SITE } from '../state.js';
import { appServiceFtpDisabled as check } from './azure.appservice.ftp-disabled.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_WEB_APPS,
    SITE,
    AZURE_WEB_CONFIG,
    [
      ['Disabled passes', [site('a')], [config({ ftpsState: 'Disabled' })], [['pass', 'ftp-disabled']]],
      ['FtpsOnly passes', [site('a')], [config({ ftpsState: 'FtpsOnly' })], [['pass', 'ftps-only']]],
      ['AllAllowed fails', [site('a')], [config({ ftpsState: 'AllAllowed' })], [['fail', 'ftp-allowed']]],
      ['no ftpsState is an error', [site('a')], [config({})], [['error', 'error.unknown']]],
    ],
    { item: site('a'), api: GET_CONFIG.api },
  ),
};
