/** `annexa scan azure` and `annexa azure-role`: Azure flags → the Azure provider. */
import type { HttpClient } from '@azure/core-rest-pipeline';
import type { ShardPlan } from '../engine/shard.js';
import { InputError } from '../errors.js';
import type { Check } from '../model/check.js';
import type { Snapshot } from '../model/snapshot.js';
import type { CliIO } from './io.js';
import { list, positiveInt, timeoutsOption } from './options.js';

export interface AzureFlags {
  subscriptions?: string;
  managementGroup?: string;
  tenant?: string;
  azureCloud?: string;
  armEndpoint?: string;
  graphEndpoint?: string;
  concurrency?: string;
  maxAttempts?: string;
  regions?: string;
  profile?: string;
  endpointUrl?: string;
  connectTimeout?: string;
  requestTimeout?: string;
  deadline?: string;
}

/**
 * Where tests put a replay `HttpClient` so `main()` scans Azure without a network. Never
 * set in a real run: `processIO()` knows nothing of it.
 */
export const AZURE_TRANSPORT = Symbol.for('annexa.test.azureTransport');
export type AzureTestIO = CliIO & { [AZURE_TRANSPORT]?: HttpClient };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function subscriptionsOption(value: string | undefined): string[] | 'all' | undefined {
  const ids = list(value);
  if (!ids) return undefined;
  if (ids.length === 1 && ids[0]!.toLowerCase() === 'all') return 'all';
  for (const id of ids) if (!GUID.test(id)) throw new InputError('--subscriptions', `"${id}" is not a subscription id (a GUID) or "all"`);
  return ids;
}

/** Flags that only mean something to AWS; on an Azure scan they are a mistake worth saying. */
function rejectAwsFlags(flags: AzureFlags): void {
  const aws: [keyof AzureFlags, string][] = [
    ['regions', '--regions'],
    ['profile', '--profile'],
    ['endpointUrl', '--endpoint-url'],
  ];
  for (const [k, flag] of aws)
    if (flags[k] !== undefined)
      throw new InputError(flag, 'applies to AWS scans only; Azure scans whole subscriptions (see --subscriptions)');
}

/** The reverse: Azure flags on an AWS scan. */
export function rejectAzureFlags(flags: AzureFlags): void {
  const azure: [keyof AzureFlags, string][] = [
    ['subscriptions', '--subscriptions'],
    ['managementGroup', '--management-group'],
    ['tenant', '--tenant'],
    ['azureCloud', '--azure-cloud'],
    ['armEndpoint', '--arm-endpoint'],
    ['graphEndpoint', '--graph-endpoint'],
  ];
  for (const [k, flag] of azure)
    if (flags[k] !== undefined) throw new InputError(flag, 'applies to Azure scans only (`annexa scan azure`)');
}

export async function azureSnapshots(
  flags: AzureFlags,
  checks: readonly Check[],
  config: { concurrency?: number },
  io: CliIO,
  shard?: ShardPlan,
): Promise<Snapshot[]> {
  rejectAwsFlags(flags);
  const subscriptions = subscriptionsOption(flags.subscriptions);
  if (subscriptions && flags.managementGroup)
    throw new InputError('--management-group', 'give either --subscriptions or --management-group, not both');
  const concurrency = positiveInt('--concurrency', flags.concurrency) ?? config.concurrency;
  const maxAttempts = positiveInt('--max-attempts', flags.maxAttempts);
  const timeouts = timeoutsOption(flags);
  const { resolveCloud, azureCredential, azureGraphCredential } = await import('../providers/azure/credentials.js');
  const cloud = resolveCloud(flags.azureCloud, flags.armEndpoint, flags.graphEndpoint);
  const credentialOptions = { ...(flags.tenant ? { tenant: flags.tenant } : {}), cloud, env: io.env };
  const credential = await azureCredential(credentialOptions);
  // Entra ID is read through Microsoft Graph: AZURE_GRAPH_ACCESS_TOKEN, or the same login chain.
  const graphCredential = azureGraphCredential(credentialOptions, credential);
  const { collectAzure } = await import('../providers/azure/scan.js');
  const transport = (io as AzureTestIO)[AZURE_TRANSPORT];
  return collectAzure(checks, {
    credential,
    graphCredential,
    cloud,
    timeouts,
    ...(subscriptions ? { subscriptions } : {}),
    ...(flags.managementGroup ? { managementGroup: flags.managementGroup } : {}),
    ...(concurrency ? { concurrency } : {}),
    // A subscription is one shard unit: only its owner collects it.
    ...(shard ? { subscriptionFilter: (id: string) => shard.ownsAccountUnit('azure', id) } : {}),
    ...(maxAttempts ? { retryOptions: { maxRetries: maxAttempts - 1 } } : {}),
    ...(transport
      ? { httpClient: transport, retryOptions: { maxRetries: (maxAttempts ?? 6) - 1, retryDelayInMs: 1, maxRetryDelayInMs: 1 } }
      : {}),
  });
}

export async function azureRole(flags: { scope?: string; graph?: boolean }, io: CliIO): Promise<number> {
  if (flags.graph) {
    if (flags.scope !== undefined) throw new InputError('--scope', 'applies to the ARM custom role, not to --graph');
    const { requiredGraphPermissions } = await import('../providers/azure/role.js');
    io.stdout(requiredGraphPermissions().join('\n'));
    return 0;
  }
  const scopes = list(flags.scope);
  for (const s of scopes ?? []) {
    if (!/^\/(subscriptions\/[^/]+|providers\/Microsoft\.Management\/managementGroups\/[^/]+)(\/resourceGroups\/[^/]+)?$/i.test(s)) {
      throw new InputError('--scope', `"${s}" is not a subscription, resource group or management group scope`);
    }
  }
  const { azureCustomRole } = await import('../providers/azure/role.js');
  io.stdout(JSON.stringify(azureCustomRole(scopes), null, 2));
  return 0;
}
