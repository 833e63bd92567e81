import type { Check } from '../../../../../model/check.js';
import { accountResource, all, awsResource, errorFinding, fail, lookup, notApplicable, pass, readRegional } from '../../../../check-kit.js';
import { PUBLIC_ACCESS_SEMANTICS, publicStatements } from '../../../policy/public-finding.js';
import { KMS_KEY_POLICIES, KMS_KEYS, kmsKeyArn } from '../state.js';

const TYPE = 'AWS::KMS::Key';

export const kmsKeyPolicyNotPublic: Check = {
  meta: {
    id: 'aws.kms.key-policy-not-public',
    title: 'KMS key policies do not grant access to everyone',
    provider: 'aws',
    service: 'kms',
    resourceType: TYPE,
    severity: 'critical',
    requires: [KMS_KEYS, KMS_KEY_POLICIES],
    rationale:
      "Fails when a customer-managed key's policy lets the public use the key. " +
      'Any KMS action counts, not only kms:* : a public Decrypt exposes the data the key protects, and a public Encrypt, CreateGrant ' +
      'or ReEncrypt lets outsiders use or delegate the key. kms:CallerAccount fixed to named accounts pins a statement, as in the ' +
      'policies AWS writes for service keys. Passes otherwise. AWS-managed keys are not applicable (AWS writes and ' +
      'pins their policies). A policy that could not be read is an error. ' +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Replace the wildcard principal with the account or role ARNs that need the key, or add a condition such as aws:PrincipalOrgID or kms:CallerAccount with exact values.',
      console: 'KMS → Customer managed keys → key → Key policy → Edit',
      cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://policy.json',
    },
    cis: ['2.21'],
  },
  evaluate(ctx) {
    const acct = ctx.snapshot.account;
    return readRegional(
      ctx,
      KMS_KEYS,
      (region) => accountResource(ctx, TYPE, region),
      (keys, region) =>
        Object.entries(keys).map(([keyId, described]) => {
          const arn = described.ok ? described.value.arn : kmsKeyArn(ctx.snapshot.partition, region, acct, keyId);
          const resource = awsResource(ctx, TYPE, region, arn, keyId);
          if (!described.ok) return errorFinding(resource, described.error);
          if (described.value.keyManager !== 'CUSTOMER') {
            return notApplicable(resource, 'aws-managed', `Key ${keyId} is AWS-managed; AWS controls its policy.`, {
              keyManager: described.value.keyManager,
            });
          }
          const got = all(resource, [lookup(ctx, KMS_KEY_POLICIES, keyId, region)]);
          if (!got.ok) return got.finding;
          const open = publicStatements(got.values[0], resource);
          if (open.length === 0)
            return pass(resource, 'policy-not-public', `Key ${keyId}'s policy grants nothing to everyone.`, { publicStatements: [] });
          const observed = { publicStatements: open };
          return fail(
            resource,
            'policy-public',
            `Key ${keyId}'s policy lets any principal in any account use it (${open.length} statement${open.length > 1 ? 's' : ''}).`,
            observed,
          );
        }),
    );
  },
};
