import type { Check } from '../../../../../model/check.js';
import { fail, pass, readGlobal } from '../../../../check-kit.js';
import { rootResource } from '../iam-kit.js';
import { IAM_ACCOUNT_SUMMARY } from '../state.js';

export const iamRootMfaEnabled: Check = {
  meta: {
    id: 'aws.iam.root-mfa-enabled',
    title: 'The root user has MFA enabled',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::::Account',
    severity: 'critical',
    requires: [IAM_ACCOUNT_SUMMARY],
    rationale:
      'Passes when the account summary reports AccountMFAEnabled = 1, i.e. an MFA device is assigned to the root user; fails otherwise. ' +
      'The account summary is read live, whereas the credential report may be up to four hours old, so it is the better source for a yes/no on root MFA. ' +
      'The root user cannot be restricted by IAM policy; a password alone is a single phishable factor guarding the whole account.',
    remediation: {
      text: 'Sign in as the root user and assign an MFA device (a hardware key is preferable for root).',
      console: 'Account menu → Security credentials → Multi-factor authentication (MFA) → Assign MFA device',
    },
    cis: ['2.5'],
  },
  evaluate(ctx) {
    const root = rootResource(ctx);
    return readGlobal(ctx, IAM_ACCOUNT_SUMMARY, root, (s) => [
      s.accountMfaEnabled
        ? pass(root, 'root-mfa-on', 'The root user has MFA enabled.', { accountMfaEnabled: true })
        : fail(root, 'root-mfa-off', 'The root user has no MFA device.', { accountMfaEnabled: false }),
    ]);
  },
};
