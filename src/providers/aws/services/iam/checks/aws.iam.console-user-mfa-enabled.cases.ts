import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_CREDENTIAL_REPORT } from '../state.js';
import { iamConsoleUserMfaEnabled as check } from './aws.iam.console-user-mfa-enabled.js';
import { consoleUser, root, user, withReport } from './builders.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'console user with MFA passes',
      snapshot: withReport(consoleUser('alice', { mfaActive: true })),
      expected: [['pass', 'console-mfa-on']],
    },
    { name: 'console user without MFA fails', snapshot: withReport(consoleUser('bob')), expected: [['fail', 'console-mfa-off']] },
    {
      name: 'user without a password is not applicable',
      snapshot: withReport(user('ci-deploy')),
      expected: [['not_applicable', 'no-console-password']],
    },
    {
      name: 'root row is left to the root checks',
      snapshot: withReport(root({ mfaActive: false }), consoleUser('alice', { mfaActive: true })),
      expected: [['pass', 'console-mfa-on']],
    },
    {
      name: 'unknown password state is an error',
      snapshot: withReport(user('odd', { passwordEnabled: null })),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'denied report is an error',
      snapshot: snapshot().global(IAM_CREDENTIAL_REPORT, denied('iam:GetCredentialReport')),
      expected: [['error', 'error.denied']],
    },
  ],
};
