import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { settingValue } from '../settings.js';
import { ENTRA_DIRECTORY_SETTINGS, ENTRA_ORGANIZATION, SETTING_TEMPLATES } from '../state.js';
import { readTenant, TENANT_TYPE } from '../tenant.js';

export const entraM365GroupCreationRestricted: Check = {
  meta: {
    id: 'azure.entra.m365-group-creation-restricted',
    title: 'Users cannot create Microsoft 365 groups',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'low',
    requires: [ENTRA_ORGANIZATION, ENTRA_DIRECTORY_SETTINGS],
    rationale:
      'Reads EnableGroupCreation of the "Group.Unified" directory setting. Passes when false, so Microsoft 365 groups (each with a mailbox, site and Team that can hold data and guests) are created by administrators or a designated group. ' +
      'Without a setting object the template default (true: everyone may create them) applies, which fails.',
    remediation: {
      text: 'Set "Users can create Microsoft 365 groups in Azure portals, API or PowerShell" to No (Entra ID > Groups > General), or restrict creation to a group through the Group.Unified setting.',
    },
  },
  evaluate: (ctx) =>
    readTenant(ctx, ENTRA_DIRECTORY_SETTINGS, (settings, tenant) => {
      const s = settingValue(settings, SETTING_TEMPLATES.groupUnified, 'EnableGroupCreation', 'true');
      const observed = { enableGroupCreation: s.value, templateDefault: s.defaulted };
      return [
        s.value.toLowerCase() === 'false'
          ? pass(tenant, 'restricted', 'Only administrators (or a designated group) can create Microsoft 365 groups.', observed)
          : fail(tenant, 'allowed', `Any user can create Microsoft 365 groups${s.defaulted ? ' (the default)' : ''}.`, observed),
      ];
    }),
};
