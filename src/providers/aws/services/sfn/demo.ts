/**
 * The demo estate's Step Functions in eu-west-1: an `order-fulfilment` workflow logging errors to
 * CloudWatch Logs with X-Ray tracing, and a `nightly-export` workflow with logging off and no tracing.
 */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const arn = (name: string) => `arn:aws:states:${REGION}:${DEMO_ACCOUNT}:stateMachine:${name}`;
const CREATED = new Date('2025-03-04T10:00:00.000Z');

const MACHINES: Record<string, object> = {
  [arn('nightly-export')]: { name: 'nightly-export', type: 'STANDARD', loggingConfiguration: { level: 'OFF' } },
  [arn('order-fulfilment')]: {
    name: 'order-fulfilment',
    type: 'STANDARD',
    loggingConfiguration: {
      level: 'ERROR',
      includeExecutionData: false,
      destinations: [
        {
          cloudWatchLogsLogGroup: {
            logGroupArn: `arn:aws:logs:${REGION}:${DEMO_ACCOUNT}:log-group:/aws/vendedlogs/states/order-fulfilment:*`,
          },
        },
      ],
    },
    tracingConfiguration: { enabled: true },
  },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  states: {
    ListStateMachines: (_input, region) => ({
      stateMachines:
        region === REGION
          ? Object.entries(MACHINES).map(([stateMachineArn, m]) => ({
              stateMachineArn,
              name: (m as { name: string }).name,
              type: 'STANDARD',
              creationDate: CREATED,
            }))
          : [],
    }),
    DescribeStateMachine: (input) => {
      const a = input.stateMachineArn as string;
      return {
        stateMachineArn: a,
        roleArn: `arn:aws:iam::${DEMO_ACCOUNT}:role/sfn-exec`,
        definition: '{}',
        creationDate: CREATED,
        ...MACHINES[a],
      };
    },
  },
};
