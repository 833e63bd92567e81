import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { settingValue } from '../settings.js';
import { ENTRA_DIRECTORY_SETTINGS, ENTRA_ORGANIZATION, SETTING_TEMPLATES } from '../state.js';
import { readTenant, TENANT_TYPE } from '../tenant.js';

export const entraBannedPasswordListEnforced: Check = {
  meta: {
    id: 'azure.entra.banned-password-list-enforced',
    title: 'A custom banned password list is enforced',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_DIRECTORY_SETTINGS],
    rationale:
      'Reads the "Password Rule Settings" directory setting (groupSettings). Passes when EnableBannedPasswordCheck is True and BannedPasswordList holds at least one term (only the count is kept), ' +
      'so passwords built on the organisation’s own names and products are refused besides Microsoft’s global list. No setting object means the template defaults: no custom list, a fail. Needs Entra ID P1 to take effect.',
    remediation: {
      text: 'In Entra ID > Security > Authentication methods > Password protection, set "Enforce custom list" to Yes and add the organisation’s terms.',
    },
  },
  evaluate: (ctx) =>
    readTenant(ctx, ENTRA_DIRECTORY_SETTINGS, (settings, tenant) => {
      const t = SETTING_TEMPLATES.passwordRules;
      const on = settingValue(settings, t, 'EnableBannedPasswordCheck', 'True');
      const count = Number(settingValue(settings, t, 'bannedPasswordCount', '0').value);
      const observed = { enforceCustomList: on.value, customTerms: count, defaults: on.defaulted };
      if (on.value.toLowerCase() !== 'true')
        return [fail(tenant, 'not-enforced', 'The custom banned password list is not enforced.', observed)];
      if (count === 0) return [fail(tenant, 'empty', 'No custom banned password terms are set.', observed)];
      return [pass(tenant, 'enforced', `A custom banned password list of ${count} terms is enforced.`, observed)];
    }),
};
