import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_INSTANCES } from '../state.js';

export const rdsInstanceStorageEncrypted = eachResource(
  {
    id: 'aws.rds.instance-storage-encrypted',
    title: 'RDS DB instances encrypt their storage',
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    severity: 'high',
    requires: [RDS_INSTANCES],
    cis: ['2.2.1'],
    rationale:
      'Passes when DescribeDBInstances reports StorageEncrypted: the volumes, automated backups, read replicas and snapshots ' +
      'are encrypted with a KMS key. Aurora members report the cluster volume. Encryption can only be chosen at creation, so an ' +
      'unencrypted instance must be restored from an encrypted snapshot copy.',
    remediation: {
      text: 'Copy a snapshot with encryption, restore a new instance from it and switch the application over.',
      cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier <snap> --target-db-snapshot-identifier <snap>-enc --kms-key-id <key>',
    },
  },
  RDS_INSTANCES,
  (i, r) =>
    i.storageEncrypted
      ? pass(r, 'encrypted', `${i.name} encrypts its storage.`, { storageEncrypted: true })
      : fail(r, 'not-encrypted', `${i.name} does not encrypt its storage.`, { storageEncrypted: false }),
);
