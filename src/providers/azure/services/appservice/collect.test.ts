import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { appServiceCollectors } from './collect.js';
import { AZURE_WEB_APPS, AZURE_WEB_AUTH, AZURE_WEB_CONFIG, SITE } from './state.js';

describeArmCollectors('appservice', appServiceCollectors, [
  {
    key: AZURE_WEB_APPS,
    type: SITE,
    extra: { kind: 'app', properties: { httpsOnly: true, siteConfig: { appSettings: [{ name: 'DB_PASSWORD', value: 's3cret' }] } } },
    children: [
      {
        key: AZURE_WEB_CONFIG,
        suffix: '/config/web',
        answer: { body: { properties: { minTlsVersion: '1.2', publishingPassword: 's3cret' } } },
      },
      { key: AZURE_WEB_AUTH, suffix: '/config/authsettingsV2', answer: { body: { properties: { platform: { enabled: true } } } } },
    ],
  },
]);
