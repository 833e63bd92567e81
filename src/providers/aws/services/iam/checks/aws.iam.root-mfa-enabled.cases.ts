import { type CheckCases, denied, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { IAM_ACCOUNT_SUMMARY } from '../state.js';
import { iamRootMfaEnabled as check } from './aws.iam.root-mfa-enabled.js';

const summary = (accountMfaEnabled: boolean) =>
  snapshot().global(IAM_ACCOUNT_SUMMARY, { accountMfaEnabled, accountAccessKeysPresent: false });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'root MFA on passes', snapshot: summary(true), expected: [['pass', 'root-mfa-on']] },
    { name: 'root MFA off fails', snapshot: summary(false), expected: [['fail', 'root-mfa-off']] },
    {
      name: 'denied summary is an error',
      snapshot: snapshot().global(IAM_ACCOUNT_SUMMARY, denied('iam:GetAccountSummary')),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'throttled summary is an error',
      snapshot: snapshot().global(IAM_ACCOUNT_SUMMARY, throttled('iam:GetAccountSummary')),
      expected: [['error', 'error.throttled']],
    },
    { name: 'summary not collected is an error', snapshot: snapshot(), expected: [['error', 'error.unknown']] },
  ],
};
