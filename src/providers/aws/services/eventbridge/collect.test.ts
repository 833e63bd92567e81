import { DescribeEventBusCommand, EventBridgeClient, ListEventBusesCommand } from '@aws-sdk/client-eventbridge';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { EVENTBRIDGE_BUS_KEYS, EVENTBRIDGE_BUSES } from './state.js';

let events = mockClient(EventBridgeClient);
afterEach(() => events.reset());

const R = 'us-east-1';
const A = (n: string) => `arn:aws:events:us-east-1:111122223333:event-bus/${n}`;
type Inventory = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inventory, id: string) => inv[id]![R]!.result;
const OPEN = JSON.stringify({ Statement: [{ Effect: 'Allow', Principal: '*', Action: 'events:PutEvents' }] });

describe('aws.eventbridge.buses', () => {
  it("follows ListEventBuses pages and parses each policy; a malformed one is that bus's error", async () => {
    events
      .on(ListEventBusesCommand)
      .resolvesOnce({ EventBuses: [{ Name: 'orders', Arn: A('orders'), Policy: OPEN }], NextToken: 't' })
      .resolvesOnce({
        EventBuses: [
          { Name: 'default', Arn: A('default') },
          { Name: 'broken', Arn: A('broken'), Policy: '{not json' },
        ],
      });
    const { inventory } = await collect([EVENTBRIDGE_BUSES]);
    expect(events.commandCalls(ListEventBusesCommand)[1]!.args[0].input).toMatchObject({ NextToken: 't' });
    expect(events.commandCalls(DescribeEventBusCommand)).toHaveLength(0);
    expect(result(inventory, EVENTBRIDGE_BUSES.id)).toEqual({
      ok: true,
      value: {
        broken: { ok: false, error: expect.objectContaining({ kind: 'unknown', api: 'events:ListEventBuses' }) },
        default: { ok: true, value: { name: 'default', arn: A('default'), kind: 'default', policy: null } },
        orders: {
          ok: true,
          value: { name: 'orders', arn: A('orders'), kind: 'custom', policy: expect.objectContaining({ statements: [expect.anything()] }) },
        },
      },
    });
  });

  it('describes custom buses only for their keys; a denied describe stays on its bus', async () => {
    events.on(ListEventBusesCommand).resolves({
      EventBuses: [{ Name: 'default' }, { Name: 'aws.partner/saas.example/1/feed' }, { Name: 'orders' }, { Name: 'audit' }],
    });
    events.on(DescribeEventBusCommand, { Name: 'orders' }).resolves({ Name: 'orders', KmsKeyIdentifier: 'alias/events' });
    events.on(DescribeEventBusCommand, { Name: 'audit' }).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([EVENTBRIDGE_BUS_KEYS]);
    expect(events.commandCalls(DescribeEventBusCommand).map((c) => c.args[0].input.Name)).toEqual(['audit', 'orders']);
    expect(result(inventory, EVENTBRIDGE_BUS_KEYS.id)).toEqual({
      ok: true,
      value: {
        audit: { ok: false, error: expect.objectContaining({ kind: 'denied', api: 'events:DescribeEventBus' }) },
        orders: { ok: true, value: 'alias/events' },
      },
    });
  });

  it('records AccessDenied on ListEventBuses as denied, and the key list inherits it', async () => {
    events.on(ListEventBusesCommand).rejects(awsError('AccessDeniedException', 400));
    const { inventory } = await collect([EVENTBRIDGE_BUS_KEYS]);
    expect(result(inventory, EVENTBRIDGE_BUSES.id)).toMatchObject({ ok: false, error: { kind: 'denied', api: 'events:ListEventBuses' } });
    expect(result(inventory, EVENTBRIDGE_BUS_KEYS.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'events:ListEventBuses' },
    });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    events.restore();
    try {
      const list = throttledThen({ EventBuses: [] }, 2, 'ThrottlingException');
      const { inventory, stats } = await collect([EVENTBRIDGE_BUSES], { client: { configure: fakeService({ ListEventBuses: list }) } });
      expect(result(inventory, EVENTBRIDGE_BUSES.id)).toEqual({ ok: true, value: {} });
      expect(stats.toJSON()['events:ListEventBuses']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      events = mockClient(EventBridgeClient);
    }
  });
});
