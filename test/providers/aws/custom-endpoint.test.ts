import { createServer, type IncomingMessage, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { customEndpoint } from '../../../src/providers/aws/clients.js';
import { S3_ACCOUNT_PUBLIC_ACCESS_BLOCK } from '../../../src/providers/aws/services/s3/state.js';
import { collect } from '../../support/aws.js';
import { ACCOUNT } from '../../support/snapshot.js';

/** A loopback emulator answering S3 Control's GetPublicAccessBlock, recording what it was asked. */
async function emulator(): Promise<{ url: string; server: Server; seen: IncomingMessage[] }> {
  const seen: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    seen.push(req);
    if (req.method === 'GET' && req.url === '/v20180820/configuration/publicAccessBlock') {
      res.setHeader('content-type', 'application/xml');
      res.end(
        '<?xml version="1.0" encoding="UTF-8"?><PublicAccessBlockConfiguration xmlns="http://awss3control.amazonaws.com/doc/2018-08-20/">' +
          '<BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>false</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets>' +
          '</PublicAccessBlockConfiguration>',
      );
      return;
    }
    res.statusCode = 404;
    res.end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  const { port } = server.address() as { port: number };
  return { url: `http://127.0.0.1:${port}`, server, seen };
}

let open: Server | undefined;
afterEach(() => {
  open?.close();
  open = undefined;
});

describe('custom endpoints (--endpoint-url / AWS_ENDPOINT_URL)', () => {
  it('reads account-level Block Public Access through the endpoint (S3 Control keeps the account out of the host)', async () => {
    const emu = await emulator();
    open = emu.server;
    const { inventory } = await collect([S3_ACCOUNT_PUBLIC_ACCESS_BLOCK], { client: { endpoint: emu.url } });
    expect(inventory['aws.s3.accountPublicAccessBlock']?.global?.result).toEqual({
      ok: true,
      value: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: false, restrictPublicBuckets: true },
    });
    expect(emu.seen).toHaveLength(1);
    expect(emu.seen[0]!.headers.host).toBe(new URL(emu.url).host);
    expect(emu.seen[0]!.headers['x-amz-account-id']).toBe(ACCOUNT);
  });

  it('turns host prefixes off for every client, and path-style on for S3', () => {
    expect(customEndpoint('sqs', 'http://localhost:4566')).toEqual({ endpoint: 'http://localhost:4566', disableHostPrefix: true });
    expect(customEndpoint('s3', 'http://localhost:4566')).toMatchObject({ forcePathStyle: true, disableHostPrefix: true });
    const control = customEndpoint('s3control', 'http://localhost:4566') as { endpointProvider: () => { url: URL } };
    expect(control.endpointProvider().url.href).toBe('http://localhost:4566/');
  });
});
