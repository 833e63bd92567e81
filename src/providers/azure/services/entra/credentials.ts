/** App registration credentials (secrets and certificates) as dated facts: lifetime and time left. No secret value is involved. */
import type { Finding } from '../../../../model/check.js';
import type { ResourceRef } from '../../../../model/resource.js';
import type { AppKeyCredential, AppPasswordCredential, AppRegistration } from './state.js';
import { tenantPart } from './tenant.js';

export type AppCredential = (AppPasswordCredential | AppKeyCredential) & { kind: 'secret' | 'certificate' };

export function credentialsOf(app: AppRegistration, kinds: readonly ('secret' | 'certificate')[]): AppCredential[] {
  return [
    ...(kinds.includes('secret') ? (app.passwordCredentials ?? []).map((c) => ({ ...c, kind: 'secret' as const })) : []),
    ...(kinds.includes('certificate') ? (app.keyCredentials ?? []).map((c) => ({ ...c, kind: 'certificate' as const })) : []),
  ];
}

export function appResource(tenant: ResourceRef, app: AppRegistration): ResourceRef {
  return tenantPart(tenant, 'Microsoft.Entra/applications', app.appId, app.displayName ?? app.appId);
}

/** Whole days from start to end; undefined when either date is missing or unparseable. */
export function lifetimeDays(c: AppCredential): number | undefined {
  const start = Date.parse(c.startDateTime ?? '');
  const end = Date.parse(c.endDateTime ?? '');
  return Number.isFinite(start) && Number.isFinite(end) ? Math.floor((end - start) / 86_400_000) : undefined;
}

/** Only key ids and dates go into observed facts. */
export function describe(c: AppCredential): Record<string, unknown> {
  return { kind: c.kind, keyId: c.keyId, startDateTime: c.startDateTime ?? null, endDateTime: c.endDateTime ?? null };
}

export type { Finding };
