import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { site } from '../cases.fixtures.js';
import { AZURE_WEB_APPS, SITE } from '../state.js';
import { appServiceClientCertificatesRequired as check } from './azure.appservice.client-certificates-required.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_WEB_APPS, SITE, [
    ['Required passes', [site('a', { clientCertEnabled: true, clientCertMode: 'Required' })], [['pass', 'client-cert-required']]],
    ['Optional fails', [site('a', { clientCertEnabled: true, clientCertMode: 'Optional' })], [['fail', 'client-cert-not-required']]],
    ['disabled fails', [site('a', { clientCertEnabled: false, clientCertMode: 'Required' })], [['fail', 'client-cert-not-required']]],
  ]),
};
