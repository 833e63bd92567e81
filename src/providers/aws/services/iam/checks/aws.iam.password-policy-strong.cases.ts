import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_PASSWORD_POLICY, type PasswordPolicy } from '../state.js';
import { iamPasswordPolicyStrong as check } from './aws.iam.password-policy-strong.js';

const strong: PasswordPolicy = {
  minimumPasswordLength: 14,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercase: true,
  requireLowercase: true,
  passwordReusePrevention: 24,
  maxPasswordAge: null,
  allowUsersToChangePassword: true,
  hardExpiry: false,
};
const policy = (o: Partial<PasswordPolicy> = {}) => snapshot().global(IAM_PASSWORD_POLICY, { ...strong, ...o });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'CIS-strength policy passes', snapshot: policy(), expected: [['pass', 'password-policy-strong']] },
    { name: 'length 8 fails', snapshot: policy({ minimumPasswordLength: 8 }), expected: [['fail', 'password-policy-weak']] },
    {
      name: 'no reuse prevention fails',
      snapshot: policy({ passwordReusePrevention: null }),
      expected: [['fail', 'password-policy-weak']],
    },
    { name: 'no symbols fails', snapshot: policy({ requireSymbols: false }), expected: [['fail', 'password-policy-weak']] },
    {
      name: 'no expiry passes while passwordMaxAgeDays is null',
      snapshot: policy({ maxPasswordAge: null }),
      expected: [['pass', 'password-policy-strong']],
    },
    {
      name: 'no expiry fails when passwordMaxAgeDays is set',
      snapshot: policy({ maxPasswordAge: null }),
      params: { passwordMaxAgeDays: 90 },
      expected: [['fail', 'password-policy-weak']],
    },
    {
      name: 'expiry longer than passwordMaxAgeDays fails',
      snapshot: policy({ maxPasswordAge: 180 }),
      params: { passwordMaxAgeDays: 90 },
      expected: [['fail', 'password-policy-weak']],
    },
    {
      name: 'expiry within passwordMaxAgeDays passes',
      snapshot: policy({ maxPasswordAge: 60 }),
      params: { passwordMaxAgeDays: 90 },
      expected: [['pass', 'password-policy-strong']],
    },
    {
      name: 'thresholds come from params',
      snapshot: policy({ minimumPasswordLength: 12, passwordReusePrevention: 5 }),
      params: { passwordMinLength: 12, passwordReusePrevention: 5 },
      expected: [['pass', 'password-policy-strong']],
    },
    { name: 'no policy set fails', snapshot: snapshot().global(IAM_PASSWORD_POLICY, null), expected: [['fail', 'no-password-policy']] },
    {
      name: 'denied policy read is an error',
      snapshot: snapshot().global(IAM_PASSWORD_POLICY, denied('iam:GetAccountPasswordPolicy')),
      expected: [['error', 'error.denied']],
    },
  ],
};
