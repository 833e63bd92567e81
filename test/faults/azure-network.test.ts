/**
 * Azure through the SDK's real Node HTTP client against a loopback ARM endpoint that never
 * answers: the request timeout and the scan deadline end the scan with errors naming them.
 * ARM tokens are only sent over https, so a wrapper sends each https request to the loopback.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createDefaultHttpClient, type HttpClient, RestError } from '@azure/core-rest-pipeline';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { api } from '../../src/inventory/collector.js';
import { type NetworkTimeouts, scanDeadline } from '../../src/inventory/timeouts.js';
import { resolveCloud, staticTokenCredential } from '../../src/providers/azure/credentials.js';
import { classify } from '../../src/providers/azure/errors.js';
import { collectAzure } from '../../src/providers/azure/scan.js';
import { AZURE_STORAGE_ACCOUNTS } from '../../src/providers/azure/services/storage/state.js';
import { needs, resultOf, SUB } from '../providers/azure/harness.js';

/** Answers the subscription's own GET; every other request is accepted and never answered. */
async function silentArm(): Promise<{ http: HttpClient; close: () => Promise<void> }> {
  const server = createServer((req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname === `/subscriptions/${SUB}`) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ subscriptionId: SUB, displayName: 'Production' }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const real = createDefaultHttpClient();
  const http: HttpClient = {
    sendRequest: (req) => {
      const url = new URL(req.url);
      req.url = `http://127.0.0.1:${port}${url.pathname}${url.search}`;
      req.allowInsecureConnection = true;
      return real.sendRequest(req);
    },
  };
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return { http, close };
}

async function scan(timeouts: NetworkTimeouts, subscriptions: 'all' | string[]) {
  const arm = await silentArm();
  const started = Date.now();
  try {
    const snapshots = await collectAzure([needs(AZURE_STORAGE_ACCOUNTS)], {
      credential: staticTokenCredential('test-token'),
      cloud: resolveCloud(undefined),
      httpClient: arm.http,
      retryOptions: { retryDelayInMs: 1, maxRetryDelayInMs: 1 },
      subscriptions,
      timeouts,
    });
    return { snapshots, ms: Date.now() - started };
  } finally {
    await arm.close();
  }
}

describe('Azure against an endpoint that never answers', () => {
  it('a collector call ends at the request timeout as a `timeout` error', async () => {
    const { snapshots, ms } = await scan({ connectMs: 500, requestMs: 300 }, [SUB]);
    expect(ms).toBeLessThan(3000);
    const r = resultOf(snapshots[0]!, AZURE_STORAGE_ACCOUNTS);
    expect(r.ok ? 'ok' : [r.error.kind, r.error.message]).toEqual([
      'timeout',
      'timed out after 0.3s waiting for the answer (--request-timeout)',
    ]);
  });

  it('subscription discovery that outlives the deadline is an input error naming it', async () => {
    const started = Date.now();
    const run = scan({ connectMs: 500, requestMs: 30_000, deadline: scanDeadline(0.5) }, 'all');
    await expect(run).rejects.toThrow(InputError);
    await expect(run).rejects.toThrow(/the scan deadline of 0\.5s passed/);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});

describe('Azure errors without an ARM message', () => {
  it('name the HTTP status instead of a bare parse error', () => {
    const err = new RestError('Unexpected token < in JSON at position 0', { statusCode: 502 });
    const e = classify(err, api('Microsoft.Storage/storageAccounts:list', 'Microsoft.Storage/storageAccounts/read'));
    expect([e.kind, e.message]).toEqual(['unknown', 'HTTP 502: Unexpected token < in JSON at position 0']);
  });
});
