/**
 * The demo estate's AWS Glue: in eu-west-1 the Data Catalog encrypts metadata and connection passwords,
 * `orders-nightly` runs with a configuration encrypting S3 output, logs and bookmarks, and
 * `customer-export` with one that leaves bookmarks and logs unencrypted; elsewhere the catalog is as
 * created (no encryption) and the us-east-1 `adhoc-cleanup` job runs with no security configuration.
 */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const EU = 'eu-west-1';
const US = 'us-east-1';
const KEY = `arn:aws:kms:${EU}:${DEMO_ACCOUNT}:key/glue-catalog`;

const CATALOG: Record<string, object> = {
  [EU]: {
    EncryptionAtRest: { CatalogEncryptionMode: 'SSE-KMS', SseAwsKmsKeyId: KEY },
    ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: true, AwsKmsKeyId: KEY },
  },
};
const UNENCRYPTED = {
  EncryptionAtRest: { CatalogEncryptionMode: 'DISABLED' },
  ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: false },
};

const CONFIGS: Record<string, object[]> = {
  [EU]: [
    {
      Name: 'etl-encrypted',
      EncryptionConfiguration: {
        S3Encryption: [{ S3EncryptionMode: 'SSE-KMS', KmsKeyArn: KEY }],
        CloudWatchEncryption: { CloudWatchEncryptionMode: 'SSE-KMS', KmsKeyArn: KEY },
        JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'CSE-KMS', KmsKeyArn: KEY },
      },
    },
    {
      Name: 'etl-s3-only',
      EncryptionConfiguration: {
        S3Encryption: [{ S3EncryptionMode: 'SSE-S3' }],
        CloudWatchEncryption: { CloudWatchEncryptionMode: 'DISABLED' },
        JobBookmarksEncryption: { JobBookmarksEncryptionMode: 'DISABLED' },
      },
    },
  ],
};

const JOBS: Record<string, object[]> = {
  [EU]: [
    { Name: 'customer-export', SecurityConfiguration: 'etl-s3-only', Command: { Name: 'glueetl' }, GlueVersion: '4.0' },
    { Name: 'orders-nightly', SecurityConfiguration: 'etl-encrypted', Command: { Name: 'glueetl' }, GlueVersion: '4.0' },
  ],
  [US]: [{ Name: 'adhoc-cleanup', Command: { Name: 'pythonshell' }, GlueVersion: '3.0' }],
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  glue: {
    GetDataCatalogEncryptionSettings: (_input, region) => ({ DataCatalogEncryptionSettings: CATALOG[region] ?? UNENCRYPTED }),
    GetSecurityConfigurations: (_input, region) => ({ SecurityConfigurations: CONFIGS[region] ?? [] }),
    GetJobs: (_input, region) => ({ Jobs: JOBS[region] ?? [] }),
  },
};
