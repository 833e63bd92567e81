import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { container, R, taskDef } from '../state.fixtures.js';
import { ECS_TASK_DEFINITIONS } from '../state.js';
import { ecsTaskDefinitionNoSecretsInEnvironment as check } from './aws.ecs.task-definition-no-secrets-in-environment.js';

const one = (...args: Parameters<typeof taskDef>) => snapshot().regional(ECS_TASK_DEFINITIONS, R, taskDef(...args));

export const table: CheckCases = {
  check,
  cases: [
    { name: 'compliant containers pass', snapshot: one([container()]), expected: [['pass', 'no-secret-names']] },
    {
      name: 'an offending container fails',
      snapshot: one([container({ environmentNames: ['LOG_LEVEL', 'DB_PASSWORD'] })]),
      expected: [['fail', 'secret-in-environment']],
    },
    {
      name: 'innocent names pass',
      snapshot: one([container({ environmentNames: ['LOG_LEVEL', 'PORT'] })]),
      expected: [['pass', 'no-secret-names']],
    },
    {
      name: 'patterns come from the parameters',
      snapshot: one([container({ environmentNames: ['PIN'] })]),
      serviceParams: { 'aws.ecs': { secretNamePatterns: ['^PIN$'] } },
      expected: [['fail', 'secret-in-environment']],
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
