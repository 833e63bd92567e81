import type { Check } from '../../../../../model/check.js';
import { GLOBAL } from '../../../../../model/keys.js';
import { accountResource, awsResource, fail, notApplicable, pass, readGlobal } from '../../../../check-kit.js';
import { trustExposure } from '../../../policy/index.js';
import { serviceLinked } from '../effective.js';
import { IAM_AUTHORIZATION_DETAILS } from '../state.js';

export const iamRoleTrustNotOpen: Check = {
  meta: {
    id: 'aws.iam.role-trust-not-open',
    title: 'Role trust policies do not let any account, or a third party without an external id, assume the role',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::Role',
    severity: 'high',
    requires: [IAM_AUTHORIZATION_DETAILS],
    rationale:
      'One finding per role (service-linked roles, whose trust AWS writes, are not applicable). The trust policy is judged by the policy evaluator for sts:AssumeRole. ' +
      'Fails when a wildcard principal ("*", {"AWS": "*"}, NotPrincipal) can assume it and no fixed-value condition (aws:PrincipalOrgID, aws:PrincipalAccount, aws:PrincipalArn, aws:SourceIp…) narrows who; conditions such as MFA do not narrow who, and …IfExists forms do not narrow at all. ' +
      'Also fails when another account may assume it without having to present sts:ExternalId (a statement that still applies to a request without the key, as StringEqualsIfExists does): a third party serving several customers can then be tricked into using the role for someone else (the confused deputy). ' +
      'Passes when only this account, AWS services or federated providers are trusted, or other accounts must present an external id.',
    remediation: {
      text: 'Name the exact accounts or roles that may assume the role; for third parties require sts:ExternalId with StringEquals; for organisation-wide trust add aws:PrincipalOrgID.',
      console: 'IAM → Roles → <role> → Trust relationships → Edit trust policy',
      cli: 'aws iam update-assume-role-policy --role-name <role> --policy-document file://trust.json',
    },
  },
  evaluate(ctx) {
    return readGlobal(ctx, IAM_AUTHORIZATION_DETAILS, accountResource(ctx), (d) =>
      d.roles.map((r) => {
        const resource = awsResource(ctx, 'AWS::IAM::Role', GLOBAL, r.arn, r.name);
        if (serviceLinked(r))
          return notApplicable(resource, 'service-linked', `Role ${r.name} is service-linked; AWS writes its trust policy.`);
        if (!r.trustPolicy) return pass(resource, 'no-trust-policy', `Role ${r.name} has no trust policy, so nobody can assume it.`);
        const t = trustExposure(r.trustPolicy, { account: ctx.snapshot.account });
        const noExternalId = t.externalAccounts.filter((a) => !a.externalId).map((a) => a.account);
        const observed = { anyAccount: t.anyAccount, statements: t.anyAccountStatements, externalAccounts: t.externalAccounts };
        if (t.anyAccount)
          return fail(
            resource,
            'any-account',
            `Role ${r.name} can be assumed from any AWS account (${t.anyAccountStatements.join(', ')}).`,
            observed,
          );
        if (noExternalId.length) {
          return fail(
            resource,
            'external-without-external-id',
            `Role ${r.name} can be assumed by account(s) ${noExternalId.join(', ')} without an external id.`,
            observed,
          );
        }
        return pass(
          resource,
          'trust-narrow',
          `Role ${r.name} trusts only named principals${t.externalAccounts.length ? ', other accounts with an external id' : ''}.`,
          observed,
        );
      }),
    );
  },
};
