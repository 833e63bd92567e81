/** The demo estate's ECR: a well-kept production repository and a scratch repository nobody looked after. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import { awsError, type FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const repo = (name: string, extra: object) => ({
  repositoryName: name,
  repositoryArn: `arn:aws:ecr:${REGION}:${DEMO_ACCOUNT}:repository/${name}`,
  registryId: DEMO_ACCOUNT,
  ...extra,
});

export const demo: Partial<Record<string, FakeHandlers>> = {
  ecr: {
    DescribeRepositories: (_input, region) => ({
      repositories:
        region === REGION
          ? [
              repo('orders-api', {
                imageTagMutability: 'IMMUTABLE',
                imageScanningConfiguration: { scanOnPush: true },
                encryptionConfiguration: { encryptionType: 'KMS' },
              }),
              repo('scratch', {
                imageTagMutability: 'MUTABLE',
                imageScanningConfiguration: { scanOnPush: false },
                encryptionConfiguration: { encryptionType: 'AES256' },
              }),
            ]
          : [],
    }),
    GetRegistryScanningConfiguration: () => ({
      registryId: DEMO_ACCOUNT,
      scanningConfiguration: {
        scanType: 'BASIC',
        rules: [{ scanFrequency: 'SCAN_ON_PUSH', repositoryFilters: [{ filter: 'orders-*', filterType: 'WILDCARD' }] }],
      },
    }),
    GetRepositoryPolicy: (input) => {
      if (input.repositoryName !== 'scratch') throw awsError('RepositoryPolicyNotFoundException');
      return {
        policyText: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Sid: 'AnyonePull', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }],
        }),
      };
    },
    GetLifecyclePolicy: (input) => {
      if (input.repositoryName !== 'orders-api') throw awsError('LifecyclePolicyNotFoundException');
      return {
        lifecyclePolicyText: JSON.stringify({
          rules: [
            {
              rulePriority: 1,
              selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 },
              action: { type: 'expire' },
            },
          ],
        }),
      };
    },
  },
};
