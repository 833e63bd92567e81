/** `annexa azure-role`: the Azure permissions annexa needs. */
import { InputError } from '../errors.js';
import { AZURE_TRANSPORT, type AzureTestHooks } from '../providers/azure/live.js';
import type { CliIO } from './io.js';
import { list } from './options.js';

export { AZURE_TRANSPORT };
/** A CliIO carrying a replay transport: how tests scan Azure through `main()` without a network. */
export type AzureTestIO = CliIO & AzureTestHooks;

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
