import { errorFinding, lookup } from '../../../../check-kit.js';
import { PUBLIC_ACCESS_SEMANTICS, publicPolicyFinding } from '../../../policy/public-finding.js';
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
      "Fails when the secret's resource policy lets the public use it: any AWS account could then read or change it, subject only to the key policy. " +
      "Passes with no policy (only the account's own principals, by their IAM policies) or a policy that is not public. " +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Replace the wildcard principal with named accounts or roles, or add an aws:PrincipalOrgID condition.',
      cli: 'aws secretsmanager put-resource-policy --secret-id <arn> --resource-policy file://policy.json --block-public-policy',
    },
  },
  SECRETS,
  (s, r, ctx, region) => {
    const got = lookup(ctx, SECRET_POLICIES, s.arn, region);
    return got.ok ? publicPolicyFinding(r, `Secret ${s.name}`, got.value) : errorFinding(r, got.error);
  },
);
