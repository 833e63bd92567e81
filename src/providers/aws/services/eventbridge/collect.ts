import { api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { PolicyParseError, parsePolicyDocument } from '../../iam-policy.js';
import { EVENTBRIDGE_BUS_KEYS, EVENTBRIDGE_BUSES, type EventBus, eventBusArn, eventBusKind } from './state.js';

const EVENTS = awsClient('events', 'events', async () => (await import('@aws-sdk/client-eventbridge')).EventBridgeClient);

const LIST_BUSES = api('events:ListEventBuses');
const DESCRIBE_BUS = api('events:DescribeEventBus');

interface Listed {
  name: string;
  arn?: string;
  policy?: string;
}

const buses: AwsCollector<PerResource<EventBus>> = {
  key: EVENTBRIDGE_BUSES,
  service: 'eventbridge',
  apis: [LIST_BUSES],
  async collect(ctx, region) {
    const { ListEventBusesCommand } = await import('@aws-sdk/client-eventbridge');
    const client = await ctx.client(EVENTS, region);
    const listed: Listed[] = [];
    // The SDK has no paginator for ListEventBuses; NextToken is followed by hand.
    await ctx.call(LIST_BUSES, async () => {
      let token: string | undefined;
      do {
        const page = await client.send(new ListEventBusesCommand({ Limit: 100, ...(token ? { NextToken: token } : {}) }));
        for (const b of page.EventBuses ?? []) {
          if (b.Name) listed.push({ name: b.Name, ...(b.Arn ? { arn: b.Arn } : {}), ...(b.Policy ? { policy: b.Policy } : {}) });
        }
        token = page.NextToken;
      } while (token);
    });
    listed.sort((a, b) => a.name.localeCompare(b.name));
    // ListEventBuses already carries each bus's policy: no call per bus.
    return Object.fromEntries(
      listed.map((b): [string, Fetched<EventBus>] => {
        const base = {
          name: b.name,
          arn: b.arn ?? eventBusArn(ctx.account.partition, region, ctx.account.id, b.name),
          kind: eventBusKind(b.name),
        };
        if (!b.policy?.trim()) return [b.name, ok({ ...base, policy: null })];
        try {
          return [b.name, ok({ ...base, policy: parsePolicyDocument(b.policy) })];
        } catch (err) {
          if (err instanceof PolicyParseError) return [b.name, unreadable(LIST_BUSES, `event bus ${b.name}: ${err.message}`)];
          throw err;
        }
      }),
    );
  },
};

const busKeys: AwsCollector<PerResource<string | null>> = {
  key: EVENTBRIDGE_BUS_KEYS,
  service: 'eventbridge',
  apis: [DESCRIBE_BUS],
  dependsOn: [EVENTBRIDGE_BUSES],
  async collect(ctx, region) {
    const { DescribeEventBusCommand } = await import('@aws-sdk/client-eventbridge');
    const listed = await ctx.need(EVENTBRIDGE_BUSES, region);
    const client = await ctx.client(EVENTS, region);
    // Only custom buses: the key question is about buses the account created for its own events.
    const names = Object.keys(listed).filter((n) => eventBusKind(n) === 'custom');
    return perResource(
      names,
      (n) => n,
      async (name): Promise<Fetched<string | null>> => {
        const res = await ctx.attempt(DESCRIBE_BUS, () => client.send(new DescribeEventBusCommand({ Name: name })));
        return res.ok ? ok(res.value?.KmsKeyIdentifier || null) : res;
      },
    );
  },
};

export const eventBridgeCollectors: readonly AwsCollector<unknown>[] = [buses, busKeys] as readonly AwsCollector<unknown>[];
