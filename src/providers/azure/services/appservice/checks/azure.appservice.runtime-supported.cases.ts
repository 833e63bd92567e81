import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { config, site } from '../cases.fixtures.js';
import { GET_CONFIG } from '../collect.js';
import { AZURE_WEB_APPS, AZURE_WEB_CONFIG, SITE } from '../state.js';
import { appServiceRuntimeSupported as check } from './azure.appservice.runtime-supported.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_WEB_APPS,
    SITE,
    AZURE_WEB_CONFIG,
    [
      ['Python 3.12 passes', [site('a')], [config({ linuxFxVersion: 'PYTHON|3.12' })], [['pass', 'runtime-supported']]],
      ['Node 22 LTS passes', [site('a')], [config({ linuxFxVersion: 'NODE|22-lts' })], [['pass', 'runtime-supported']]],
      ['Python 3.8 fails', [site('a')], [config({ linuxFxVersion: 'PYTHON|3.8' })], [['fail', 'runtime-outdated']]],
      ['Windows .NET 6 fails', [site('a')], [config({ netFrameworkVersion: 'v6.0' })], [['fail', 'runtime-outdated']]],
      ['Windows Java 17 passes', [site('a')], [config({ javaVersion: '17' })], [['pass', 'runtime-supported']]],
      [
        'a custom container is not assessed',
        [site('a')],
        [config({ linuxFxVersion: 'DOCKER|nginx:1.27' })],
        [['not_applicable', 'stack-not-assessed']],
      ],
      [
        'no version in the site config is not applicable',
        [site('a')],
        [config({ netFrameworkVersion: 'v4.0' })],
        [['not_applicable', 'no-runtime']],
      ],
    ],
    { item: site('a'), api: GET_CONFIG.api },
  ),
};
