import { DEMO_ACCOUNT, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import type { ServiceId } from '../../clients.js';
import { awsError, type FakeHandlers } from '../../simulator.js';

/**
 * Demo KMS keys by region:
 * - us-east-1: the CloudTrail key (customer-managed, rotating), the AWS-managed aws/s3 key,
 *   and an RSA signing key (rotation not applicable).
 * - eu-west-1: the data-lake key (customer-managed, rotation off) and a partner-share key
 *   whose policy lets anyone decrypt (public).
 * - ap-southeast-2: no keys.
 */
interface DemoKey {
  id: string;
  region: string;
  description: string;
  manager: 'AWS' | 'CUSTOMER';
  spec: string;
  usage: string;
  createdDaysAgo: number;
  rotation?: boolean;
  /** Extra key-policy statements after the account-root statement. */
  statements?: object[];
}

const root = {
  Sid: 'Enable IAM User Permissions',
  Effect: 'Allow',
  Principal: { AWS: `arn:aws:iam::${DEMO_ACCOUNT}:root` },
  Action: 'kms:*',
  Resource: '*',
};

const KEYS: DemoKey[] = [
  {
    id: '0a1b2c3d-1111-4444-8888-000000000001',
    region: 'us-east-1',
    description: 'CloudTrail org-trail log encryption',
    manager: 'CUSTOMER',
    spec: 'SYMMETRIC_DEFAULT',
    usage: 'ENCRYPT_DECRYPT',
    createdDaysAgo: 700,
    rotation: true,
    statements: [
      {
        Sid: 'Allow CloudTrail to encrypt logs',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 'kms:GenerateDataKey*',
        Resource: '*',
        Condition: { StringEquals: { 'aws:SourceArn': `arn:aws:cloudtrail:us-east-1:${DEMO_ACCOUNT}:trail/org-trail` } },
      },
    ],
  },
  {
    id: '5e6f7a8b-9999-4aaa-8bbb-0000000000a1',
    region: 'us-east-1',
    description: 'Default key that protects my S3 objects when no other key is defined',
    manager: 'AWS',
    spec: 'SYMMETRIC_DEFAULT',
    usage: 'ENCRYPT_DECRYPT',
    createdDaysAgo: 900,
  },
  {
    id: '0a1b2c3d-4444-4444-8888-000000000004',
    region: 'us-east-1',
    description: 'Release artifact signing',
    manager: 'CUSTOMER',
    spec: 'RSA_2048',
    usage: 'SIGN_VERIFY',
    createdDaysAgo: 300,
    // A build account outside the organisation may verify signatures: access from outside.
    statements: [
      {
        Sid: 'VerifyFromBuild',
        Effect: 'Allow',
        Principal: { AWS: 'arn:aws:iam::444455556666:root' },
        Action: ['kms:Verify', 'kms:GetPublicKey'],
        Resource: '*',
      },
    ],
  },
  {
    id: '0a1b2c3d-2222-4444-8888-000000000002',
    region: 'eu-west-1',
    description: 'acme-data-lake encryption',
    manager: 'CUSTOMER',
    spec: 'SYMMETRIC_DEFAULT',
    usage: 'ENCRYPT_DECRYPT',
    createdDaysAgo: 500,
    rotation: false,
  },
  {
    id: '0a1b2c3d-3333-4444-8888-000000000003',
    region: 'eu-west-1',
    description: 'Partner exports (shared)',
    manager: 'CUSTOMER',
    spec: 'SYMMETRIC_DEFAULT',
    usage: 'ENCRYPT_DECRYPT',
    createdDaysAgo: 120,
    rotation: true,
    // The demo's public key policy: anyone, in any account, may decrypt.
    statements: [{ Sid: 'PartnerDecrypt', Effect: 'Allow', Principal: '*', Action: ['kms:Decrypt', 'kms:DescribeKey'], Resource: '*' }],
  },
];

const arn = (k: DemoKey) => `arn:aws:kms:${k.region}:${DEMO_ACCOUNT}:key/${k.id}`;

function find(input: Record<string, unknown>, region: string): DemoKey {
  const k = KEYS.find((x) => x.region === region && (x.id === input.KeyId || arn(x) === input.KeyId));
  if (!k) throw awsError('NotFoundException', 400, `Key '${String(input.KeyId)}' does not exist`);
  return k;
}

export const demoKms: Partial<Record<ServiceId, FakeHandlers>> = {
  kms: {
    ListKeys: (_input, region) => ({
      Keys: KEYS.filter((k) => k.region === region).map((k) => ({ KeyId: k.id, KeyArn: arn(k) })),
      Truncated: false,
    }),
    DescribeKey: (input, region) => {
      const k = find(input, region);
      return {
        KeyMetadata: {
          AWSAccountId: DEMO_ACCOUNT,
          KeyId: k.id,
          Arn: arn(k),
          CreationDate: demoDaysAgo(k.createdDaysAgo),
          Enabled: true,
          Description: k.description,
          KeyUsage: k.usage,
          KeyState: 'Enabled',
          Origin: 'AWS_KMS',
          KeyManager: k.manager,
          CustomerMasterKeySpec: k.spec,
          KeySpec: k.spec,
          MultiRegion: false,
          ...(k.usage === 'ENCRYPT_DECRYPT'
            ? { EncryptionAlgorithms: ['SYMMETRIC_DEFAULT'] }
            : { SigningAlgorithms: ['RSASSA_PSS_SHA_256', 'RSASSA_PKCS1_V1_5_SHA_256'] }),
        },
      };
    },
    GetKeyRotationStatus: (input, region) => {
      const k = find(input, region);
      if (k.usage !== 'ENCRYPT_DECRYPT')
        throw awsError('UnsupportedOperationException', 400, `${arn(k)} key usage is not supported for rotation`);
      return k.rotation
        ? { KeyId: arn(k), KeyRotationEnabled: true, RotationPeriodInDays: 365, NextRotationDate: demoDaysAgo(-40) }
        : { KeyId: arn(k), KeyRotationEnabled: false };
    },
    GetKeyPolicy: (input, region) => {
      const k = find(input, region);
      return {
        PolicyName: 'default',
        Policy: JSON.stringify({ Version: '2012-10-17', Id: 'key-default-1', Statement: [root, ...(k.statements ?? [])] }),
      };
    },
  },
};
