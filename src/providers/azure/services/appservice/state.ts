/** App Service (web apps and function apps) state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const SITE = 'Microsoft.Web/sites';

/** `GET /subscriptions/{id}/providers/Microsoft.Web/sites`: web apps, function apps and logic apps (standard). */
export interface WebApp extends ArmResource {
  /** `app`, `app,linux`, `functionapp,linux`, `app,linux,container`, … */
  kind?: string;
  /** `SystemAssigned`, `UserAssigned`, `SystemAssigned, UserAssigned` or `None`; absent when none. */
  identity?: { type?: string };
  properties: {
    /** Absent or false: plain HTTP is served alongside HTTPS. */
    httpsOnly?: boolean;
    clientCertEnabled?: boolean;
    /** `Required`, `Optional` or `OptionalInteractiveUser`; only read when `clientCertEnabled`. */
    clientCertMode?: string;
    publicNetworkAccess?: string;
  };
}

/** `GET {site}/config/web`: the site config (the list answer leaves these fields null). */
export interface SiteConfig {
  properties: {
    /** `1.0`, `1.1`, `1.2` or `1.3`. */
    minTlsVersion?: string;
    /** `AllAllowed`, `FtpsOnly` or `Disabled`. */
    ftpsState?: string;
    http20Enabled?: boolean;
    remoteDebuggingEnabled?: boolean;
    /** Linux stack and version, `PYTHON|3.12`, `NODE|22-lts`, `DOCKER|image`. */
    linuxFxVersion?: string;
    /** Windows: `v4.0` (.NET Framework) or `v8.0` (.NET). */
    netFrameworkVersion?: string;
    phpVersion?: string;
    pythonVersion?: string;
    javaVersion?: string;
  };
}

/** `GET {site}/config/authsettingsV2` (the answer without secrets): App Service authentication ("Easy Auth"). */
export interface AuthSettings {
  properties: {
    platform?: { enabled?: boolean };
    globalValidation?: { requireAuthentication?: boolean; unauthenticatedClientAction?: string };
  };
}

export const AZURE_WEB_APPS = inventoryKey<WebApp[]>('azure.appservice.sites', 'global');
export const AZURE_WEB_CONFIG = inventoryKey<PerResource<SiteConfig>>('azure.appservice.config', 'global');
export const AZURE_WEB_AUTH = inventoryKey<PerResource<AuthSettings>>('azure.appservice.auth', 'global');
