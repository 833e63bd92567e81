import {
  GetDataCatalogEncryptionSettingsCommand,
  GetJobsCommand,
  GetSecurityConfigurationsCommand,
  GlueClient,
} from '@aws-sdk/client-glue';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { GLUE_CATALOG_ENCRYPTION, GLUE_JOBS, GLUE_SECURITY_CONFIGURATIONS } from './state.js';

let glue = mockClient(GlueClient);
afterEach(() => glue.reset());

const R = 'us-east-1';
type Inventory = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inventory, id: string) => inv[id]![R]!.result;

describe('aws.glue collectors', () => {
  it('reads the catalog encryption settings once per region', async () => {
    glue.on(GetDataCatalogEncryptionSettingsCommand).resolves({
      DataCatalogEncryptionSettings: {
        EncryptionAtRest: { CatalogEncryptionMode: 'SSE-KMS', SseAwsKmsKeyId: 'k' },
        ConnectionPasswordEncryption: { ReturnConnectionPasswordEncrypted: false },
      },
    });
    const { inventory } = await collect([GLUE_CATALOG_ENCRYPTION]);
    expect(glue.commandCalls(GetDataCatalogEncryptionSettingsCommand)).toHaveLength(1);
    expect(result(inventory, GLUE_CATALOG_ENCRYPTION.id)).toEqual({
      ok: true,
      value: { catalogMode: 'SSE-KMS', catalogKmsKey: 'k', passwordsEncrypted: false },
    });
  });

  it('reports settings without the password part as an error, never as "off"', async () => {
    glue
      .on(GetDataCatalogEncryptionSettingsCommand)
      .resolves({ DataCatalogEncryptionSettings: { EncryptionAtRest: { CatalogEncryptionMode: 'DISABLED' } } });
    const { inventory } = await collect([GLUE_CATALOG_ENCRYPTION]);
    expect(result(inventory, GLUE_CATALOG_ENCRYPTION.id)).toMatchObject({
      ok: false,
      error: { kind: 'unknown', api: 'glue:GetDataCatalogEncryptionSettings' },
    });
  });

  it('follows GetJobs and GetSecurityConfigurations pages; unset configuration parts read as DISABLED', async () => {
    glue
      .on(GetJobsCommand)
      .resolvesOnce({ Jobs: [{ Name: 'b', SecurityConfiguration: 'sc', Command: { Name: 'glueetl' } }], NextToken: 't' })
      .resolvesOnce({ Jobs: [{ Name: 'a' }] });
    glue
      .on(GetSecurityConfigurationsCommand)
      .resolvesOnce({
        SecurityConfigurations: [{ Name: 'sc', EncryptionConfiguration: { S3Encryption: [{ S3EncryptionMode: 'SSE-S3' }] } }],
        NextToken: 'u',
      })
      .resolvesOnce({ SecurityConfigurations: [{ Name: 'empty' }] });
    const { inventory } = await collect([GLUE_JOBS, GLUE_SECURITY_CONFIGURATIONS]);
    expect(glue.commandCalls(GetJobsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(glue.commandCalls(GetSecurityConfigurationsCommand)[1]!.args[0].input).toMatchObject({ NextToken: 'u' });
    expect(result(inventory, GLUE_JOBS.id)).toEqual({
      ok: true,
      value: [
        { arn: 'arn:aws:glue:us-east-1:111122223333:job/a', name: 'a', securityConfiguration: null },
        { arn: 'arn:aws:glue:us-east-1:111122223333:job/b', name: 'b', securityConfiguration: 'sc', command: 'glueetl' },
      ],
    });
    expect(result(inventory, GLUE_SECURITY_CONFIGURATIONS.id)).toEqual({
      ok: true,
      value: {
        sc: { s3: 'SSE-S3', cloudWatch: 'DISABLED', bookmarks: 'DISABLED' },
        empty: { s3: 'DISABLED', cloudWatch: 'DISABLED', bookmarks: 'DISABLED' },
      },
    });
  });

  it('records AccessDenied on GetJobs and GetSecurityConfigurations as denied', async () => {
    glue.on(GetJobsCommand).rejects(awsError('AccessDeniedException', 400));
    glue.on(GetSecurityConfigurationsCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([GLUE_JOBS, GLUE_SECURITY_CONFIGURATIONS]);
    expect(result(inventory, GLUE_JOBS.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'glue:GetJobs' } });
    expect(result(inventory, GLUE_SECURITY_CONFIGURATIONS.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'glue:GetSecurityConfigurations' },
    });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    glue.restore();
    try {
      const jobs = throttledThen({ Jobs: [] }, 2, 'ThrottlingException');
      const { inventory, stats } = await collect([GLUE_JOBS], { client: { configure: fakeService({ GetJobs: jobs }) } });
      expect(result(inventory, GLUE_JOBS.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['glue:GetJobs']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      glue = mockClient(GlueClient);
    }
  });
});
