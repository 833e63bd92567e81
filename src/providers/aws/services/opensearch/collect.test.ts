import { DescribeDomainsCommand, ListDomainNamesCommand, OpenSearchClient } from '@aws-sdk/client-opensearch';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { OPENSEARCH_DOMAINS } from './state.js';

let os = mockClient(OpenSearchClient);
afterEach(() => os.reset());
const R = 'us-east-1';
type Inv = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inv) => inv[OPENSEARCH_DOMAINS.id]![R]!.result;
const status = (name: string) => ({ DomainName: name, ARN: `arn:${name}`, DomainId: name, ClusterConfig: {} });

describe('aws.opensearch.domains', () => {
  it('describes domains in batches of five (two pages for seven domains)', async () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    os.on(ListDomainNamesCommand).resolves({ DomainNames: names.map((DomainName) => ({ DomainName })) });
    os.on(DescribeDomainsCommand).callsFake((input: { DomainNames: string[] }) => ({
      DomainStatusList: input.DomainNames.map((n) =>
        n === 'a'
          ? {
              ...status(n),
              VPCOptions: { SubnetIds: ['s'] },
              AccessPolicies: '{"Statement":[]}',
              LogPublishingOptions: { AUDIT_LOGS: { Enabled: true } },
            }
          : n === 'b'
            ? { ...status(n), AccessPolicies: 'not json' }
            : status(n),
      ),
    }));
    const { inventory } = await collect([OPENSEARCH_DOMAINS]);
    const calls = os.commandCalls(DescribeDomainsCommand);
    expect(calls.map((c) => c.args[0].input.DomainNames)).toEqual([
      ['a', 'b', 'c', 'd', 'e'],
      ['f', 'g'],
    ]);
    const res = result(inventory);
    expect(res).toMatchObject({ ok: true });
    if (!res.ok) return;
    const list = res.value as { name: string; inVpc: boolean; logs: object; accessPolicy: unknown; accessPolicyUnreadable?: string }[];
    expect(list).toHaveLength(7);
    expect(list[0]).toMatchObject({ name: 'a', inVpc: true, logs: { AUDIT_LOGS: true }, accessPolicy: { statements: [] } });
    expect(list[1]).toMatchObject({ name: 'b', inVpc: false, accessPolicy: null, accessPolicyUnreadable: 'policy is not valid JSON' });
  });

  it('classifies a denied ListDomainNames as denied', async () => {
    os.on(ListDomainNamesCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([OPENSEARCH_DOMAINS]);
    expect(result(inventory)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'es:ListDomainNames', action: 'es:ListDomainNames' },
    });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    os.restore();
    try {
      const describe = throttledThen({ DomainStatusList: [status('a')] }, 2);
      const { inventory, stats } = await collect([OPENSEARCH_DOMAINS], {
        client: { configure: fakeService({ ListDomainNames: () => ({ DomainNames: [{ DomainName: 'a' }] }), DescribeDomains: describe }) },
      });
      expect(result(inventory)).toMatchObject({ ok: true, value: [{ name: 'a' }] });
      expect(stats.toJSON()['es:DescribeDomains']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      os = mockClient(OpenSearchClient);
    }
  });
});
