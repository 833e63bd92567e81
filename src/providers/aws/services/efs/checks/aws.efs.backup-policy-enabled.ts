import { errorFinding, fail, lookup, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { EFS_BACKUP_POLICIES, EFS_FILE_SYSTEMS } from '../state.js';

export const efsBackupPolicyEnabled = eachResource(
  {
    id: 'aws.efs.backup-policy-enabled',
    title: 'EFS file systems have automatic backups',
    service: 'efs',
    resourceType: 'AWS::EFS::FileSystem',
    severity: 'medium',
    requires: [EFS_FILE_SYSTEMS, EFS_BACKUP_POLICIES],
    rationale:
      'Passes when DescribeBackupPolicy reports ENABLED (or ENABLING): AWS Backup takes daily backups of the file system into ' +
      'the default vault and keeps them 35 days. Fails when the policy is DISABLED or was never set. File systems backed up by an ' +
      'explicit AWS Backup plan instead are not seen here; the aws.backup checks cover plans.',
    remediation: {
      text: 'Turn on automatic backups for the file system.',
      cli: 'aws efs put-backup-policy --file-system-id <id> --backup-policy Status=ENABLED',
    },
  },
  EFS_FILE_SYSTEMS,
  (f, r, ctx, region) => {
    const got = lookup(ctx, EFS_BACKUP_POLICIES, f.name, region);
    if (!got.ok) return errorFinding(r, got.error);
    const status = got.value ?? 'NOT_SET';
    return status === 'ENABLED' || status === 'ENABLING'
      ? pass(r, 'backups-on', `${f.name} has automatic backups.`, { status })
      : fail(r, 'backups-off', `${f.name} has no automatic backups (${status}).`, { status });
  },
);
