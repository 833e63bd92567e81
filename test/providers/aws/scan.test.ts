import { DescribeRegionsCommand, EC2Client } from '@aws-sdk/client-ec2';
import { GetBucketVersioningCommand, ListBucketsCommand, S3Client } from '@aws-sdk/client-s3';
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine/evaluate.js';
import { allMappings } from '../../../src/engine/mappings.js';
import { ALL_CHECKS } from '../../../src/engine/registry.js';
import { InputError } from '../../../src/errors.js';
import { ApiStats } from '../../../src/inventory/api-stats.js';
import { Pools } from '../../../src/inventory/pools.js';
import { controlsByCheck } from '../../../src/mapping/coverage.js';
import { DEFAULT_PARAMS } from '../../../src/model/params.js';

import { AwsClients } from '../../../src/providers/aws/clients.js';
import { collectAws } from '../../../src/providers/aws/scan.js';
import { awsError } from '../../support/aws.js';

const sts = mockClient(STSClient);
const ec2 = mockClient(EC2Client);
const s3 = mockClient(S3Client);
afterEach(() => {
  sts.reset();
  ec2.reset();
  s3.reset();
});

const versioning = ALL_CHECKS.filter((c) => c.meta.id === 'aws.s3.bucket-versioning-enabled');
const creds = { credentials: { accessKeyId: 'AKIDTEST', secretAccessKey: 'test' } };

describe('collectAws', () => {
  it('identifies the account and partition, and discovers enabled regions', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '999988887777', Arn: 'arn:aws-us-gov:sts::999988887777:assumed-role/r/s' });
    ec2.on(DescribeRegionsCommand).resolves({ Regions: [{ RegionName: 'us-gov-west-1' }, { RegionName: 'us-gov-east-1' }] });
    s3.on(ListBucketsCommand).resolves({ Buckets: [] });
    const snap = await collectAws(versioning, { ...creds, homeRegion: 'us-gov-west-1' });
    expect(snap.account).toEqual({ id: '999988887777', partition: 'aws-us-gov' });
    expect(snap.regions).toEqual(['us-gov-east-1', 'us-gov-west-1']);
    expect(ec2.commandCalls(DescribeRegionsCommand)[0]!.args[0].input).toEqual({ AllRegions: false });
  });

  it('falls back to the home region, with a note, when region discovery is denied', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '999988887777', Arn: 'arn:aws:sts::999988887777:assumed-role/r/s' });
    ec2.on(DescribeRegionsCommand).rejects(awsError('UnauthorizedOperation', 403));
    s3.on(ListBucketsCommand).resolves({ Buckets: [] });
    const snap = await collectAws(versioning, { ...creds, homeRegion: 'eu-west-1' });
    expect(snap.regions).toEqual(['eu-west-1']);
    expect(snap.notes[0]).toMatch(/Region discovery failed .*ec2:DescribeRegions access denied.*--regions/);
  });

  it('turns unusable credentials into an input error', async () => {
    sts.on(GetCallerIdentityCommand).rejects(awsError('ExpiredToken', 400, 'The security token included in the request is expired'));
    await expect(collectAws(versioning, { ...creds, regions: ['us-east-1'] })).rejects.toThrow(InputError);
    await expect(collectAws(versioning, { ...creds, regions: ['us-east-1'] })).rejects.toThrow(
      /AWS credentials: The security token .* expired/,
    );
  });

  it('uses the given regions without discovery', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '999988887777', Arn: 'arn:aws:sts::999988887777:user/u' });
    s3.on(ListBucketsCommand).resolves({ Buckets: [] });
    const snap = await collectAws(versioning, { ...creds, regions: ['us-east-2', 'eu-west-1'] });
    expect(snap.regions).toEqual(['eu-west-1', 'us-east-2']);
    expect(ec2.commandCalls(DescribeRegionsCommand)).toHaveLength(0);
  });
});

describe('AwsClients', () => {
  it('configures adaptive retries and path-style S3 for custom endpoints', async () => {
    const clients = new AwsClients({ ...creds, endpoint: 'http://localhost:4566', maxAttempts: 5 }, new ApiStats(), new Pools());
    const client = await clients.get('s3', 'eu-west-1');
    expect(client.config.forcePathStyle).toBe(true);
    expect(await client.config.maxAttempts()).toBe(5);
    expect(client.config.retryMode).toBe('adaptive');
    const endpoint = await client.config.endpoint?.();
    expect(endpoint?.hostname).toBe('localhost');
    expect(await clients.get('s3', 'eu-west-1')).toBe(client);
  });
});

describe('collectAws with --regions', () => {
  it('notes the buckets it left out because they are in regions outside the scan', async () => {
    sts.on(GetCallerIdentityCommand).resolves({ Account: '999988887777', Arn: 'arn:aws:sts::999988887777:user/u' });
    s3.on(ListBucketsCommand).resolves({
      Buckets: [
        { Name: 'in', BucketRegion: 'eu-west-1' },
        { Name: 'far', BucketRegion: 'us-west-2' },
      ],
    });
    s3.on(GetBucketVersioningCommand).resolves({ Status: 'Enabled' });
    const snap = await collectAws(versioning, { ...creds, regions: ['eu-west-1'] });
    expect(snap.notes).toEqual([expect.stringMatching(/^S3: 1 bucket\(s\) in regions outside this scan .*\(us-west-2 1\)/)]);
    expect(s3.commandCalls(GetBucketVersioningCommand).map((c) => c.args[0].input.Bucket)).toEqual(['in']);
    const items = evaluate(snap, versioning, DEFAULT_PARAMS, controlsByCheck(allMappings()));
    expect(items.map((i) => i.resource.name)).toEqual(['in']);
  });
});
