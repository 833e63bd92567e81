import type { Check } from '../../../../../model/check.js';
import { errorFinding, fail, paramsOf, pass } from '../../../../check-kit.js';
import { GRAPH_APIS } from '../collect.js';
import { ENTRA_PARAMS } from '../params.js';
import { settingValue } from '../settings.js';
import { ENTRA_DIRECTORY_SETTINGS, ENTRA_ORGANIZATION, SETTING_TEMPLATES } from '../state.js';
import { missing, readTenant, TENANT_TYPE } from '../tenant.js';

export const entraLockoutDurationSufficient: Check = {
  meta: {
    id: 'azure.entra.lockout-duration-sufficient',
    title: 'Smart lockout lasts at least 60 seconds',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'low',
    requires: [ENTRA_ORGANIZATION, ENTRA_DIRECTORY_SETTINGS],
    rationale:
      'Reads LockoutDurationInSeconds of the "Password Rule Settings" directory setting (how long a first lockout lasts; Entra lengthens later ones). Passes when at least lockoutDurationMinSeconds (60); without a setting object the template default of 60 applies and passes, said so. A non-numeric value is an error.',
    remediation: {
      text: 'Set the lockout duration to 60 seconds or more in Entra ID > Security > Authentication methods > Password protection.',
    },
  },
  evaluate(ctx) {
    const limit = paramsOf(ctx, 'azure.entra', ENTRA_PARAMS).lockoutDurationMinSeconds;
    return readTenant(ctx, ENTRA_DIRECTORY_SETTINGS, (settings, tenant) => {
      const s = settingValue(settings, SETTING_TEMPLATES.passwordRules, 'LockoutDurationInSeconds', '60');
      const n = Number(s.value);
      if (!Number.isInteger(n)) {
        const a = GRAPH_APIS.directorySettings;
        return [errorFinding(tenant, missing(a.api, a.actions.join(', '), `LockoutDurationInSeconds is "${s.value}", not a number`))];
      }
      const observed = { LockoutDurationInSeconds: n, limit, templateDefault: s.defaulted };
      return [
        n >= limit
          ? pass(tenant, 'within', `LockoutDurationInSeconds is ${n}${s.defaulted ? ' (default)' : ''}.`, observed)
          : fail(tenant, 'outside', `LockoutDurationInSeconds is ${n}; at least ${limit} wanted.`, observed),
      ];
    });
  },
};
