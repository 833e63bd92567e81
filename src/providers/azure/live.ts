/** `annexa scan azure`: the Azure flags of a live request → one snapshot per subscription. */
import type { HttpClient } from '@azure/core-rest-pipeline';
import { InputError } from '../../errors.js';
import { list, positiveInt, timeoutsOption } from '../../input.js';
import type { Snapshot } from '../../model/snapshot.js';
import type { LiveRequest } from '../descriptor.js';

/**
 * Where tests put a replay `HttpClient` so `main()` scans Azure without a network. Never
 * set in a real run: `processIO()` knows nothing of it.
 */
export const AZURE_TRANSPORT = Symbol.for('annexa.test.azureTransport');
export type AzureTestHooks = { [AZURE_TRANSPORT]?: HttpClient };

const text = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function subscriptionsOption(value: string | undefined): string[] | 'all' | undefined {
  const ids = list(value);
  if (!ids) return undefined;
  if (ids.length === 1 && ids[0]!.toLowerCase() === 'all') return 'all';
  for (const id of ids) if (!GUID.test(id)) throw new InputError('--subscriptions', `"${id}" is not a subscription id (a GUID) or "all"`);
  return ids;
}

export async function collectLive(r: LiveRequest): Promise<Snapshot[]> {
  const f = r.flags;
  const subscriptions = subscriptionsOption(text(f.subscriptions));
  const managementGroup = text(f.managementGroup);
  if (subscriptions && managementGroup)
    throw new InputError('--management-group', 'give either --subscriptions or --management-group, not both');
  const concurrency = positiveInt('--concurrency', text(f.concurrency)) ?? r.config.concurrency;
  const maxAttempts = positiveInt('--max-attempts', text(f.maxAttempts));
  const tenant = text(f.tenant);
  const { resolveCloud, azureCredential, azureGraphCredential } = await import('./credentials.js');
  const cloud = resolveCloud(text(f.azureCloud), text(f.armEndpoint), text(f.graphEndpoint));
  const credentialOptions = { ...(tenant ? { tenant } : {}), cloud, env: r.env };
  const credential = await azureCredential(credentialOptions);
  // Entra ID is read through Microsoft Graph: AZURE_GRAPH_ACCESS_TOKEN, or the same login chain.
  const graphCredential = azureGraphCredential(credentialOptions, credential);
  const { collectAzure } = await import('./scan.js');
  const transport = (r.hooks as AzureTestHooks)[AZURE_TRANSPORT];
  const shard = r.shard;
  return collectAzure(r.checks, {
    credential,
    graphCredential,
    cloud,
    timeouts: timeoutsOption({
      connectTimeout: text(f.connectTimeout),
      requestTimeout: text(f.requestTimeout),
      deadline: text(f.deadline),
    }),
    ...(subscriptions ? { subscriptions } : {}),
    ...(managementGroup ? { managementGroup } : {}),
    ...(concurrency ? { concurrency } : {}),
    // A subscription is one shard unit: only its owner collects it.
    ...(shard ? { subscriptionFilter: (id: string) => shard.ownsAccountUnit('azure', id) } : {}),
    ...(maxAttempts ? { retryOptions: { maxRetries: maxAttempts - 1 } } : {}),
    ...(transport
      ? { httpClient: transport, retryOptions: { maxRetries: (maxAttempts ?? 6) - 1, retryDelayInMs: 1, maxRetryDelayInMs: 1 } }
      : {}),
  });
}
