/** The demo estate's ECS: a hardened API task and a legacy worker with every bad habit. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const DEFS: Record<string, object> = {
  'orders-api': {
    revision: 12,
    networkMode: 'awsvpc',
    containerDefinitions: [
      {
        name: 'api',
        user: '1000',
        readonlyRootFilesystem: true,
        logConfiguration: { logDriver: 'awslogs' },
        environment: [{ name: 'LOG_LEVEL', value: 'info' }],
        secrets: [{ name: 'DB_PASSWORD', valueFrom: `arn:aws:secretsmanager:${REGION}:${DEMO_ACCOUNT}:secret:orders-db` }],
      },
    ],
  },
  'legacy-worker': {
    revision: 4,
    networkMode: 'host',
    containerDefinitions: [{ name: 'worker', privileged: true, environment: [{ name: 'DB_PASSWORD', value: 'demo-not-a-real-password' }] }],
  },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  ecs: {
    ListTaskDefinitionFamilies: (_input, region) => ({ families: region === REGION ? Object.keys(DEFS) : [] }),
    DescribeTaskDefinition: (input, region) => {
      const family = input.taskDefinition as string;
      const def = DEFS[family] as { revision: number };
      return {
        taskDefinition: {
          family,
          taskDefinitionArn: `arn:aws:ecs:${region}:${DEMO_ACCOUNT}:task-definition/${family}:${def.revision}`,
          ...def,
        },
      };
    },
  },
};
