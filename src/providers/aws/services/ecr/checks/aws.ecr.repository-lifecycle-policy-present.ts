import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { ECR_LIFECYCLE_POLICIES, ECR_REPOSITORIES } from '../state.js';

const TYPE = 'AWS::ECR::Repository';

export const ecrRepositoryLifecyclePolicyPresent: Check = {
  meta: {
    id: 'aws.ecr.repository-lifecycle-policy-present',
    title: 'ECR repositories expire old images with a lifecycle policy',
    provider: 'aws',
    service: 'ecr',
    resourceType: TYPE,
    severity: 'low',
    requires: [ECR_REPOSITORIES, ECR_LIFECYCLE_POLICIES],
    rationale:
      'A lifecycle policy with at least one rule removes untagged and superseded images, so outdated images with known ' +
      'vulnerabilities are not kept around to be pulled again. Passes with a policy of one or more rules; fails without one (or ' +
      'with no rules). An unreadable policy is an error.',
    remediation: {
      text: 'Add a lifecycle policy that expires untagged images and keeps only the recent releases.',
      console: 'ECR → repository → Lifecycle policy → Create rule',
      cli: 'aws ecr put-lifecycle-policy --repository-name <name> --lifecycle-policy-text file://lifecycle.json',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, ECR_REPOSITORIES, TYPE, (r, resource, region) => {
      const got = all(resource, [lookup(ctx, ECR_LIFECYCLE_POLICIES, r.name, region)]);
      if (!got.ok) return got.finding;
      const [policy] = got.values;
      return policy && policy.rules > 0
        ? pass(resource, 'lifecycle-present', `Repository ${r.name} has a lifecycle policy with ${policy.rules} rule(s).`, {
            rules: policy.rules,
          })
        : fail(resource, 'lifecycle-missing', `Repository ${r.name} has no lifecycle rules.`, { rules: policy?.rules ?? 0 });
    });
  },
};
