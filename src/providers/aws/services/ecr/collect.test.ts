import {
  DescribeRepositoriesCommand,
  ECRClient,
  GetLifecyclePolicyCommand,
  GetRegistryScanningConfigurationCommand,
  GetRepositoryPolicyCommand,
} from '@aws-sdk/client-ecr';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { ECR_LIFECYCLE_POLICIES, ECR_REGISTRY_SCANNING, ECR_REPOSITORIES, ECR_REPOSITORY_POLICIES } from './state.js';

let ecr = mockClient(ECRClient);
afterEach(() => ecr.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string) => inv[id]![R]!.result;

describe('aws.ecr collectors', () => {
  it('follows DescribeRepositories pages and reads policies and lifecycles per repository', async () => {
    ecr
      .on(DescribeRepositoriesCommand)
      .resolvesOnce({ repositories: [{ repositoryName: 'b', repositoryArn: 'arn:b', imageTagMutability: 'MUTABLE' }], nextToken: 't' })
      .resolvesOnce({
        repositories: [
          {
            repositoryName: 'a',
            repositoryArn: 'arn:a',
            imageTagMutability: 'IMMUTABLE',
            imageScanningConfiguration: { scanOnPush: true },
            encryptionConfiguration: { encryptionType: 'KMS' },
          },
        ],
      });
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'a' }).rejects(awsError('RepositoryPolicyNotFoundException'));
    ecr.on(GetRepositoryPolicyCommand, { repositoryName: 'b' }).resolves({ policyText: '{"Statement":[]}' });
    ecr.on(GetLifecyclePolicyCommand, { repositoryName: 'a' }).resolves({ lifecyclePolicyText: '{"rules":[{},{}]}' });
    ecr.on(GetLifecyclePolicyCommand, { repositoryName: 'b' }).rejects(awsError('LifecyclePolicyNotFoundException'));
    ecr.on(GetRegistryScanningConfigurationCommand).resolves({
      scanningConfiguration: {
        scanType: 'ENHANCED',
        rules: [{ scanFrequency: 'CONTINUOUS_SCAN', repositoryFilters: [{ filter: '*', filterType: 'WILDCARD' }] }],
      },
    });
    const { inventory } = await collect([ECR_REPOSITORIES, ECR_REGISTRY_SCANNING, ECR_REPOSITORY_POLICIES, ECR_LIFECYCLE_POLICIES]);
    expect(ecr.commandCalls(DescribeRepositoriesCommand)[1]!.args[0].input).toMatchObject({ nextToken: 't' });
    expect(result(inventory, ECR_REPOSITORIES.id)).toEqual({
      ok: true,
      value: [
        { name: 'a', arn: 'arn:a', tagMutability: 'IMMUTABLE', scanOnPush: true, encryptionType: 'KMS' },
        { name: 'b', arn: 'arn:b', tagMutability: 'MUTABLE', scanOnPush: false, encryptionType: 'AES256' },
      ],
    });
    expect(result(inventory, ECR_REGISTRY_SCANNING.id)).toEqual({
      ok: true,
      value: { scanType: 'ENHANCED', rules: [{ frequency: 'CONTINUOUS_SCAN', filters: ['*'] }] },
    });
    expect(result(inventory, ECR_REPOSITORY_POLICIES.id)).toEqual({
      ok: true,
      value: { a: { ok: true, value: null }, b: { ok: true, value: { statements: [] } } },
    });
    expect(result(inventory, ECR_LIFECYCLE_POLICIES.id)).toEqual({
      ok: true,
      value: { a: { ok: true, value: { rules: 2 } }, b: { ok: true, value: null } },
    });
  });

  it('records AccessDenied as denied', async () => {
    ecr.on(DescribeRepositoriesCommand).rejects(awsError('AccessDeniedException', 403));
    ecr.on(GetRegistryScanningConfigurationCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([ECR_REPOSITORY_POLICIES, ECR_REGISTRY_SCANNING]);
    expect(result(inventory, ECR_REPOSITORY_POLICIES.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'ecr:DescribeRepositories' },
    });
    expect(result(inventory, ECR_REGISTRY_SCANNING.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'ecr:GetRegistryScanningConfiguration' },
    });
    expect(ecr.commandCalls(GetRepositoryPolicyCommand)).toHaveLength(0);
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    ecr.restore();
    try {
      const list = throttledThen({ repositories: [{ repositoryName: 'a', repositoryArn: 'arn:a' }] });
      const { inventory, stats } = await collect([ECR_REPOSITORIES], {
        client: { configure: fakeService({ DescribeRepositories: list }) },
      });
      expect(result(inventory, ECR_REPOSITORIES.id)).toMatchObject({ ok: true, value: [{ name: 'a' }] });
      expect(stats.toJSON()['ecr:DescribeRepositories']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      ecr = mockClient(ECRClient);
    }
  });
});
