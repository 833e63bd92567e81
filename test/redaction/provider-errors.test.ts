import { RestError } from '@azure/core-rest-pipeline';
import { describe, expect, it } from 'vitest';
import { api, unreadable } from '../../src/inventory/collector.js';
import { classify as classifyAws } from '../../src/providers/aws/errors.js';
import { classify as classifyAzure } from '../../src/providers/azure/errors.js';

// A live scan's errors lose their secrets where they are made, before any snapshot, note or line.
const TOKEN = `ghp_${'z9Y8x7W6v5'.repeat(3)}U4t3S2`;
const SPEC = api('s3:GetBucketPolicy');

describe('provider errors are redacted where they are classified', () => {
  it('AWS: even past the first-line cut and the 300-character cap', () => {
    // The token straddles the cap: cut first, its first 29 characters would no longer look like a token.
    const err = Object.assign(new Error(`${'x'.repeat(250)} password=${'hunter2!'} ${TOKEN} tail\nsecond line`), {
      name: 'AccessDenied',
    });
    expect(`${'x'.repeat(250)} password=${'hunter2!'} ${TOKEN}`.length).toBeGreaterThan(300);
    const e = classifyAws(err, SPEC);
    expect(e.message).toBe(`${'x'.repeat(250)} password=[REDACTED] [REDACTED] tail`);
  });

  it('Azure: ARM and Graph messages', () => {
    const e = classifyAzure(new RestError(`Forbidden: client_secret=${'abc123XYZ'} sent with ${TOKEN}`, { statusCode: 403 }), SPEC);
    expect(e.message).toBe('HTTP 403: Forbidden: client_secret=[REDACTED] sent with [REDACTED]');
  });

  it('an answer that cannot be read', () => {
    const r = unreadable(SPEC, `policy document has "token": "${'t0ken-value'}"`);
    expect(r.ok ? '' : r.error.message).toBe('policy document has "token": [REDACTED]');
  });
});
