/** The demo estate's SNS topics: an encrypted alert topic and a public, unencrypted one. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const arn = (name: string) => `arn:aws:sns:${REGION}:${DEMO_ACCOUNT}:${name}`;
const ATTRS: Record<string, Record<string, string>> = {
  [arn('order-events')]: {
    KmsMasterKeyId: 'alias/aws/sns',
    SubscriptionsConfirmed: '2',
    Policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: '__default_statement_ID',
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: ['SNS:Publish', 'SNS:Subscribe'],
          Resource: arn('order-events'),
          Condition: { StringEquals: { 'AWS:SourceOwner': DEMO_ACCOUNT } },
        },
      ],
    }),
  },
  [arn('marketing-blast')]: {
    SubscriptionsConfirmed: '0',
    Policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'AnyoneSubscribe', Effect: 'Allow', Principal: '*', Action: 'SNS:Subscribe', Resource: arn('marketing-blast') }],
    }),
  },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  sns: {
    ListTopics: (_input, region) => ({ Topics: region === REGION ? Object.keys(ATTRS).map((TopicArn) => ({ TopicArn })) : [] }),
    GetTopicAttributes: (input) => ({ Attributes: ATTRS[input.TopicArn as string] ?? {} }),
  },
};
