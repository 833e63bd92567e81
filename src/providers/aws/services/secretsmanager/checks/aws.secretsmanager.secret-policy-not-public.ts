import { errorFinding, fail, lookup, pass } from '../../../../check-kit.js';
import { allowsEveryone } from '../../../iam-policy.js';
import { eachResource } from '../../each-resource.js';
import { SECRET_POLICIES, SECRETS } from '../state.js';

export const secretsManagerSecretPolicyNotPublic = eachResource(
  {
    id: 'aws.secretsmanager.secret-policy-not-public',
    title: 'Secrets Manager secret policies do not grant access to everyone',
    service: 'secretsmanager',
    resourceType: 'AWS::SecretsManager::Secret',
    severity: 'critical',
    requires: [SECRETS, SECRET_POLICIES],
    rationale:
      'Fails when the secret\'s resource policy has an Allow statement for every principal ("*" or NotPrincipal) with no condition ' +
      'pinning the caller to an account, organisation, network or source (aws:PrincipalOrgID, aws:PrincipalAccount, aws:SourceVpce ' +
      'and the like, with exact values): any AWS account could then read or change it, subject only to the key policy. Passes ' +
      "with no policy (only the account's own principals, by their IAM policies) or a policy for named principals.",
    remediation: {
      text: 'Replace the wildcard principal with named accounts or roles, or add an aws:PrincipalOrgID condition.',
      cli: 'aws secretsmanager put-resource-policy --secret-id <arn> --resource-policy file://policy.json --block-public-policy',
    },
  },
  SECRETS,
  (s, r, ctx, region) => {
    const got = lookup(ctx, SECRET_POLICIES, s.arn, region);
    if (!got.ok) return errorFinding(r, got.error);
    const open = (got.value?.statements ?? []).filter(allowsEveryone);
    if (open.length === 0)
      return pass(r, 'not-public', `Secret ${s.name}'s policy grants nothing to everyone.`, { hasPolicy: got.value !== null });
    return fail(
      r,
      'policy-public',
      `Secret ${s.name}'s policy allows any principal (${open.length} statement${open.length > 1 ? 's' : ''}).`,
      {
        publicStatements: open.map((st) => st.sid ?? '(no Sid)'),
      },
    );
  },
);
