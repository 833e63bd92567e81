/** Builders for the App Service case tables. */
import { res } from '../../service-kit/cases.fixtures.js';
import { type AuthSettings, SITE, type SiteConfig, type WebApp } from './state.js';

export function site(name: string, properties: WebApp['properties'] = {}, extra: Partial<WebApp> = {}): WebApp {
  return { ...res(SITE, name, properties), kind: 'app,linux', ...extra };
}

export const config = (properties: SiteConfig['properties']): SiteConfig => ({ properties });
export const auth = (enabled: boolean): AuthSettings => ({ properties: { platform: { enabled } } });
