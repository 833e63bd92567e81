import type { Check } from '../../../../../model/check.js';
import { fail, pass, readGlobal } from '../../../../check-kit.js';
import { rootResource } from '../iam-kit.js';
import { IAM_ACCOUNT_SUMMARY } from '../state.js';

export const iamRootNoAccessKeys: Check = {
  meta: {
    id: 'aws.iam.root-no-access-keys',
    title: 'The root user has no access keys',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::::Account',
    severity: 'critical',
    requires: [IAM_ACCOUNT_SUMMARY],
    rationale:
      'Passes when the account summary reports AccountAccessKeysPresent = 0; fails when the root user has any access key, active or inactive ' +
      '(an inactive key can be re-activated). The live account summary is used rather than the credential report, which may be hours old. ' +
      'Root access keys give unrestricted, long-lived programmatic control of the account and cannot be limited by IAM policy.',
    remediation: {
      text: 'Sign in as the root user, move any automation to IAM roles, then delete the root access keys.',
      console: 'Account menu → Security credentials → Access keys → Actions → Delete',
    },
    cis: ['2.4'],
  },
  evaluate(ctx) {
    const root = rootResource(ctx);
    return readGlobal(ctx, IAM_ACCOUNT_SUMMARY, root, (s) => [
      s.accountAccessKeysPresent
        ? fail(root, 'root-keys-present', 'The root user has access keys.', { accountAccessKeysPresent: true })
        : pass(root, 'root-no-keys', 'The root user has no access keys.', { accountAccessKeysPresent: false }),
    ]);
  },
};
