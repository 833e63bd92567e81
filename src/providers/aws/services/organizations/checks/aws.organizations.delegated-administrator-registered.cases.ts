import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { ORGANIZATIONS_DELEGATED_ADMINS } from '../state.js';
import { organizationsDelegatedAdministratorRegistered } from './aws.organizations.delegated-administrator-registered.js';

export const table: CheckCases = {
  check: organizationsDelegatedAdministratorRegistered,
  cases: [
    {
      name: 'passes with a delegated security account',
      snapshot: snapshot().global(ORGANIZATIONS_DELEGATED_ADMINS, {
        scope: 'management',
        accounts: [{ id: '222233334444', name: 'security' }],
      }),
      expected: [['pass', 'delegated-administrators']],
    },
    {
      name: 'fails when no account is delegated',
      snapshot: snapshot().global(ORGANIZATIONS_DELEGATED_ADMINS, { scope: 'management', accounts: [] }),
      expected: [['fail', 'no-delegated-administrator']],
    },
    {
      name: 'is not applicable in a member account',
      snapshot: snapshot().global(ORGANIZATIONS_DELEGATED_ADMINS, { scope: 'not-management' }),
      expected: [['not_applicable', 'not-management-account']],
    },
    {
      name: 'is an error when the listing is denied',
      snapshot: snapshot().global(ORGANIZATIONS_DELEGATED_ADMINS, denied('organizations:ListDelegatedAdministrators')),
      expected: [['error', 'error.denied']],
    },
  ],
};
