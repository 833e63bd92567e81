import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { auth, site } from '../cases.fixtures.js';
import { GET_AUTH } from '../collect.js';
import { AZURE_WEB_APPS, AZURE_WEB_AUTH, SITE } from '../state.js';
import { appServiceAuthenticationEnabled as check } from './azure.appservice.authentication-enabled.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_WEB_APPS,
    SITE,
    AZURE_WEB_AUTH,
    [
      ['enabled passes', [site('a')], [auth(true)], [['pass', 'auth-enabled']]],
      ['disabled fails', [site('a')], [auth(false)], [['fail', 'auth-disabled']]],
    ],
    { item: site('a'), api: GET_AUTH.api },
  ),
};
