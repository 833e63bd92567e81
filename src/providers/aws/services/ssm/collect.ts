import { api, perResource } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import {
  type ManagedNode,
  type PatchSummary,
  SSM_DOCUMENT_SHARING,
  SSM_DOCUMENTS,
  SSM_MANAGED_NODES,
  SSM_PATCH_COMPLIANCE,
  type SsmDocument,
} from './state.js';

const SSM = awsClient('ssm', 'ssm', async () => (await import('@aws-sdk/client-ssm')).SSMClient);

const DESCRIBE_NODES = api('ssm:DescribeInstanceInformation');
const LIST_COMPLIANCE = api('ssm:ListResourceComplianceSummaries');
const LIST_DOCUMENTS = api('ssm:ListDocuments');
const DESCRIBE_PERMISSION = api('ssm:DescribeDocumentPermission');

const nodes: AwsCollector<ManagedNode[]> = {
  key: SSM_MANAGED_NODES,
  service: 'ssm',
  apis: [DESCRIBE_NODES],
  async collect(ctx, region) {
    const { paginateDescribeInstanceInformation } = await import('@aws-sdk/client-ssm');
    const client = await ctx.client(SSM, region);
    const out: ManagedNode[] = [];
    await ctx.call(DESCRIBE_NODES, async () => {
      for await (const page of paginateDescribeInstanceInformation({ client, pageSize: 50 }, {})) {
        for (const n of page.InstanceInformationList ?? [])
          if (n.InstanceId) out.push({ id: n.InstanceId, pingStatus: n.PingStatus ?? 'Inactive' });
      }
    });
    return out.sort((a, b) => a.id.localeCompare(b.id));
  },
};

const compliance: AwsCollector<Record<string, PatchSummary>> = {
  key: SSM_PATCH_COMPLIANCE,
  service: 'ssm',
  apis: [LIST_COMPLIANCE],
  async collect(ctx, region) {
    const { paginateListResourceComplianceSummaries } = await import('@aws-sdk/client-ssm');
    const client = await ctx.client(SSM, region);
    const out: Record<string, PatchSummary> = {};
    await ctx.call(LIST_COMPLIANCE, async () => {
      const filter = { Filters: [{ Key: 'ComplianceType', Values: ['Patch'], Type: 'EQUAL' as const }] };
      for await (const page of paginateListResourceComplianceSummaries({ client, pageSize: 100 }, filter)) {
        for (const s of page.ResourceComplianceSummaryItems ?? []) {
          if (!s.ResourceId) continue;
          out[s.ResourceId] = {
            status: s.Status ?? 'UNKNOWN',
            nonCompliant: s.NonCompliantSummary?.NonCompliantCount ?? 0,
            ...(s.Status === 'NON_COMPLIANT' && s.OverallSeverity ? { severity: s.OverallSeverity } : {}),
          };
        }
      }
    });
    return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
  },
};

const documents: AwsCollector<SsmDocument[]> = {
  key: SSM_DOCUMENTS,
  service: 'ssm',
  apis: [LIST_DOCUMENTS],
  async collect(ctx, region) {
    const { paginateListDocuments } = await import('@aws-sdk/client-ssm');
    const client = await ctx.client(SSM, region);
    const out: SsmDocument[] = [];
    await ctx.call(LIST_DOCUMENTS, async () => {
      for await (const page of paginateListDocuments({ client, pageSize: 50 }, { Filters: [{ Key: 'Owner', Values: ['Self'] }] })) {
        for (const d of page.DocumentIdentifiers ?? []) {
          if (d.Name) out.push({ name: d.Name, arn: `arn:${ctx.account.partition}:ssm:${region}:${ctx.account.id}:document/${d.Name}` });
        }
      }
    });
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

// Sharing is only visible per document; there is no bulk read of document permissions.
const sharing: AwsCollector<PerResource<string[]>> = {
  key: SSM_DOCUMENT_SHARING,
  service: 'ssm',
  apis: [DESCRIBE_PERMISSION],
  dependsOn: [SSM_DOCUMENTS],
  async collect(ctx, region) {
    const { DescribeDocumentPermissionCommand } = await import('@aws-sdk/client-ssm');
    const client = await ctx.client(SSM, region);
    const docs = await ctx.need(SSM_DOCUMENTS, region);
    return perResource(
      docs,
      (d) => d.name,
      async (d): Promise<Fetched<string[]>> => {
        const res = await ctx.attempt(DESCRIBE_PERMISSION, () =>
          client.send(new DescribeDocumentPermissionCommand({ Name: d.name, PermissionType: 'Share' })),
        );
        return res.ok ? ok([...(res.value?.AccountIds ?? [])].sort()) : res;
      },
    );
  },
};

export const ssmCollectors: readonly AwsCollector<unknown>[] = [nodes, compliance, documents, sharing] as readonly AwsCollector<unknown>[];
