import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { container, R, taskDef } from '../state.fixtures.js';
import { ECS_TASK_DEFINITIONS } from '../state.js';
import { ecsTaskDefinitionReadOnlyRoot as check } from './aws.ecs.task-definition-read-only-root.js';

const one = (...args: Parameters<typeof taskDef>) => snapshot().regional(ECS_TASK_DEFINITIONS, R, taskDef(...args));

export const table: CheckCases = {
  check,
  cases: [
    { name: 'compliant containers pass', snapshot: one([container()]), expected: [['pass', 'read-only-root']] },
    {
      name: 'an offending container fails',
      snapshot: one([container({ readonlyRootFilesystem: false })]),
      expected: [['fail', 'writable-root']],
    },
    {
      name: 'Windows is not applicable',
      snapshot: one([container({ readonlyRootFilesystem: false })], { osFamily: 'WINDOWS_SERVER_2022_CORE' }),
      expected: [['not_applicable', 'not-applicable']],
    },
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
