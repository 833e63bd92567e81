import type { AwsService } from '../../service.js';
import { ecrRepositoryCmkEncrypted } from './checks/aws.ecr.repository-cmk-encrypted.js';
import { ecrRepositoryLifecyclePolicyPresent } from './checks/aws.ecr.repository-lifecycle-policy-present.js';
import { ecrRepositoryPolicyNotPublic } from './checks/aws.ecr.repository-policy-not-public.js';
import { ecrRepositoryScanOnPush } from './checks/aws.ecr.repository-scan-on-push.js';
import { ecrRepositoryTagImmutable } from './checks/aws.ecr.repository-tag-immutable.js';
import { ecrCollectors } from './collect.js';
import { demo } from './demo.js';

export const ecr: AwsService = {
  id: 'ecr',
  collectors: ecrCollectors,
  checks: [
    ecrRepositoryCmkEncrypted,
    ecrRepositoryLifecyclePolicyPresent,
    ecrRepositoryPolicyNotPublic,
    ecrRepositoryScanOnPush,
    ecrRepositoryTagImmutable,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
