import { DescribeLaunchTemplateVersionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { EC2_LAUNCH_TEMPLATES } from './launch-template-state.js';

let ec2 = mockClient(EC2Client);
afterEach(() => ec2.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory']) => inv[EC2_LAUNCH_TEMPLATES.id]![R]!.result;

describe('aws.ec2.launchTemplates', () => {
  it('lists every default version in one paginated listing and keeps only the metadata and public IP settings', async () => {
    ec2
      .on(DescribeLaunchTemplateVersionsCommand)
      .resolvesOnce({
        LaunchTemplateVersions: [
          {
            LaunchTemplateId: 'lt-2',
            LaunchTemplateName: 'web',
            VersionNumber: 7,
            LaunchTemplateData: {
              UserData: 'cGFzc3dvcmQ9aHVudGVyMg==',
              MetadataOptions: { HttpTokens: 'optional', HttpEndpoint: 'enabled' },
              NetworkInterfaces: [
                { DeviceIndex: 0, AssociatePublicIpAddress: false },
                { DeviceIndex: 1, AssociatePublicIpAddress: true },
              ],
            },
          },
        ],
        NextToken: 't',
      })
      .resolvesOnce({
        LaunchTemplateVersions: [{ LaunchTemplateId: 'lt-1', LaunchTemplateName: 'api', VersionNumber: 1, LaunchTemplateData: {} }],
      });
    const { inventory } = await collect([EC2_LAUNCH_TEMPLATES]);
    const calls = ec2.commandCalls(DescribeLaunchTemplateVersionsCommand);
    expect(calls).toHaveLength(2);
    // No template named: `$Default` then means every template's default version.
    expect(calls[1]!.args[0].input).toEqual({ Versions: ['$Default'], MaxResults: 200, NextToken: 't' });
    expect(result(inventory)).toEqual({
      ok: true,
      value: [
        { name: 'api', arn: `arn:aws:ec2:${R}:111122223333:launch-template/lt-1`, id: 'lt-1', defaultVersion: 1, publicIpInterfaces: [] },
        {
          name: 'web',
          arn: `arn:aws:ec2:${R}:111122223333:launch-template/lt-2`,
          id: 'lt-2',
          defaultVersion: 7,
          httpTokens: 'optional',
          httpEndpoint: 'enabled',
          publicIpInterfaces: [1],
        },
      ],
    });
    expect(JSON.stringify(inventory)).not.toContain('cGFzc3dvcmQ');
  });

  it('records UnauthorizedOperation as denied', async () => {
    ec2.on(DescribeLaunchTemplateVersionsCommand).rejects(awsError('UnauthorizedOperation', 403));
    const { inventory } = await collect([EC2_LAUNCH_TEMPLATES]);
    expect(result(inventory)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'ec2:DescribeLaunchTemplateVersions' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    ec2.restore();
    try {
      const list = throttledThen({ LaunchTemplateVersions: [] }, 2, 'RequestLimitExceeded');
      const { inventory, stats } = await collect([EC2_LAUNCH_TEMPLATES], {
        client: { configure: fakeService({ DescribeLaunchTemplateVersions: list }) },
      });
      expect(result(inventory)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['ec2:DescribeLaunchTemplateVersions']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      ec2 = mockClient(EC2Client);
    }
  });
});
