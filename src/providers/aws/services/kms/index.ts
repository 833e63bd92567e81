import type { AwsService } from '../../service.js';
import { kmsKeyPolicyNoOutsideAccess } from './checks/aws.kms.key-policy-no-outside-access.js';
import { kmsKeyPolicyNotPublic } from './checks/aws.kms.key-policy-not-public.js';
import { kmsKeyRotationEnabled } from './checks/aws.kms.key-rotation-enabled.js';
import { kmsCollectors } from './collect.js';
import { demoKms } from './demo.js';

export const kms: AwsService = {
  id: 'kms',
  collectors: kmsCollectors,
  // Sorted by id.
  checks: [kmsKeyPolicyNoOutsideAccess, kmsKeyPolicyNotPublic, kmsKeyRotationEnabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoKms,
};
