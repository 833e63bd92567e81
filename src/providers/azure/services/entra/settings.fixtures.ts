/** Directory settings for the password-protection and group checks' cases. */
import type { SnapshotBuilder } from '../../../../../test/support/snapshot.js';
import { tenant } from './entra.fixtures.js';
import { ENTRA_DIRECTORY_SETTINGS, SETTING_TEMPLATES } from './state.js';

export const API = 'graph:GET /groupSettings';

export function passwordRules(values: Record<string, string>): SnapshotBuilder {
  return tenant().global(ENTRA_DIRECTORY_SETTINGS, [
    { id: 's1', displayName: 'Password Rule Settings', templateId: SETTING_TEMPLATES.passwordRules, values },
  ]);
}

export function groupUnified(values: Record<string, string>): SnapshotBuilder {
  return tenant().global(ENTRA_DIRECTORY_SETTINGS, [
    { id: 's2', displayName: 'Group.Unified', templateId: SETTING_TEMPLATES.groupUnified, values },
  ]);
}

/** No setting object: the template defaults apply. */
export function noSettings(): SnapshotBuilder {
  return tenant().global(ENTRA_DIRECTORY_SETTINGS, []);
}
