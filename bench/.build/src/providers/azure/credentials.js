import { InputError } from '../../errors.js';
export const AZURE_CLOUDS = ['AzureCloud', 'AzureChinaCloud', 'AzureUSGovernment'];
// The names `az cloud list` uses, so users can copy them from the CLI.
const CLOUDS = {
  AzureCloud: {
    armEndpoint: 'https://management.azure.com',
    scope: 'https://management.azure.com/.default',
    authorityHost: 'https://login.microsoftonline.com',
  },
  AzureChinaCloud: {
    armEndpoint: 'https://management.chinacloudapi.cn',
    scope: 'https://management.chinacloudapi.cn/.default',
    authorityHost: 'https://login.chinacloudapi.cn',
  },
  AzureUSGovernment: {
    armEndpoint: 'https://management.usgovcloudapi.net',
    scope: 'https://management.usgovcloudapi.net/.default',
    authorityHost: 'https://login.microsoftonline.us',
  },
};
/**
 * `--azure-cloud` picks a sovereign cloud; `--arm-endpoint` points at any other ARM (Azure
 * Stack Hub, a proxy). A custom endpoint keeps the chosen cloud's authority and asks for a
 * token for the endpoint itself, which is what Azure Stack expects.
 */
export function resolveCloud(name, armEndpoint) {
  const cloudName = name ?? 'AzureCloud';
  if (!AZURE_CLOUDS.includes(cloudName)) {
    throw new InputError('--azure-cloud', `"${cloudName}" is not a known cloud (${AZURE_CLOUDS.join(', ')})`);
  }
  const base = CLOUDS[cloudName];
  if (armEndpoint === undefined) return { name: cloudName, ...base };
  let url;
  try {
    url = new URL(armEndpoint);
  } catch {
    throw new InputError('--arm-endpoint', `"${armEndpoint}" is not a URL`);
  }
  // Bearer tokens must never travel in clear text; the SDK refuses them over http anyway.
  if (url.protocol !== 'https:') throw new InputError('--arm-endpoint', `"${armEndpoint}" must be an https:// URL`);
  const origin = url.origin + url.pathname.replace(/\/+$/, '');
  return { name: 'custom', armEndpoint: origin, scope: `${origin}/.default`, authorityHost: base.authorityHost };
}
/**
 * Audiences ARM accepts in each cloud: its own URL, the classic `management.core` resource id
 * (what `az account get-access-token` asks for by default), and ARM's application id.
 */
const ARM_APP_ID = '797f4846-ba00-4fd7-ba43-dac1f8f63013';
const ARM_AUDIENCES = {
  AzureCloud: ['https://management.azure.com', 'https://management.core.windows.net', ARM_APP_ID],
  AzureChinaCloud: ['https://management.chinacloudapi.cn', 'https://management.core.chinacloudapi.cn', ARM_APP_ID],
  AzureUSGovernment: ['https://management.usgovcloudapi.net', 'https://management.core.usgovcloudapi.net', ARM_APP_ID],
};
/** The claims of a JWT access token; empty when the token is opaque. */
function jwtClaims(token) {
  const payload = token.split('.')[1];
  if (!payload) return {};
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? claims : {};
  } catch {
    return {};
  }
}
/**
 * A pre-issued ARM token (`az account get-access-token`), for pipelines that already hold
 * one. It cannot be refreshed, so an expired token is bad input, not a scan full of errors.
 */
export function staticTokenCredential(token, now = Date.now(), cloud) {
  const { exp, aud } = jwtClaims(token);
  const expires = typeof exp === 'number' ? exp * 1000 : undefined;
  if (expires !== undefined && expires <= now) {
    throw new InputError('AZURE_ACCESS_TOKEN', `the token expired at ${new Date(expires).toISOString()}; fetch a new one`);
  }
  // A token for another resource (Graph, Key Vault) or another cloud would fail every call
  // with 401; say so once. A custom endpoint's audience is not known, so it is not checked.
  const audiences = cloud && cloud.name !== 'custom' ? ARM_AUDIENCES[cloud.name] : undefined;
  if (audiences && typeof aud === 'string' && !audiences.includes(aud.replace(/\/+$/, '').toLowerCase())) {
    throw new InputError(
      'AZURE_ACCESS_TOKEN',
      `the token is for "${aud}", not Azure Resource Manager in ${cloud.name}; fetch one for ${cloud.armEndpoint}`,
    );
  }
  // An opaque token gets a nominal hour; ARM itself will reject it if that is wrong.
  const value = { token, expiresOnTimestamp: expires ?? now + 3_600_000 };
  return { getToken: async () => value };
}
/** `AZURE_ACCESS_TOKEN` when set; otherwise DefaultAzureCredential (env, workload identity/OIDC, managed identity, Azure CLI…). */
export async function azureCredential(opts) {
  if (opts.tenant !== undefined && !/^[0-9a-z.-]+$/i.test(opts.tenant)) {
    throw new InputError('--tenant', `"${opts.tenant}" is not a tenant id or domain`);
  }
  const token = opts.env.AZURE_ACCESS_TOKEN?.trim();
  if (token) {
    // A pre-issued token already belongs to one tenant; a --tenant id that contradicts it is a mistake worth naming.
    const { tid } = jwtClaims(token);
    if (opts.tenant && typeof tid === 'string' && /^[0-9a-f-]{36}$/i.test(opts.tenant) && tid.toLowerCase() !== opts.tenant.toLowerCase()) {
      throw new InputError('--tenant', `AZURE_ACCESS_TOKEN was issued in tenant ${tid}, not ${opts.tenant}`);
    }
    return staticTokenCredential(token, Date.now(), opts.cloud);
  }
  const { DefaultAzureCredential } = await import('@azure/identity');
  return new DefaultAzureCredential({
    ...(opts.tenant ? { tenantId: opts.tenant } : {}),
    authorityHost: opts.cloud.authorityHost,
  });
}
/**
 * Ask for one token before any scan work, so a missing login is one clear line (exit 2)
 * instead of every inventory key failing the same way.
 */
export async function checkCredential(credential, cloud) {
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
