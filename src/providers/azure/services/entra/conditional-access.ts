/**
 * Conditional Access semantics, as Microsoft Entra evaluates a policy at sign-in. A policy applies
 * to a sign-in when every configured condition matches (users AND applications AND client apps AND
 * platforms AND locations AND risk); its grant controls then decide: with operator `OR` any one
 * control satisfies it, with `AND` all are needed. `block` denies access outright.
 * - Only `state: enabled` enforces; `enabledForReportingButNotEnforced` (report-only) logs and enforces nothing.
 * - Exclusions (users, groups, roles) always win over inclusions.
 * - `clientAppTypes` empty or `all` means every client; legacy clients are `exchangeActiveSync` and `other`.
 * - A policy "requires MFA" only when no alternative lets a sign-in through without it: `mfa` or an
 *   authentication strength is required, and under `OR` no other control (compliant device, …) is offered.
 */
import type { ConditionalAccessPolicy } from './state.js';

type Policy = ConditionalAccessPolicy;

const has = (list: readonly string[] | undefined, v: string): boolean => (list ?? []).some((x) => x.toLowerCase() === v.toLowerCase());

export function enforced(p: Policy): boolean {
  return p.state === 'enabled';
}

export function reportOnly(p: Policy): boolean {
  return p.state === 'enabledForReportingButNotEnforced';
}

export function includesAllUsers(p: Policy): boolean {
  return has(p.conditions?.users?.includeUsers, 'All');
}

/** Users, groups and roles excluded: a covered population with holes, reported as observed. */
export function exclusions(p: Policy): number {
  const u = p.conditions?.users;
  return (u?.excludeUsers?.length ?? 0) + (u?.excludeGroups?.length ?? 0) + (u?.excludeRoles?.length ?? 0);
}

/** Roles the policy covers: every role when it includes all users, else its `includeRoles` minus `excludeRoles`. */
export function coversRole(p: Policy, roleTemplateId: string): boolean {
  if (has(p.conditions?.users?.excludeRoles, roleTemplateId)) return false;
  return includesAllUsers(p) || has(p.conditions?.users?.includeRoles, roleTemplateId);
}

/** All cloud apps, or the app given, included and not excluded. */
export function coversApp(p: Policy, appId?: string): boolean {
  const a = p.conditions?.applications;
  if (appId && has(a?.excludeApplications, appId)) return false;
  return has(a?.includeApplications, 'All') || (appId !== undefined && has(a?.includeApplications, appId));
}

/** All cloud apps with nothing excluded. */
export function coversEveryApp(p: Policy): boolean {
  const a = p.conditions?.applications;
  return has(a?.includeApplications, 'All') && (a?.excludeApplications?.length ?? 0) === 0;
}

function allClients(p: Policy): boolean {
  const t = p.conditions?.clientAppTypes ?? [];
  return t.length === 0 || has(t, 'all');
}

/** Modern clients (browser and apps) are in scope. */
export function coversModernClients(p: Policy): boolean {
  const t = p.conditions?.clientAppTypes ?? [];
  return allClients(p) || (has(t, 'browser') && has(t, 'mobileAppsAndDesktopClients'));
}

/** Legacy authentication clients (Exchange ActiveSync and other old protocols) are in scope. */
export function coversLegacyClients(p: Policy): boolean {
  const t = p.conditions?.clientAppTypes ?? [];
  return allClients(p) || (has(t, 'exchangeActiveSync') && has(t, 'other'));
}

/** No platform, location or risk condition narrows where the policy applies. */
export function unconditional(p: Policy): boolean {
  const c = p.conditions;
  const platforms = c?.platforms?.includePlatforms;
  const locations = c?.locations?.includeLocations;
  return (
    (platforms === undefined || platforms.length === 0 || (has(platforms, 'all') && !c?.platforms?.excludePlatforms?.length)) &&
    (locations === undefined || locations.length === 0 || (has(locations, 'All') && !c?.locations?.excludeLocations?.length)) &&
    !(c?.signInRiskLevels?.length ?? 0) &&
    !(c?.userRiskLevels?.length ?? 0)
  );
}

export function blocks(p: Policy): boolean {
  return has(p.grantControls?.builtInControls, 'block');
}

/** MFA (or an authentication strength) is unavoidable once the policy applies. */
export function requiresMfa(p: Policy): boolean {
  const g = p.grantControls;
  if (!g) return false;
  const controls = g.builtInControls ?? [];
  const mfa = has(controls, 'mfa') || g.authenticationStrength !== undefined;
  if (!mfa) return false;
  if ((g.operator ?? 'OR').toUpperCase() === 'AND') return true;
  // Under OR every offered control must itself be MFA: anything else is a way around it.
  return controls.every((c) => c.toLowerCase() === 'mfa');
}

/** A short, quotable label for messages. */
export function label(p: Policy): string {
  return `"${p.displayName ?? p.id}"`;
}
