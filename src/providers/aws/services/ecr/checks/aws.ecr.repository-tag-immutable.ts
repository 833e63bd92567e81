import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { ECR_REPOSITORIES } from '../state.js';

const TYPE = 'AWS::ECR::Repository';

export const ecrRepositoryTagImmutable: Check = {
  meta: {
    id: 'aws.ecr.repository-tag-immutable',
    title: 'ECR repositories have immutable image tags',
    provider: 'aws',
    service: 'ecr',
    resourceType: TYPE,
    severity: 'medium',
    requires: [ECR_REPOSITORIES],
    rationale:
      'With immutable tags a pushed tag (v1.4.2, prod) always names the same image digest; with mutable tags anyone who can push ' +
      'can silently replace what a deployment pulls. Passes for IMMUTABLE and IMMUTABLE_WITH_EXCLUSION (exclusion filters named ' +
      'by the owner stay mutable); fails for MUTABLE and MUTABLE_WITH_EXCLUSION.',
    remediation: {
      text: 'Set the repository to immutable tags and deploy by digest or by version tags.',
      console: 'ECR → repository → Edit → Tag immutability',
      cli: 'aws ecr put-image-tag-mutability --repository-name <name> --image-tag-mutability IMMUTABLE',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, ECR_REPOSITORIES, TYPE, (r, resource) =>
      r.tagMutability.startsWith('IMMUTABLE')
        ? pass(resource, 'tags-immutable', `Repository ${r.name} tags are ${r.tagMutability}.`, { tagMutability: r.tagMutability })
        : fail(resource, 'tags-mutable', `Repository ${r.name} tags can be overwritten (${r.tagMutability}).`, {
            tagMutability: r.tagMutability,
          }),
    );
  },
};
