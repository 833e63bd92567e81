import type { AwsService } from '../../service.js';
import { efsAccessPointRootDirectoryEnforced } from './checks/aws.efs.access-point-root-directory-enforced.js';
import { efsAccessPointUserIdentityEnforced } from './checks/aws.efs.access-point-user-identity-enforced.js';
import { efsBackupPolicyEnabled } from './checks/aws.efs.backup-policy-enabled.js';
import { efsFileSystemEncrypted } from './checks/aws.efs.file-system-encrypted.js';
import { efsFileSystemPolicyNotPublic } from './checks/aws.efs.file-system-policy-not-public.js';
import { efsCollectors } from './collect.js';
import { efsDemo } from './demo.js';

export const efs: AwsService = {
  id: 'efs',
  collectors: efsCollectors,
  checks: [
    efsAccessPointRootDirectoryEnforced,
    efsAccessPointUserIdentityEnforced,
    efsBackupPolicyEnabled,
    efsFileSystemEncrypted,
    efsFileSystemPolicyNotPublic,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: efsDemo,
};
