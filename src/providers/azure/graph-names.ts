/** Graph API names, apart from the client in graph.ts, so counting calls needs no SDK module loaded. */

/** The Graph version every collector reads: v1.0 only, never beta, so shapes are documented and stable. */
export const GRAPH_VERSION = 'v1.0';

/** `GET https://graph.microsoft.com/v1.0/policies/authorizationPolicy?…` → `graph:GET /policies/authorizationPolicy`; every page of a nextLink chain counts under one name. */
export function graphApiName(method: string, url: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const at = segments.findIndex((s) => s === GRAPH_VERSION || s === 'beta');
  return `graph:${method.toUpperCase()} /${segments.slice(at + 1).join('/')}`;
}
