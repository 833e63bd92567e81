import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, notApplicable, pass, readGlobal } from '../../../../check-kit.js';
import { IAM_ORGANIZATIONS_FEATURES } from '../state.js';

export const iamRootAccessCentrallyManaged: Check = {
  meta: {
    id: 'aws.iam.root-access-centrally-managed',
    title: "Root credentials of the organisation's member accounts are managed centrally",
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::::Account',
    severity: 'medium',
    requires: [IAM_ORGANIZATIONS_FEATURES],
    rationale:
      'One account-level result from iam:ListOrganizationsFeatures, which answers in the management account or the delegated administrator. ' +
      'Passes when RootCredentialsManagement is among the enabled features; fails when it is not, or when trusted access for IAM in ' +
      'Organizations is off (ServiceAccessNotEnabledException), since then the feature cannot be on. A member account ' +
      '(AccountNotManagementOrDelegatedAdministratorException) and an account outside any organisation are not_applicable: the setting lives in ' +
      "the management account's scan. With central management, member accounts need no long-lived root password, keys or MFA device to " +
      'guard. Whether the delegated administrator is a security account stays for a person to confirm (CIS keeps the item manual).',
    remediation: {
      text: 'From the management account, enable root credentials management (and optionally privileged root actions) for member accounts.',
      console: 'IAM → Root access management → Enable',
      cli: 'aws organizations enable-aws-service-access --service-principal iam.amazonaws.com && aws iam enable-organizations-root-credentials-management',
    },
    cis: ['2.1.1'],
  },
  evaluate(ctx) {
    const account = accountResource(ctx);
    return readGlobal(ctx, IAM_ORGANIZATIONS_FEATURES, account, (f) => {
      switch (f.scope) {
        case 'member-account':
          return [
            notApplicable(account, 'member-account', 'This is a member account; central root access is set in the management account.', {}),
          ];
        case 'no-organization':
          return [notApplicable(account, 'no-organization', 'The account belongs to no organisation.', {})];
        case 'trusted-access-off':
          return [
            fail(
              account,
              'iam-trusted-access-off',
              'Trusted access for IAM in Organizations is off, so root credentials are not managed centrally.',
              {},
            ),
          ];
        case 'organization':
          return f.enabledFeatures.includes('RootCredentialsManagement')
            ? [
                pass(account, 'root-credentials-managed', `Root credentials management is enabled (${f.enabledFeatures.join(', ')}).`, {
                  enabledFeatures: f.enabledFeatures,
                }),
              ]
            : [
                fail(account, 'root-credentials-not-managed', 'Root credentials management is not enabled for member accounts.', {
                  enabledFeatures: f.enabledFeatures,
                }),
              ];
      }
    });
  },
};
