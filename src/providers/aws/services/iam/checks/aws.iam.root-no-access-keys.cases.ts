import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_ACCOUNT_SUMMARY } from '../state.js';
import { iamRootNoAccessKeys as check } from './aws.iam.root-no-access-keys.js';

const summary = (accountAccessKeysPresent: boolean) =>
  snapshot().global(IAM_ACCOUNT_SUMMARY, { accountMfaEnabled: true, accountAccessKeysPresent });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no root keys passes', snapshot: summary(false), expected: [['pass', 'root-no-keys']] },
    { name: 'root keys present fails', snapshot: summary(true), expected: [['fail', 'root-keys-present']] },
    {
      name: 'denied summary is an error',
      snapshot: snapshot().global(IAM_ACCOUNT_SUMMARY, denied('iam:GetAccountSummary')),
      expected: [['error', 'error.denied']],
    },
  ],
};
