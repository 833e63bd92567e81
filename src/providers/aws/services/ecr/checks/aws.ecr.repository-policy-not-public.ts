import type { Check } from '../../../../../model/check.js';
import { all, lookup } from '../../../../check-kit.js';
import { PUBLIC_ACCESS_SEMANTICS, publicPolicyFinding } from '../../../policy/public-finding.js';
import { eachRegional } from '../../resource-kit.js';
import { ECR_REPOSITORIES, ECR_REPOSITORY_POLICIES } from '../state.js';

const TYPE = 'AWS::ECR::Repository';

export const ecrRepositoryPolicyNotPublic: Check = {
  meta: {
    id: 'aws.ecr.repository-policy-not-public',
    title: 'ECR repository policies do not grant access to everyone',
    provider: 'aws',
    service: 'ecr',
    resourceType: TYPE,
    severity: 'high',
    requires: [ECR_REPOSITORIES, ECR_REPOSITORY_POLICIES],
    rationale:
      'Fails when the repository policy lets the public use the repository: any AWS account could then pull (and, with push actions, replace) ' +
      'the images. Passes without such a statement, or without a policy. An unreadable policy is an error. ' +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Name the accounts that may pull, or pin the statement with aws:PrincipalOrgID; publish public images through ECR Public instead.',
      console: 'ECR → repository → Permissions → Edit policy JSON',
      cli: 'aws ecr set-repository-policy --repository-name <name> --policy-text file://policy.json',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, ECR_REPOSITORIES, TYPE, (r, resource, region) => {
      const got = all(resource, [lookup(ctx, ECR_REPOSITORY_POLICIES, r.name, region)]);
      return got.ok ? publicPolicyFinding(resource, `Repository ${r.name}`, got.values[0]) : got.finding;
    });
  },
};
