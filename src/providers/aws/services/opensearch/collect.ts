import type { DomainStatus, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { api } from '../../../../inventory/collector.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { PolicyParseError, parsePolicyDocument } from '../../iam-policy.js';
import { OPENSEARCH_DOMAINS, type OpenSearchDomain } from './state.js';

export const OPENSEARCH = awsClient<OpenSearchClient>(
  'es',
  'es',
  async () => (await import('@aws-sdk/client-opensearch')).OpenSearchClient,
);

const LIST_DOMAINS = api('es:ListDomainNames');
const DESCRIBE_DOMAINS = api('es:DescribeDomains');
/** DescribeDomains takes at most five names per call. */
const BATCH = 5;

function policyOf(text: string | undefined): Pick<OpenSearchDomain, 'accessPolicy' | 'accessPolicyUnreadable'> {
  if (!text?.trim()) return { accessPolicy: null };
  try {
    return { accessPolicy: parsePolicyDocument(text) };
  } catch (err) {
    if (err instanceof PolicyParseError) return { accessPolicy: null, accessPolicyUnreadable: err.message };
    throw err;
  }
}

function project(d: DomainStatus): OpenSearchDomain {
  return {
    arn: d.ARN ?? '',
    name: d.DomainName ?? '',
    encryptionAtRest: d.EncryptionAtRestOptions?.Enabled === true,
    nodeToNode: d.NodeToNodeEncryptionOptions?.Enabled === true,
    enforceHttps: d.DomainEndpointOptions?.EnforceHTTPS === true,
    ...(d.DomainEndpointOptions?.TLSSecurityPolicy ? { tlsPolicy: d.DomainEndpointOptions.TLSSecurityPolicy } : {}),
    inVpc: (d.VPCOptions?.SubnetIds ?? []).length > 0,
    ...policyOf(d.AccessPolicies),
    logs: Object.fromEntries(Object.entries(d.LogPublishingOptions ?? {}).map(([type, o]) => [type, o.Enabled === true])),
    fineGrained: d.AdvancedSecurityOptions?.Enabled === true,
    zoneAwareness: d.ClusterConfig?.ZoneAwarenessEnabled === true,
    autoSoftwareUpdate: d.SoftwareUpdateOptions?.AutoSoftwareUpdateEnabled === true,
  };
}

const domains: AwsCollector<readonly OpenSearchDomain[]> = {
  key: OPENSEARCH_DOMAINS,
  service: 'opensearch',
  apis: [LIST_DOMAINS, DESCRIBE_DOMAINS],
  async collect(ctx, region) {
    const { ListDomainNamesCommand, DescribeDomainsCommand } = await import('@aws-sdk/client-opensearch');
    const client = await ctx.client(OPENSEARCH, region);
    // ListDomainNames is not paginated: it returns every domain in the region.
    const listed = await ctx.call(LIST_DOMAINS, () => client.send(new ListDomainNamesCommand({})));
    const names = (listed.DomainNames ?? []).flatMap((d) => (d.DomainName ? [d.DomainName] : [])).sort();
    const out: OpenSearchDomain[] = [];
    for (let i = 0; i < names.length; i += BATCH) {
      const page = await ctx.call(DESCRIBE_DOMAINS, () =>
        client.send(new DescribeDomainsCommand({ DomainNames: names.slice(i, i + BATCH) })),
      );
      for (const d of page.DomainStatusList ?? []) if (d.ARN && d.DomainName) out.push(project(d));
    }
    return out.sort((a, b) => a.name.localeCompare(b.name));
  },
};

export const openSearchCollectors: readonly AwsCollector<unknown>[] = [domains] as readonly AwsCollector<unknown>[];
