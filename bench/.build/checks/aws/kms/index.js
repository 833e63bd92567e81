import { kmsKeyPolicyNotPublic } from './aws.kms.key-policy-not-public.js';
import { kmsKeyRotationEnabled } from './aws.kms.key-rotation-enabled.js';
export const kmsChecks = [kmsKeyPolicyNotPublic, kmsKeyRotationEnabled];
