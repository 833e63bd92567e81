/** The demo estate's SQS: an encrypted order queue and an old unencrypted, world-writable queue. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const url = (name: string) => `https://sqs.${REGION}.amazonaws.com/${DEMO_ACCOUNT}/${name}`;
const ATTRS: Record<string, Record<string, string>> = {
  [url('orders')]: { QueueArn: `arn:aws:sqs:${REGION}:${DEMO_ACCOUNT}:orders`, SqsManagedSseEnabled: 'true' },
  [url('legacy-inbox')]: {
    QueueArn: `arn:aws:sqs:${REGION}:${DEMO_ACCOUNT}:legacy-inbox`,
    SqsManagedSseEnabled: 'false',
    Policy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Sid: 'AnyoneSend', Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' }],
    }),
  },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  sqs: {
    ListQueues: (_input, region) => ({ QueueUrls: region === REGION ? Object.keys(ATTRS) : [] }),
    GetQueueAttributes: (input) => ({ Attributes: ATTRS[input.QueueUrl as string] ?? {} }),
  },
};
