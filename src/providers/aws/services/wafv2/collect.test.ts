import { GetWebACLCommand, ListLoggingConfigurationsCommand, ListWebACLsCommand, WAFV2Client } from '@aws-sdk/client-wafv2';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { WAF_CLOUDFRONT_ACLS, WAF_REGIONAL_ACLS, WAF_REGIONAL_LOGGING } from './state.js';

let waf = mockClient(WAFV2Client);
afterEach(() => waf.reset());

const R = 'us-east-1';
const result = (inv: Awaited<ReturnType<typeof collect>>['inventory'], id: string, scope = R) => inv[id]![scope]!.result;

describe('aws.wafv2 collectors', () => {
  it('follows ListWebACLs markers per scope and reads each ACL', async () => {
    waf
      .on(ListWebACLsCommand, { Scope: 'REGIONAL' })
      .resolvesOnce({ WebACLs: [{ Name: 'b', Id: '2', ARN: 'arn:b' }], NextMarker: 'm' })
      .resolvesOnce({ WebACLs: [{ Name: 'a', Id: '1', ARN: 'arn:a' }] });
    waf.on(ListWebACLsCommand, { Scope: 'CLOUDFRONT' }).resolves({ WebACLs: [] });
    waf.on(GetWebACLCommand, { Name: 'a' }).resolves({
      WebACL: {
        Name: 'a',
        Id: '1',
        ARN: 'arn:a',
        DefaultAction: { Block: {} },
        Rules: [{ Name: 'r', Priority: 0 } as never],
        VisibilityConfig: undefined,
      },
    });
    waf.on(GetWebACLCommand, { Name: 'b' }).rejects(awsError('WAFNonexistentItemException'));
    waf
      .on(ListLoggingConfigurationsCommand)
      .resolves({ LoggingConfigurations: [{ ResourceArn: 'arn:a', LogDestinationConfigs: ['arn:log'] }] });
    const { inventory } = await collect([WAF_REGIONAL_ACLS, WAF_CLOUDFRONT_ACLS, WAF_REGIONAL_LOGGING]);
    expect(waf.commandCalls(ListWebACLsCommand, { Scope: 'REGIONAL' })[1]!.args[0].input).toMatchObject({ NextMarker: 'm' });
    expect(result(inventory, WAF_REGIONAL_ACLS.id)).toMatchObject({
      ok: true,
      value: { 'arn:a': { ok: true, value: { name: 'a', scope: 'REGIONAL', rules: 1, defaultAction: 'BLOCK' } }, 'arn:b': { ok: false } },
    });
    expect(result(inventory, WAF_CLOUDFRONT_ACLS.id, 'global')).toEqual({ ok: true, value: {} });
    expect(result(inventory, WAF_REGIONAL_LOGGING.id)).toEqual({ ok: true, value: ['arn:a'] });
  });

  it('records AccessDenied as denied', async () => {
    waf.on(ListWebACLsCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([WAF_REGIONAL_ACLS]);
    expect(result(inventory, WAF_REGIONAL_ACLS.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'wafv2:ListWebACLs' } });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    waf.restore();
    try {
      const list = throttledThen({ LoggingConfigurations: [] }, 2, 'ThrottlingException');
      const { inventory, stats } = await collect([WAF_REGIONAL_LOGGING], {
        client: { configure: fakeService({ ListLoggingConfigurations: list }) },
      });
      expect(result(inventory, WAF_REGIONAL_LOGGING.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['wafv2:ListLoggingConfigurations']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      waf = mockClient(WAFV2Client);
    }
  });
});
