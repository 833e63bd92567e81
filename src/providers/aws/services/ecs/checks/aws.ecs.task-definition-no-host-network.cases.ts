import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { container, R, taskDef } from '../state.fixtures.js';
import { ECS_TASK_DEFINITIONS } from '../state.js';
import { ecsTaskDefinitionNoHostNetwork as check } from './aws.ecs.task-definition-no-host-network.js';

const one = (...args: Parameters<typeof taskDef>) => snapshot().regional(ECS_TASK_DEFINITIONS, R, taskDef(...args));

export const table: CheckCases = {
  check,
  cases: [
    { name: 'compliant containers pass', snapshot: one([container()]), expected: [['pass', 'isolated-network']] },
    { name: 'an offending container fails', snapshot: one([container()], { networkMode: 'host' }), expected: [['fail', 'host-network']] },
    { name: 'bridge mode passes', snapshot: one([container()], { networkMode: 'bridge' }), expected: [['pass', 'isolated-network']] },
    {
      name: 'a family that could not be described is an error',
      snapshot: snapshot().regional(ECS_TASK_DEFINITIONS, R, { web: denied('ecs:DescribeTaskDefinition') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(ECS_TASK_DEFINITIONS, R, denied('ecs:ListTaskDefinitionFamilies')),
      expected: [['error', 'error.denied']],
    },
  ],
};
