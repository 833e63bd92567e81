/**
 * Directory settings (groupSettings) by template. A setting object exists only once an admin
 * changed something from the template; until then the template's documented defaults apply,
 * which the checks use and say they used.
 */
import type { DirectorySetting } from './state.js';

export interface SettingValue {
  value: string;
  /** True when no setting object exists and the template default is used. */
  defaulted: boolean;
}

export function settingValue(settings: readonly DirectorySetting[], templateId: string, name: string, fallback: string): SettingValue {
  const s = settings.find((x) => x.templateId?.toLowerCase() === templateId);
  const v = s?.values[name];
  return v === undefined ? { value: fallback, defaulted: s === undefined } : { value: v, defaulted: false };
}
