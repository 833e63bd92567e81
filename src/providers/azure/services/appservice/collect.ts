/** App Service through the generic ARM client: the site list, then each site's config and authentication settings. */
import type { AzureCollector } from '../../context.js';
import { armChild, armList, getApi } from '../../service-kit/collect.js';
import type { Shape } from '../../wire.js';
import { withTags } from '../../wire.js';
import { type AuthSettings, AZURE_WEB_APPS, AZURE_WEB_AUTH, AZURE_WEB_CONFIG, SITE, type SiteConfig, type WebApp } from './state.js';

const VERSION = '2023-12-01';

const SITE_SHAPE: Shape<WebApp> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  kind: true,
  identity: { type: true },
  properties: { httpsOnly: true, clientCertEnabled: true, clientCertMode: true, publicNetworkAccess: true },
};
const CONFIG_SHAPE: Shape<SiteConfig> = {
  properties: {
    minTlsVersion: true,
    ftpsState: true,
    http20Enabled: true,
    remoteDebuggingEnabled: true,
    linuxFxVersion: true,
    netFrameworkVersion: true,
    phpVersion: true,
    pythonVersion: true,
    javaVersion: true,
  },
};
// Only switches: identity provider client secrets and ids are never named, so never kept.
const AUTH_SHAPE: Shape<AuthSettings> = {
  properties: { platform: { enabled: true }, globalValidation: { requireAuthentication: true, unauthenticatedClientAction: true } },
};

// Both read `config/<name>` under the site: one RBAC action, and one API name as the pipeline counts it.
export const GET_CONFIG = getApi('Microsoft.Web/sites/config');
export const GET_AUTH = GET_CONFIG;

export const appServiceCollectors = [
  armList(AZURE_WEB_APPS, SITE, VERSION, SITE_SHAPE, withTags),
  armChild({
    key: AZURE_WEB_CONFIG,
    parent: AZURE_WEB_APPS,
    spec: GET_CONFIG,
    suffix: '/config/web',
    apiVersion: VERSION,
    shape: CONFIG_SHAPE,
    read: 'get',
  }),
  armChild({
    key: AZURE_WEB_AUTH,
    parent: AZURE_WEB_APPS,
    spec: GET_AUTH,
    suffix: '/config/authsettingsV2',
    apiVersion: VERSION,
    shape: AUTH_SHAPE,
    read: 'get',
  }),
] as readonly AzureCollector<unknown>[];
