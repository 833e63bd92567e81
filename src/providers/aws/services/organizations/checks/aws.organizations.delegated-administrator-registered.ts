import type { Check } from '../../../../../model/check.js';
import { fail, notApplicable, pass, readGlobal } from '../../../../check-kit.js';
import { organizationResource } from '../scp-kit.js';
import { ORGANIZATIONS_DELEGATED_ADMINS } from '../state.js';

export const organizationsDelegatedAdministratorRegistered: Check = {
  meta: {
    id: 'aws.organizations.delegated-administrator-registered',
    title: 'Organisation-integrated services are administered from delegated member accounts',
    provider: 'aws',
    service: 'organizations',
    resourceType: 'AWS::Organizations::Organization',
    severity: 'low',
    requires: [ORGANIZATIONS_DELEGATED_ADMINS],
    rationale:
      'One organisation-level result from ListDelegatedAdministrators, read in the management account. Passes when at least one member account is ' +
      'registered as a delegated administrator, naming them; fails when none is, which means every organisation-wide security service is run from ' +
      'the management account, the one account SCPs cannot restrict. Which services ought to be delegated, and whether each delegate is a security ' +
      'or logging account, stays for a person (CIS 2.1.5 and 2.1.6 are manual). Other accounts are not_applicable.',
    remediation: {
      text: 'Register a security or logging member account as delegated administrator for CloudTrail, GuardDuty, Security Hub, Config and the other services in use.',
      cli: 'aws organizations register-delegated-administrator --account-id <security-account> --service-principal <service>.amazonaws.com',
    },
    cis: ['2.1.6'],
  },
  evaluate(ctx) {
    const org = organizationResource(ctx);
    return readGlobal(ctx, ORGANIZATIONS_DELEGATED_ADMINS, org, (d) => {
      if (d.scope !== 'management')
        return [notApplicable(org, 'not-management-account', 'Delegated administrators are judged in the management account.', {})];
      if (!d.accounts.length)
        return [
          fail(
            org,
            'no-delegated-administrator',
            'No member account is a delegated administrator; services run from the management account.',
            {},
          ),
        ];
      return [
        pass(org, 'delegated-administrators', `Delegated administrators: ${d.accounts.map((a) => `${a.name} (${a.id})`).join(', ')}.`, {
          accounts: d.accounts.map((a) => a.id),
        }),
      ];
    });
  },
};
