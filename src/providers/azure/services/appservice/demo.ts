/** Two apps: a hardened API with Easy Auth, and a legacy marketing site on HTTP, TLS 1.0, FTP and Python 3.8. */
import type { ReplayRoutes } from '../../replay.js';
import { body, demoArm, demoList, page } from '../../service-kit/demo.js';
import { SITE } from './state.js';

const api = demoArm(
  'rg-web',
  SITE,
  'acme-orders-api',
  { httpsOnly: true, clientCertEnabled: true, clientCertMode: 'Required' },
  {
    kind: 'app,linux',
    identity: { type: 'SystemAssigned', principalId: '4a1f0c52-0000-4000-8000-0000000000a1' },
  },
);
const legacy = demoArm('rg-web', SITE, 'acme-marketing', { httpsOnly: false, clientCertEnabled: false }, { kind: 'app,linux' });

export const appServiceDemo: ReplayRoutes = {
  [demoList(SITE)]: page([api, legacy]),
  [`GET ${api.id}/config/web`]: body({
    properties: {
      minTlsVersion: '1.2',
      ftpsState: 'Disabled',
      http20Enabled: true,
      remoteDebuggingEnabled: false,
      linuxFxVersion: 'PYTHON|3.12',
    },
  }),
  [`GET ${legacy.id}/config/web`]: body({
    properties: {
      minTlsVersion: '1.0',
      ftpsState: 'AllAllowed',
      http20Enabled: false,
      remoteDebuggingEnabled: true,
      linuxFxVersion: 'PYTHON|3.8',
    },
  }),
  [`GET ${api.id}/config/authsettingsV2`]: body({
    properties: { platform: { enabled: true }, globalValidation: { requireAuthentication: true } },
  }),
  [`GET ${legacy.id}/config/authsettingsV2`]: body({ properties: { platform: { enabled: false } } }),
};
