import type { AwsService } from '../../service.js';
import { rdsClusterBackupRetention } from './checks/aws.rds.cluster-backup-retention.js';
import { rdsClusterDeletionProtectionEnabled } from './checks/aws.rds.cluster-deletion-protection-enabled.js';
import { rdsClusterIamAuthEnabled } from './checks/aws.rds.cluster-iam-auth-enabled.js';
import { rdsClusterLogsExported } from './checks/aws.rds.cluster-logs-exported.js';
import { rdsClusterMultiAz } from './checks/aws.rds.cluster-multi-az.js';
import { rdsInstanceAutoMinorUpgradeEnabled } from './checks/aws.rds.instance-auto-minor-upgrade-enabled.js';
import { rdsInstanceBackupRetention } from './checks/aws.rds.instance-backup-retention.js';
import { rdsInstanceCopyTagsToSnapshot } from './checks/aws.rds.instance-copy-tags-to-snapshot.js';
import { rdsInstanceDeletionProtectionEnabled } from './checks/aws.rds.instance-deletion-protection-enabled.js';
import { rdsInstanceEnhancedMonitoringEnabled } from './checks/aws.rds.instance-enhanced-monitoring-enabled.js';
import { rdsInstanceIamAuthEnabled } from './checks/aws.rds.instance-iam-auth-enabled.js';
import { rdsInstanceLogsExported } from './checks/aws.rds.instance-logs-exported.js';
import { rdsInstanceMultiAz } from './checks/aws.rds.instance-multi-az.js';
import { rdsInstanceNotPubliclyAccessible } from './checks/aws.rds.instance-not-publicly-accessible.js';
import { rdsInstanceStorageEncrypted } from './checks/aws.rds.instance-storage-encrypted.js';
import { rdsSnapshotNotPublic } from './checks/aws.rds.snapshot-not-public.js';
import { rdsCollectors } from './collect.js';
import { rdsDemo } from './demo.js';

export const rds: AwsService = {
  id: 'rds',
  collectors: rdsCollectors,
  checks: [
    rdsClusterBackupRetention,
    rdsClusterDeletionProtectionEnabled,
    rdsClusterIamAuthEnabled,
    rdsClusterLogsExported,
    rdsClusterMultiAz,
    rdsInstanceAutoMinorUpgradeEnabled,
    rdsInstanceBackupRetention,
    rdsInstanceCopyTagsToSnapshot,
    rdsInstanceDeletionProtectionEnabled,
    rdsInstanceEnhancedMonitoringEnabled,
    rdsInstanceIamAuthEnabled,
    rdsInstanceLogsExported,
    rdsInstanceMultiAz,
    rdsInstanceNotPubliclyAccessible,
    rdsInstanceStorageEncrypted,
    rdsSnapshotNotPublic,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: rdsDemo,
};
