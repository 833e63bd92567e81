import type { Check } from '../../../../../model/check.js';
import type { CheckParams } from '../../../../../model/params.js';
import { accountResource, fail, pass, readGlobal } from '../../../../check-kit.js';
import { IAM_PASSWORD_POLICY, type PasswordPolicy } from '../state.js';

/** The requirements the policy misses, by short name. */
function shortfalls(p: PasswordPolicy, params: CheckParams): string[] {
  const missing: string[] = [];
  if ((p.minimumPasswordLength ?? 0) < params.passwordMinLength) missing.push('minimum-length');
  if ((p.passwordReusePrevention ?? 0) < params.passwordReusePrevention) missing.push('reuse-prevention');
  if (!p.requireUppercase) missing.push('uppercase');
  if (!p.requireLowercase) missing.push('lowercase');
  if (!p.requireNumbers) missing.push('numbers');
  if (!p.requireSymbols) missing.push('symbols');
  const maxAge = params.passwordMaxAgeDays;
  if (maxAge !== null && (p.maxPasswordAge === null || p.maxPasswordAge > maxAge)) missing.push('max-age');
  return missing;
}

export const iamPasswordPolicyStrong: Check = {
  meta: {
    id: 'aws.iam.password-policy-strong',
    title: 'The IAM password policy requires strong passwords',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::::Account',
    severity: 'medium',
    requires: [IAM_PASSWORD_POLICY],
    rationale:
      'Passes when the account password policy requires a minimum length of at least params.passwordMinLength (default 14), remembers at least ' +
      'params.passwordReusePrevention previous passwords (default 24), requires upper- and lower-case letters, numbers and symbols, and, only when ' +
      'params.passwordMaxAgeDays is set, expires passwords within that many days. Fails listing each missed requirement; an account with no custom ' +
      "policy fails too, because AWS's default policy enforces none of these. Weak or reused IAM user passwords are the easiest way into the console.",
    remediation: {
      text: 'Set an account password policy that meets the thresholds (or, better, move people to IAM Identity Center and remove IAM user passwords).',
      console: 'IAM → Account settings → Password policy → Edit',
      cli: 'aws iam update-account-password-policy --minimum-password-length 14 --password-reuse-prevention 24 --require-uppercase-characters --require-lowercase-characters --require-numbers --require-symbols',
    },
    cis: ['2.8', '2.9'],
  },
  evaluate(ctx) {
    const account = accountResource(ctx);
    return readGlobal(ctx, IAM_PASSWORD_POLICY, account, (policy) => {
      if (policy === null) {
        return [
          fail(account, 'no-password-policy', 'The account has no IAM password policy; AWS defaults apply.', { passwordPolicy: null }),
        ];
      }
      const failed = shortfalls(policy, ctx.params);
      const observed = {
        minimumPasswordLength: policy.minimumPasswordLength,
        passwordReusePrevention: policy.passwordReusePrevention,
        requireUppercase: policy.requireUppercase,
        requireLowercase: policy.requireLowercase,
        requireNumbers: policy.requireNumbers,
        requireSymbols: policy.requireSymbols,
        maxPasswordAge: policy.maxPasswordAge,
      };
      return failed.length
        ? [fail(account, 'password-policy-weak', `The IAM password policy misses: ${failed.join(', ')}.`, { failed, ...observed })]
        : [pass(account, 'password-policy-strong', 'The IAM password policy meets every requirement.', observed)];
    });
  },
};
