import type { AwsService } from '../../service.js';
import { secretsManagerSecretCmkEncrypted } from './checks/aws.secretsmanager.secret-cmk-encrypted.js';
import { secretsManagerSecretPolicyNotPublic } from './checks/aws.secretsmanager.secret-policy-not-public.js';
import { secretsManagerSecretRecentlyUsed } from './checks/aws.secretsmanager.secret-recently-used.js';
import { secretsManagerSecretRotatedRecently } from './checks/aws.secretsmanager.secret-rotated-recently.js';
import { secretsManagerSecretRotationEnabled } from './checks/aws.secretsmanager.secret-rotation-enabled.js';
import { secretsManagerCollectors } from './collect.js';
import { secretsManagerDemo } from './demo.js';

export const secretsmanager: AwsService = {
  id: 'secretsmanager',
  collectors: secretsManagerCollectors,
  checks: [
    secretsManagerSecretCmkEncrypted,
    secretsManagerSecretPolicyNotPublic,
    secretsManagerSecretRecentlyUsed,
    secretsManagerSecretRotatedRecently,
    secretsManagerSecretRotationEnabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: secretsManagerDemo,
};
