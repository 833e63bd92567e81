import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { ACCOUNT_SECURITY_CONTACT } from '../state.js';
import { accountSecurityContactRegistered } from './aws.account.security-contact-registered.js';

const all = { hasName: true, hasEmail: true, hasPhone: true };

export const table: CheckCases = {
  check: accountSecurityContactRegistered,
  cases: [
    {
      name: 'passes with a complete security contact',
      snapshot: snapshot().global(ACCOUNT_SECURITY_CONTACT, all),
      expected: [['pass', 'security-contact-registered']],
    },
    {
      name: 'fails when none is registered',
      snapshot: snapshot().global(ACCOUNT_SECURITY_CONTACT, null),
      expected: [['fail', 'no-security-contact']],
    },
    {
      name: 'fails when the contact has no email address',
      snapshot: snapshot().global(ACCOUNT_SECURITY_CONTACT, { ...all, hasEmail: false }),
      expected: [['fail', 'security-contact-incomplete']],
    },
    {
      name: 'is an error when the contact cannot be read',
      snapshot: snapshot().global(ACCOUNT_SECURITY_CONTACT, denied('account:GetAlternateContact')),
      expected: [['error', 'error.denied']],
    },
  ],
};
