/**
 * A loopback AWS endpoint for fault injection: STS GetCallerIdentity and GuardDuty's
 * ListDetectors/GetDetector, routed by the region in the SigV4 credential scope, so the
 * real SDK clients (signing, retries, the HTTP handler and its timeouts) do the talking.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** `hang`: accept, never answer; `reset`: drop the connection; `proxy-error`: an HTML 502 as proxies send. */
export type RegionFault = 'hang' | 'reset' | 'proxy-error';

export interface FaultPlan {
  /** Share of first attempts (and of second ones) answered with a throttle, by a fixed pseudo-random rule. */
  throttle?: number;
  regions?: Record<string, RegionFault>;
  /** Every call hangs, STS included (the credential check itself never answers). */
  hangAll?: boolean;
}

export interface FaultEndpoint {
  url: string;
  /** Throttle answers sent so far. */
  throttles: number;
  close(): Promise<void>;
}

export const ACCOUNT_ID = '123456789012';

/** FNV-1a → [0, 1): the same request and attempt always draw the same number. */
function draw(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193) >>> 0;
  return h / 2 ** 32;
}

function scope(req: IncomingMessage): { region: string; service: string } {
  const m = /Credential=[^/]+\/\d{8}\/([^/]+)\/([^/]+)\//.exec(req.headers.authorization ?? '');
  return { region: m?.[1] ?? 'unknown', service: m?.[2] ?? 'unknown' };
}

function json(res: ServerResponse, status: number, body: unknown, errorType?: string): void {
  res.writeHead(status, { 'content-type': 'application/json', ...(errorType ? { 'x-amzn-errortype': errorType } : {}) });
  res.end(JSON.stringify(body));
}

function sts(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'text/xml' });
  res.end(
    `<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult>` +
      `<Arn>arn:aws:iam::${ACCOUNT_ID}:user/auditor</Arn><UserId>AIDAEXAMPLE</UserId><Account>${ACCOUNT_ID}</Account>` +
      `</GetCallerIdentityResult><ResponseMetadata><RequestId>r-1</RequestId></ResponseMetadata></GetCallerIdentityResponse>`,
  );
}

/** One detector per region, enabled or not by a fixed draw on the region, so both verdicts occur. */
function guardduty(req: IncomingMessage, res: ServerResponse, region: string): void {
  const path = new URL(req.url ?? '/', 'http://x').pathname;
  const status = draw(region) < 0.5 ? 'ENABLED' : 'DISABLED';
  if (path === '/detector') json(res, 200, { detectorIds: [`det-${region}`] });
  else if (path === `/detector/det-${region}`) json(res, 200, { status, findingPublishingFrequency: 'SIX_HOURS', features: [] });
  else json(res, 404, { message: 'no such detector' }, 'BadRequestException');
}

export async function faultEndpoint(plan: FaultPlan = {}): Promise<FaultEndpoint> {
  const attempts = new Map<string, number>();
  const state = { throttles: 0 };
  const server: Server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const { region, service } = scope(req);
      if (plan.hangAll) return; // accepted, never answered
      if (service === 'sts') return sts(res);
      const fault = plan.regions?.[region];
      if (fault === 'hang') return;
      if (fault === 'reset') return req.socket.destroy();
      if (fault === 'proxy-error') {
        res.writeHead(502, { 'content-type': 'text/html' });
        return res.end('<html><body>Bad Gateway</body></html>');
      }
      // Retries of one call share the SDK's invocation id; at most two attempts are throttled.
      const invocation = String(req.headers['amz-sdk-invocation-id'] ?? '');
      const attempt = (attempts.get(invocation) ?? 0) + 1;
      attempts.set(invocation, attempt);
      if (plan.throttle && attempt <= 2 && draw(`${region} ${req.url} ${attempt}`) < plan.throttle) {
        state.throttles++;
        return json(res, 429, { message: 'Rate exceeded' }, 'TooManyRequestsException');
      }
      guardduty(req, res, region);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    get throttles() {
      return state.throttles;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
