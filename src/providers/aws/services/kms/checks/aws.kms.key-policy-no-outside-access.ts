import type { Check } from '../../../../../model/check.js';
import {
  accountResource,
  all,
  awsResource,
  errorFinding,
  lookup,
  notApplicable,
  readFetched,
  readRegional,
} from '../../../../check-kit.js';
import { OUTSIDE_ACCESS_SEMANTICS, outsideAccessFinding } from '../../../policy/exposure-finding.js';
import { ORGANIZATIONS_MEMBERSHIP } from '../../organizations/state.js';
import { KMS_KEY_POLICIES, KMS_KEYS, kmsKeyArn } from '../state.js';

const TYPE = 'AWS::KMS::Key';

export const kmsKeyPolicyNoOutsideAccess: Check = {
  meta: {
    id: 'aws.kms.key-policy-no-outside-access',
    title: 'KMS key policies grant nothing outside the account or its organisation',
    provider: 'aws',
    service: 'kms',
    resourceType: TYPE,
    severity: 'high',
    requires: [KMS_KEYS, KMS_KEY_POLICIES, ORGANIZATIONS_MEMBERSHIP],
    rationale:
      "Fails when a customer-managed key's policy lets principals of another account, or the public, use the key; any KMS action counts (a Decrypt exposes the data, an Encrypt, CreateGrant or ReEncrypt lets outsiders use or delegate the key). " +
      `${OUTSIDE_ACCESS_SEMANTICS} AWS-managed keys are not applicable (AWS writes their policies). A policy that could not be read is an error.`,
    remediation: {
      text: 'Remove the other accounts from the key policy, or limit the grant with aws:PrincipalOrgID to your organisation; use grants with constraints for short-lived cross-account use.',
      console: 'KMS → Customer managed keys → key → Key policy → Edit',
      cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://policy.json',
    },
  },
  evaluate(ctx) {
    const acct = ctx.snapshot.account;
    const org = readFetched(ctx, ORGANIZATIONS_MEMBERSHIP);
    return readRegional(
      ctx,
      KMS_KEYS,
      (region) => accountResource(ctx, TYPE, region),
      (keys, region) =>
        Object.entries(keys).map(([keyId, described]) => {
          const arn = described.ok ? described.value.arn : kmsKeyArn(ctx.snapshot.partition, region, acct, keyId);
          const resource = awsResource(ctx, TYPE, region, arn, keyId);
          if (!described.ok) return errorFinding(resource, described.error);
          if (described.value.keyManager !== 'CUSTOMER')
            return notApplicable(resource, 'aws-managed', `Key ${keyId} is AWS-managed; AWS controls its policy.`);
          const got = all(resource, [lookup(ctx, KMS_KEY_POLICIES, keyId, region)]);
          if (!got.ok) return got.finding;
          return outsideAccessFinding(resource, `Key ${keyId}'s policy`, got.values[0], acct, org);
        }),
    );
  },
};
