/**
 * The demo estate's EventBridge in eu-west-1: the default bus shared with one named partner account,
 * an `orders` bus under a customer managed key, and a `webhooks` bus on the AWS owned key that
 * anyone may put events on.
 */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const arn = (name: string) => `arn:aws:events:${REGION}:${DEMO_ACCOUNT}:event-bus/${name}`;
const statement = (extra: object) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Action: 'events:PutEvents', ...extra }] });

const BUSES = [
  {
    Name: 'default',
    Arn: arn('default'),
    Policy: statement({
      Sid: 'PartnerAccount',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::210987654321:root' },
      Resource: arn('default'),
    }),
  },
  { Name: 'orders', Arn: arn('orders') },
  {
    Name: 'webhooks',
    Arn: arn('webhooks'),
    Policy: statement({ Sid: 'AnyoneMayPost', Effect: 'Allow', Principal: '*', Resource: arn('webhooks') }),
  },
];
const KEYS: Record<string, string> = { orders: `arn:aws:kms:${REGION}:${DEMO_ACCOUNT}:key/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d` };

export const demo: Partial<Record<string, FakeHandlers>> = {
  events: {
    ListEventBuses: (_input, region) => ({ EventBuses: region === REGION ? BUSES : [] }),
    DescribeEventBus: (input) => {
      const bus = BUSES.find((b) => b.Name === input.Name);
      return bus ? { ...bus, ...(KEYS[bus.Name] ? { KmsKeyIdentifier: KEYS[bus.Name] } : {}) } : {};
    },
  },
};
