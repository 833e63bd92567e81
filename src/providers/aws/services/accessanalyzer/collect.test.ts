import { AccessAnalyzerClient, ListAnalyzersCommand } from '@aws-sdk/client-accessanalyzer';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { accessAnalyzerAnalyzerPresent } from './checks/aws.accessanalyzer.analyzer-present.js';
import { ACCESSANALYZER_ANALYZERS } from './state.js';

let aa = mockClient(AccessAnalyzerClient);
afterEach(() => aa.reset());

const R = 'us-east-1';
const arn = (name: string) => `arn:aws:access-analyzer:${R}:111122223333:analyzer/${name}`;
const summary = (name: string, type: 'ACCOUNT' | 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE' | 'FAILED' = 'ACTIVE') => ({
  name,
  arn: arn(name),
  type,
  status,
  createdAt: new Date('2025-01-01T00:00:00Z'),
});
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], region = R) => inv['aws.accessanalyzer.analyzers']![region]!.result;

describe('aws.accessanalyzer.analyzers', () => {
  it('follows ListAnalyzers pages and keeps every type', async () => {
    aa.on(ListAnalyzersCommand)
      .resolvesOnce({ analyzers: [summary('unused', 'ACCOUNT_UNUSED_ACCESS')], nextToken: 't1' })
      .resolvesOnce({ analyzers: [summary('external', 'ACCOUNT', 'FAILED')] });
    const { inventory } = await collect([ACCESSANALYZER_ANALYZERS]);
    expect(aa.commandCalls(ListAnalyzersCommand)[1]!.args[0].input).toMatchObject({ nextToken: 't1' });
    expect(aa.commandCalls(ListAnalyzersCommand)[0]!.args[0].input.type).toBeUndefined();
    expect(result(inventory)).toEqual({
      ok: true,
      value: [
        { name: 'external', arn: arn('external'), type: 'ACCOUNT', status: 'FAILED' },
        { name: 'unused', arn: arn('unused'), type: 'ACCOUNT_UNUSED_ACCESS', status: 'ACTIVE' },
      ],
    });
  });

  it('classifies AccessDenied with the IAM action needed', async () => {
    aa.on(ListAnalyzersCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([ACCESSANALYZER_ANALYZERS]);
    expect(result(inventory)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'access-analyzer:ListAnalyzers', action: 'access-analyzer:ListAnalyzers' },
    });
  });

  it('lists each region once however many checks need it', async () => {
    aa.on(ListAnalyzersCommand).resolves({ analyzers: [] });
    const twin = { ...accessAnalyzerAnalyzerPresent, meta: { ...accessAnalyzerAnalyzerPresent.meta, id: 'twin' } };
    const { inventory } = await collect([accessAnalyzerAnalyzerPresent, twin], { regions: ['eu-west-1', R] });
    expect(aa.commandCalls(ListAnalyzersCommand)).toHaveLength(2);
    expect(result(inventory, 'eu-west-1')).toEqual({ ok: true, value: [] });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    aa.restore();
    try {
      const list = throttledThen({ analyzers: [summary('external', 'ACCOUNT')] }, 2);
      const { inventory, stats } = await collect([ACCESSANALYZER_ANALYZERS], {
        client: { configure: fakeService({ ListAnalyzers: list }) },
      });
      expect(result(inventory)).toMatchObject({ ok: true, value: [{ name: 'external', status: 'ACTIVE' }] });
      expect(list.calls).toBe(3);
      expect(stats.toJSON()['access-analyzer:ListAnalyzers']).toMatchObject({ calls: 1, attempts: 3, throttles: 2, errors: 0 });
    } finally {
      aa = mockClient(AccessAnalyzerClient);
    }
  });
});
