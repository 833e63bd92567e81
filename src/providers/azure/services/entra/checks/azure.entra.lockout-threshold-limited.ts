import type { Check } from '../../../../../model/check.js';
import { errorFinding, fail, paramsOf, pass } from '../../../../check-kit.js';
import { GRAPH_APIS } from '../collect.js';
import { ENTRA_PARAMS } from '../params.js';
import { settingValue } from '../settings.js';
import { ENTRA_DIRECTORY_SETTINGS, ENTRA_ORGANIZATION, SETTING_TEMPLATES } from '../state.js';
import { missing, readTenant, TENANT_TYPE } from '../tenant.js';

export const entraLockoutThresholdLimited: Check = {
  meta: {
    id: 'azure.entra.lockout-threshold-limited',
    title: 'Smart lockout locks an account after at most 10 failed sign-ins',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'medium',
    requires: [ENTRA_ORGANIZATION, ENTRA_DIRECTORY_SETTINGS],
    rationale:
      'Reads LockoutThreshold of the "Password Rule Settings" directory setting (failed sign-ins before smart lockout). Passes when at most lockoutThresholdMax (10); without a setting object the template default of 10 applies and passes, said so. A non-numeric value is an error.',
    remediation: {
      text: 'Set the lockout threshold to 10 or fewer in Entra ID > Security > Authentication methods > Password protection.',
    },
  },
  evaluate(ctx) {
    const limit = paramsOf(ctx, 'azure.entra', ENTRA_PARAMS).lockoutThresholdMax;
    return readTenant(ctx, ENTRA_DIRECTORY_SETTINGS, (settings, tenant) => {
      const s = settingValue(settings, SETTING_TEMPLATES.passwordRules, 'LockoutThreshold', '10');
      const n = Number(s.value);
      if (!Number.isInteger(n)) {
        const a = GRAPH_APIS.directorySettings;
        return [errorFinding(tenant, missing(a.api, a.actions.join(', '), `LockoutThreshold is "${s.value}", not a number`))];
      }
      const observed = { LockoutThreshold: n, limit, templateDefault: s.defaulted };
      return [
        n <= limit
          ? pass(tenant, 'within', `LockoutThreshold is ${n}${s.defaulted ? ' (default)' : ''}.`, observed)
          : fail(tenant, 'outside', `LockoutThreshold is ${n}; at most ${limit} wanted.`, observed),
      ];
    });
  },
};
