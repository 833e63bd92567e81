/**
 * A generic ARM client for services without a dedicated SDK package here: plain GETs through
 * `@azure/core-client`'s pipeline, so it carries the same credential, retry policy (Retry-After),
 * counting, pools and wire capture as the service SDKs. New Azure service folders use it:
 *   const client = await ctx.client('arm');
 *   const items = await wireList(ctx, spec, () => client.list(`/subscriptions/${ctx.subscriptionId}/providers/Microsoft.Web/sites`, '2023-12-01'));
 */
import { ServiceClient } from '@azure/core-client';
import { createPipelineRequest, RestError } from '@azure/core-rest-pipeline';
export class ArmRestClient extends ServiceClient {
  base;
  constructor(options) {
    super(options);
    this.base = options.endpoint.replace(/\/+$/, '');
  }
  /** One GET; an error status throws a `RestError` (as the SDKs do), so errors classify the same. */
  async get(pathOrUrl, apiVersion) {
    const url = new URL(pathOrUrl.startsWith('https://') || pathOrUrl.startsWith('http://') ? pathOrUrl : `${this.base}${pathOrUrl}`);
    if (apiVersion && !url.searchParams.has('api-version')) url.searchParams.set('api-version', apiVersion);
    const request = createPipelineRequest({ url: url.toString(), method: 'GET' });
    const response = await this.sendRequest(request);
    if (response.status >= 400) {
      throw new RestError(`ARM answered HTTP ${response.status}`, { statusCode: response.status, request, response });
    }
    return response.bodyAsText ? JSON.parse(response.bodyAsText) : undefined;
  }
  /**
   * A paged list: follows `nextLink` to the end. Yields each page's body (the pipeline also hands
   * every body to `wireList`, which reads the items from there).
   */
  async *list(path, apiVersion) {
    let next = path;
    let first = true;
    while (next) {
      const body = await this.get(next, first ? apiVersion : undefined);
      first = false;
      yield body;
      next = typeof body?.nextLink === 'string' && body.nextLink ? body.nextLink : undefined;
    }
  }
}
