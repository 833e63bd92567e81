/**
 * Which Azure cloud to talk to, and how to authenticate there. `@azure/identity` is
 * imported only when a scan needs it, so `annexa --help` does not pay for it.
 */
import type { AccessToken, TokenCredential } from '@azure/identity';
import { InputError } from '../../errors.js';

export const AZURE_CLOUDS = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'] as const;
export type AzureCloudName = (typeof AZURE_CLOUDS)[number];

export interface AzureCloud {
  /** A name from AZURE_CLOUDS, or `custom` for `--arm-endpoint`; recorded as the snapshot's partition. */
  name: AzureCloudName | 'custom';
  /** ARM base URL, without a trailing slash. */
  armEndpoint: string;
  /** The token scope (audience + `/.default`) ARM accepts in that cloud. */
  scope: string;
  /** Microsoft Entra authority for interactive and secret-based logins. */
  authorityHost: string;
  /** Microsoft Graph base URL (no version, no trailing slash): Entra ID settings are read there. */
  graphEndpoint: string;
  /** The token scope Graph accepts (its URL + `/.default`: the application permissions granted to the principal). */
  graphScope: string;
}

// The names `az cloud list` uses, so users can copy them from the CLI.
const CLOUDS: Record<AzureCloudName, Omit<AzureCloud, 'name'>> = {
  AzureCloud: {
    armEndpoint: 'https://management.azure.com',
    scope: 'https://management.azure.com/.default',
    authorityHost: 'https://login.microsoftonline.com',
    graphEndpoint: 'https://graph.microsoft.com',
    graphScope: 'https://graph.microsoft.com/.default',
  },
  AzureChinaCloud: {
    armEndpoint: 'https://management.chinacloudapi.cn',
    scope: 'https://management.chinacloudapi.cn/.default',
    authorityHost: 'https://login.chinacloudapi.cn',
    graphEndpoint: 'https://microsoftgraph.chinacloudapi.cn',
    graphScope: 'https://microsoftgraph.chinacloudapi.cn/.default',
  },
  AzureUSGovernment: {
    armEndpoint: 'https://management.usgovcloudapi.net',
    scope: 'https://management.usgovcloudapi.net/.default',
    authorityHost: 'https://login.microsoftonline.us',
    // Graph for US Government L4; DoD tenants pass --graph-endpoint https://dod-graph.microsoft.us.
    graphEndpoint: 'https://graph.microsoft.us',
    graphScope: 'https://graph.microsoft.us/.default',
  },
};

/** An https base URL from a flag, without a trailing slash; anything else is bad input naming the flag. */
function httpsBase(flag: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new InputError(flag, `"${value}" is not a URL`);
  }
  // Bearer tokens must never travel in clear text; the SDK refuses them over http anyway.
  if (url.protocol !== 'https:') throw new InputError(flag, `"${value}" must be an https:// URL`);
  return url.origin + url.pathname.replace(/\/+$/, '');
}

/**
 * `--azure-cloud` picks a sovereign cloud; `--arm-endpoint` points at any other ARM (Azure
 * Stack Hub, a proxy). A custom endpoint keeps the chosen cloud's authority and asks for a
 * token for the endpoint itself, which is what Azure Stack expects. `--graph-endpoint` does the
 * same for Microsoft Graph (a DoD tenant, a proxy); otherwise Graph is the chosen cloud's.
 */
export function resolveCloud(name: string | undefined, armEndpoint?: string, graphEndpoint?: string): AzureCloud {
  const cloudName = name ?? 'AzureCloud';
  if (!(AZURE_CLOUDS as readonly string[]).includes(cloudName)) {
    throw new InputError('--azure-cloud', `"${cloudName}" is not a known cloud (${AZURE_CLOUDS.join(', ')})`);
  }
  const base = CLOUDS[cloudName as AzureCloudName];
  const graph =
    graphEndpoint === undefined
      ? {}
      : (() => {
          const origin = httpsBase('--graph-endpoint', graphEndpoint);
          return { graphEndpoint: origin, graphScope: `${origin}/.default` };
        })();
  if (armEndpoint === undefined) return { name: cloudName as AzureCloudName, ...base, ...graph };
  const origin = httpsBase('--arm-endpoint', armEndpoint);
  return { ...base, name: 'custom', armEndpoint: origin, scope: `${origin}/.default`, ...graph };
}

/**
 * Audiences ARM accepts in each cloud: its own URL, the classic `management.core` resource id
 * (what `az account get-access-token` asks for by default), and ARM's application id.
 */
const ARM_APP_ID = '797f4846-ba00-4fd7-ba43-dac1f8f63013';
const ARM_AUDIENCES: Record<AzureCloudName, readonly string[]> = {
  AzureCloud: ['https://management.azure.com', 'https://management.core.windows.net', ARM_APP_ID],
  AzureChinaCloud: ['https://management.chinacloudapi.cn', 'https://management.core.chinacloudapi.cn', ARM_APP_ID],
  AzureUSGovernment: ['https://management.usgovcloudapi.net', 'https://management.core.usgovcloudapi.net', ARM_APP_ID],
};

/** The claims of a JWT access token; empty when the token is opaque. */
function jwtClaims(token: string): { exp?: unknown; aud?: unknown; tid?: unknown } {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    const claims: unknown = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? claims : {};
  } catch {
    return {};
  }
}

/** What a pre-issued token is for: the variable it came from and the audiences that resource accepts (none: not checked). */
interface TokenTarget {
  variable: string;
  audiences?: readonly string[];
  /** Names the resource in the error, e.g. "Azure Resource Manager in AzureCloud". */
  resource: string;
  endpoint: string;
}

function armTarget(cloud?: AzureCloud): TokenTarget {
  return {
    variable: 'AZURE_ACCESS_TOKEN',
    // A custom endpoint's audience is not known, so it is not checked.
    ...(cloud && cloud.name !== 'custom' ? { audiences: ARM_AUDIENCES[cloud.name] } : {}),
    resource: `Azure Resource Manager in ${cloud?.name ?? 'AzureCloud'}`,
    endpoint: cloud?.armEndpoint ?? '',
  };
}

/**
 * Audiences Microsoft Graph tokens carry: the Graph URL of the cloud, or Graph's application id.
 * A `--graph-endpoint` proxy still receives a token for real Graph, so every known Graph URL is accepted then.
 */
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
const GRAPH_URLS = Object.values(CLOUDS).map((c) => c.graphEndpoint);
function graphTarget(cloud: AzureCloud): TokenTarget {
  const known = GRAPH_URLS.includes(cloud.graphEndpoint);
  return {
    variable: 'AZURE_GRAPH_ACCESS_TOKEN',
    audiences: [
      ...(known ? [cloud.graphEndpoint] : GRAPH_URLS),
      ...(cloud.graphEndpoint.endsWith('.us') ? ['https://dod-graph.microsoft.us'] : []),
      GRAPH_APP_ID,
    ],
    resource: `Microsoft Graph (${cloud.graphEndpoint})`,
    endpoint: cloud.graphEndpoint,
  };
}

function preIssued(token: string, now: number, target: TokenTarget): TokenCredential {
  const { exp, aud } = jwtClaims(token);
  const expires = typeof exp === 'number' ? exp * 1000 : undefined;
  if (expires !== undefined && expires <= now) {
    throw new InputError(target.variable, `the token expired at ${new Date(expires).toISOString()}; fetch a new one`);
  }
  // A token for another resource (Graph, Key Vault) or another cloud would fail every call
  // with 401; say so once.
  const { audiences } = target;
  if (audiences && typeof aud === 'string' && !audiences.includes(aud.replace(/\/+$/, '').toLowerCase())) {
    throw new InputError(target.variable, `the token is for "${aud}", not ${target.resource}; fetch one for ${target.endpoint}`);
  }
  // An opaque token gets a nominal hour; the service itself will reject it if that is wrong.
  const value: AccessToken = { token, expiresOnTimestamp: expires ?? now + 3_600_000 };
  return { getToken: async () => value };
}

/**
 * A pre-issued ARM token (`az account get-access-token`), for pipelines that already hold
 * one. It cannot be refreshed, so an expired token is bad input, not a scan full of errors.
 */
export function staticTokenCredential(token: string, now: number = Date.now(), cloud?: AzureCloud): TokenCredential {
  return preIssued(token, now, armTarget(cloud));
}

/** A pre-issued Microsoft Graph token (`az account get-access-token --resource-type ms-graph`), checked like the ARM one. */
export function staticGraphCredential(token: string, cloud: AzureCloud, now: number = Date.now()): TokenCredential {
  return preIssued(token, now, graphTarget(cloud));
}

export interface CredentialOptions {
  tenant?: string;
  cloud: AzureCloud;
  env: NodeJS.ProcessEnv;
}

/** A pre-issued token already belongs to one tenant; a --tenant id that contradicts it is a mistake worth naming. */
function sameTenant(token: string, variable: string, tenant: string | undefined): void {
  const { tid } = jwtClaims(token);
  if (tenant && typeof tid === 'string' && /^[0-9a-f-]{36}$/i.test(tenant) && tid.toLowerCase() !== tenant.toLowerCase()) {
    throw new InputError('--tenant', `${variable} was issued in tenant ${tid}, not ${tenant}`);
  }
}

/** `AZURE_ACCESS_TOKEN` when set; otherwise DefaultAzureCredential (env, workload identity/OIDC, managed identity, Azure CLI…). */
export async function azureCredential(opts: CredentialOptions): Promise<TokenCredential> {
  if (opts.tenant !== undefined && !/^[0-9a-z.-]+$/i.test(opts.tenant)) {
    throw new InputError('--tenant', `"${opts.tenant}" is not a tenant id or domain`);
  }
  const token = opts.env.AZURE_ACCESS_TOKEN?.trim();
  if (token) {
    sameTenant(token, 'AZURE_ACCESS_TOKEN', opts.tenant);
    return staticTokenCredential(token, Date.now(), opts.cloud);
  }
  const { DefaultAzureCredential } = await import('@azure/identity');
  return new DefaultAzureCredential({
    ...(opts.tenant ? { tenantId: opts.tenant } : {}),
    authorityHost: opts.cloud.authorityHost,
  });
}

/** Why no Graph token can be had: the store turns each Graph key into a `denied` error saying so. */
class GraphTokenMissing extends Error {
  override readonly name = 'CredentialUnavailableError';
}

/**
 * The credential for Microsoft Graph. `AZURE_GRAPH_ACCESS_TOKEN` when set (audience and tenant
 * checked like AZURE_ACCESS_TOKEN). A pre-issued ARM token cannot be exchanged for a Graph one,
 * so with only AZURE_ACCESS_TOKEN every Entra key is an error naming the variable to set. Otherwise
 * the ARM credential itself (DefaultAzureCredential asks for the Graph scope when Graph is called).
 */
export function azureGraphCredential(opts: CredentialOptions, armCredential: TokenCredential): TokenCredential {
  const token = opts.env.AZURE_GRAPH_ACCESS_TOKEN?.trim();
  if (token) {
    sameTenant(token, 'AZURE_GRAPH_ACCESS_TOKEN', opts.tenant);
    return staticGraphCredential(token, opts.cloud);
  }
  if (opts.env.AZURE_ACCESS_TOKEN?.trim()) {
    return {
      getToken: async () => {
        throw new GraphTokenMissing('AZURE_ACCESS_TOKEN is for ARM only; set AZURE_GRAPH_ACCESS_TOKEN to read Microsoft Entra ID');
      },
    };
  }
  return armCredential;
}

/**
 * Ask for one token before any scan work, so a missing login is one clear line (exit 2)
 * instead of every inventory key failing the same way.
 */
export async function checkCredential(credential: TokenCredential, cloud: AzureCloud): Promise<void> {
  try {
    const t = await credential.getToken(cloud.scope);
    if (!t) throw new Error('no token returned');
  } catch (err) {
    const msg = (err instanceof Error ? err.message : String(err)).split('\n')[0];
    throw new InputError(
      'Azure credentials',
      `${msg} (run \`az login\`, set AZURE_CLIENT_ID/AZURE_TENANT_ID with a secret or federated token, or set AZURE_ACCESS_TOKEN)`,
    );
  }
}
