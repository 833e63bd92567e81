/** EFS inventory shapes and keys. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';
import type { Named } from '../each-resource.js';

/** `DescribeFileSystems`, reduced to what the checks read. `name` is the file system id. */
export interface EfsFileSystem extends Named {
  encrypted: boolean;
  kmsKeyId?: string;
}

/** `DescribeAccessPoints`, reduced. */
export interface EfsAccessPoint extends Named {
  fileSystemId: string;
  /** The directory the access point exposes as the client's root; `/` is the whole file system. */
  rootPath: string;
  /** Whether the access point replaces the client's user and group ids with a fixed POSIX identity. */
  posixUser: boolean;
}

export const EFS_FILE_SYSTEMS = inventoryKey<readonly EfsFileSystem[]>('aws.efs.fileSystems', 'regional');
/** Automatic backup status by file system id (`ENABLED`, `DISABLED`, …); `null` when no backup policy was ever set. */
export const EFS_BACKUP_POLICIES = inventoryKey<PerResource<string | null>>('aws.efs.backupPolicies', 'regional');
/** File system policy by file system id; `null` when the file system has none. */
export const EFS_POLICIES = inventoryKey<PerResource<PolicyDocument | null>>('aws.efs.fileSystemPolicies', 'regional');
export const EFS_ACCESS_POINTS = inventoryKey<readonly EfsAccessPoint[]>('aws.efs.accessPoints', 'regional');
