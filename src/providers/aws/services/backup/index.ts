import type { AwsService } from '../../service.js';
import { backupPlanCrossRegionCopy } from './checks/aws.backup.plan-cross-region-copy.js';
import { backupPlanSelectionPresent } from './checks/aws.backup.plan-selection-present.js';
import { backupPlansPresent } from './checks/aws.backup.plans-present.js';
import { backupVaultLocked } from './checks/aws.backup.vault-locked.js';
import { backupVaultPolicyNotPublic } from './checks/aws.backup.vault-policy-not-public.js';
import { backupVaultRecoveryPointsEncrypted } from './checks/aws.backup.vault-recovery-points-encrypted.js';
import { backupCollectors } from './collect.js';
import { backupDemo } from './demo.js';

export const backup: AwsService = {
  id: 'backup',
  collectors: backupCollectors,
  checks: [
    backupPlanCrossRegionCopy,
    backupPlanSelectionPresent,
    backupPlansPresent,
    backupVaultLocked,
    backupVaultPolicyNotPublic,
    backupVaultRecoveryPointsEncrypted,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: backupDemo,
};
