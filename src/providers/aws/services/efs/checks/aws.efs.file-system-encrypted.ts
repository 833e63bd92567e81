import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { EFS_FILE_SYSTEMS } from '../state.js';

export const efsFileSystemEncrypted = eachResource(
  {
    id: 'aws.efs.file-system-encrypted',
    title: 'EFS file systems are encrypted at rest',
    service: 'efs',
    resourceType: 'AWS::EFS::FileSystem',
    severity: 'high',
    requires: [EFS_FILE_SYSTEMS],
    cis: ['2.3.1'],
    rationale:
      'Passes when DescribeFileSystems reports Encrypted: file data and metadata are encrypted with a KMS key. Encryption at ' +
      'rest can only be chosen when the file system is created, so an unencrypted one has to be copied to a new file system.',
    remediation: {
      text: 'Create an encrypted file system, copy the data across (for example with AWS DataSync) and move the clients.',
      cli: 'aws efs create-file-system --encrypted --kms-key-id <key>',
    },
  },
  EFS_FILE_SYSTEMS,
  (f, r) =>
    f.encrypted
      ? pass(r, 'encrypted', `${f.name} is encrypted at rest.`, { encrypted: true, kmsKeyId: f.kmsKeyId })
      : fail(r, 'not-encrypted', `${f.name} is not encrypted at rest.`, { encrypted: false }),
);
