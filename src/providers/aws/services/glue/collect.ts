import type { GlueClient } from '@aws-sdk/client-glue';
import { api } from '../../../../inventory/collector.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { required } from '../../errors.js';
import {
  GLUE_CATALOG_ENCRYPTION,
  GLUE_JOBS,
  GLUE_SECURITY_CONFIGURATIONS,
  type GlueCatalogEncryption,
  type GlueJob,
  type GlueSecurityConfiguration,
} from './state.js';

const GLUE = awsClient<GlueClient>('glue', 'glue', async () => (await import('@aws-sdk/client-glue')).GlueClient);

const GET_CATALOG_ENCRYPTION = api('glue:GetDataCatalogEncryptionSettings');
const GET_SECURITY_CONFIGURATIONS = api('glue:GetSecurityConfigurations');
const GET_JOBS = api('glue:GetJobs');

const catalogEncryption: AwsCollector<GlueCatalogEncryption> = {
  key: GLUE_CATALOG_ENCRYPTION,
  service: 'glue',
  apis: [GET_CATALOG_ENCRYPTION],
  async collect(ctx, region) {
    const { GetDataCatalogEncryptionSettingsCommand } = await import('@aws-sdk/client-glue');
    const client = await ctx.client(GLUE, region);
    // Glue answers both parts even when never configured (DISABLED / false): a part left out is an error, not "off".
    return ctx.call(GET_CATALOG_ENCRYPTION, async () => {
      const s = (await client.send(new GetDataCatalogEncryptionSettingsCommand({}))).DataCatalogEncryptionSettings;
      const rest = s?.EncryptionAtRest;
      const pw = s?.ConnectionPasswordEncryption;
      const op = 'GetDataCatalogEncryptionSettings';
      const passwordsEncrypted = required(pw?.ReturnConnectionPasswordEncrypted, op, 'ConnectionPasswordEncryption');
      return {
        catalogMode: required(rest?.CatalogEncryptionMode, op, 'EncryptionAtRest.CatalogEncryptionMode'),
        ...(rest?.SseAwsKmsKeyId ? { catalogKmsKey: rest.SseAwsKmsKeyId } : {}),
        passwordsEncrypted,
        ...(pw?.AwsKmsKeyId ? { passwordKmsKey: pw.AwsKmsKeyId } : {}),
      };
    });
  },
};

const securityConfigurations: AwsCollector<Readonly<Record<string, GlueSecurityConfiguration>>> = {
  key: GLUE_SECURITY_CONFIGURATIONS,
  service: 'glue',
  apis: [GET_SECURITY_CONFIGURATIONS],
  async collect(ctx, region) {
    const { paginateGetSecurityConfigurations } = await import('@aws-sdk/client-glue');
    const client = await ctx.client(GLUE, region);
    const out: Record<string, GlueSecurityConfiguration> = {};
    await ctx.call(GET_SECURITY_CONFIGURATIONS, async () => {
      for await (const page of paginateGetSecurityConfigurations({ client, pageSize: 100 }, {})) {
        for (const c of page.SecurityConfigurations ?? []) {
          if (!c.Name) continue;
          const e = c.EncryptionConfiguration;
          // Glue takes one S3 encryption entry; its absence means S3 output is written unencrypted by Glue.
          out[c.Name] = {
            s3: e?.S3Encryption?.[0]?.S3EncryptionMode ?? 'DISABLED',
            cloudWatch: e?.CloudWatchEncryption?.CloudWatchEncryptionMode ?? 'DISABLED',
            bookmarks: e?.JobBookmarksEncryption?.JobBookmarksEncryptionMode ?? 'DISABLED',
          };
        }
      }
    });
    return out;
  },
};

const jobs: AwsCollector<readonly GlueJob[]> = {
  key: GLUE_JOBS,
  service: 'glue',
  apis: [GET_JOBS],
  async collect(ctx, region) {
    const { paginateGetJobs } = await import('@aws-sdk/client-glue');
    const client = await ctx.client(GLUE, region);
    const out: GlueJob[] = [];
    await ctx.call(GET_JOBS, async () => {
      for await (const page of paginateGetJobs({ client, pageSize: 200 }, {})) {
        for (const j of page.Jobs ?? []) {
          if (!j.Name) continue;
          out.push({
            arn: `arn:${ctx.account.partition}:glue:${region}:${ctx.account.id}:job/${j.Name}`,
            name: j.Name,
            securityConfiguration: j.SecurityConfiguration || null,
            ...(j.Command?.Name ? { command: j.Command.Name } : {}),
          });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

export const glueCollectors: readonly AwsCollector<unknown>[] = [
  catalogEncryption,
  securityConfigurations,
  jobs,
] as readonly AwsCollector<unknown>[];
