import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { container, R, taskDef } from '../state.fixtures.js';
import { ECS_TASK_DEFINITIONS } from '../state.js';
import { ecsTaskDefinitionNonRootUser as check } from './aws.ecs.task-definition-non-root-user.js';

const one = (...args: Parameters<typeof taskDef>) => snapshot().regional(ECS_TASK_DEFINITIONS, R, taskDef(...args));

export const table: CheckCases = {
  check,
  cases: [
    { name: 'compliant containers pass', snapshot: one([container()]), expected: [['pass', 'non-root']] },
    { name: 'an offending container fails', snapshot: one([container({ user: '0:0' })]), expected: [['fail', 'root-or-unset']] },
    { name: 'an unset user fails', snapshot: one([container({ user: undefined })]), expected: [['fail', 'root-or-unset']] },
    { name: 'root by name fails', snapshot: one([container({ user: 'root' })]), expected: [['fail', 'root-or-unset']] },
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
