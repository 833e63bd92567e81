/**
 * Microsoft Graph through `@azure/core-client`'s pipeline, like the ARM clients: the same
 * counting, pools, retry policy (Retry-After, bounded) and wire capture. Entra ID settings are
 * read here, tenant-wide (see `services/entra/`).
 *   const graph = await ctx.client('graph');
 *   const items = await wireList(ctx, spec, () => graph.list('/identity/conditionalAccess/policies'));
 */
import { ServiceClient, type ServiceClientOptions } from '@azure/core-client';
import { createPipelineRequest, RestError } from '@azure/core-rest-pipeline';
import { GRAPH_VERSION } from './graph-names.js';

/** Graph's error body: `{ error: { code, message } }`, the same envelope as ARM's. */
function graphError(text: string | undefined): { code?: string; message?: string } {
  try {
    const body = JSON.parse(text ?? '') as { error?: { code?: unknown; message?: unknown } };
    return {
      ...(typeof body.error?.code === 'string' ? { code: body.error.code } : {}),
      ...(typeof body.error?.message === 'string' ? { message: body.error.message } : {}),
    };
  } catch {
    return {};
  }
}

export class GraphRestClient extends ServiceClient {
  private readonly base: string;

  constructor(options: ServiceClientOptions & { endpoint: string }) {
    super(options);
    this.base = `${options.endpoint.replace(/\/+$/, '')}/${GRAPH_VERSION}`;
  }

  /** One GET of a path under the version (`/policies/authorizationPolicy`) or an absolute nextLink. */
  async get(pathOrUrl: string): Promise<unknown> {
    const url = /^https?:\/\//.test(pathOrUrl) ? pathOrUrl : `${this.base}${pathOrUrl}`;
    const request = createPipelineRequest({ url, method: 'GET' });
    const response = await this.sendRequest(request);
    if (response.status >= 400) {
      // Graph's code decides the kind (denied, licence-gated, throttled): keep it on the error, as the SDKs do.
      const { code, message } = graphError(response.bodyAsText ?? undefined);
      throw new RestError(message ?? `Microsoft Graph answered HTTP ${response.status}`, {
        statusCode: response.status,
        request,
        response,
        ...(code ? { code } : {}),
      });
    }
    return response.bodyAsText ? (JSON.parse(response.bodyAsText) as unknown) : undefined;
  }

  /** A collection: follows `@odata.nextLink` (absolute, opaque skip token) to the last page. */
  async *list(path: string): AsyncIterable<unknown> {
    let next: string | undefined = path;
    while (next) {
      const body = (await this.get(next)) as Record<string, unknown> | undefined;
      yield body;
      const link = body?.['@odata.nextLink'];
      next = typeof link === 'string' && link ? link : undefined;
    }
  }
}
