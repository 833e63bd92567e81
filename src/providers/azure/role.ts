import { AZURE_COLLECTORS } from './collectors.js';
import { DISCOVERY_APIS, TENANT_WIDE_SERVICE } from './scan.js';

/** Every RBAC action a scan can need: what the ARM collectors declare, plus finding the subscriptions. */
export function requiredAzureActions(): string[] {
  const actions = new Set<string>();
  const arm = AZURE_COLLECTORS.filter((c) => c.service !== TENANT_WIDE_SERVICE);
  for (const spec of [...DISCOVERY_APIS, ...arm.flatMap((c) => c.apis)]) for (const a of spec.actions) actions.add(a);
  return [...actions].sort();
}

/**
 * The Microsoft Graph application permissions (all read-only) the Entra collectors declare:
 * what an administrator grants the scanning principal, with admin consent, for Entra checks.
 */
export function requiredGraphPermissions(): string[] {
  const perms = new Set<string>();
  for (const c of AZURE_COLLECTORS)
    if (c.service === TENANT_WIDE_SERVICE) for (const spec of c.apis) for (const a of spec.actions) perms.add(a);
  return [...perms].sort();
}

/**
 * A custom role definition (the JSON `az role definition create --role-definition` takes)
 * with only those read actions: the narrow alternative to Reader plus Security Reader.
 */
export function azureCustomRole(assignableScopes: readonly string[] = ['/subscriptions/00000000-0000-0000-0000-000000000000']): object {
  return {
    Name: 'annexa reader',
    IsCustom: true,
    Description: 'Read-only access for annexa scans: the ARM read actions its collectors declare, and nothing on the data plane.',
    Actions: requiredAzureActions(),
    NotActions: [],
    DataActions: [],
    NotDataActions: [],
    AssignableScopes: [...assignableScopes],
  };
}
