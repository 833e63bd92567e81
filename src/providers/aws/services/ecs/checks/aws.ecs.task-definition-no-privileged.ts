import type { Check } from '../../../../../model/check.js';
import { ECS_TASK_DEFINITIONS } from '../state.js';
import { eachContainer, TASK_DEFINITION } from './containers.js';

export const ecsTaskDefinitionNoPrivileged: Check = {
  meta: {
    id: 'aws.ecs.task-definition-no-privileged',
    title: 'ECS task definitions run no privileged containers',
    provider: 'aws',
    service: 'ecs',
    resourceType: TASK_DEFINITION,
    severity: 'high',
    requires: [ECS_TASK_DEFINITIONS],
    rationale:
      'A privileged container gets root-equivalent access to the host (all devices, all capabilities), so a compromise of the ' +
      'container is a compromise of the instance and of every other task on it. Judges the latest ACTIVE revision of each family, ' +
      'which is what new tasks start from. Fails when any container sets privileged: true; passes otherwise.',
    remediation: {
      text: 'Remove privileged from the container definitions and grant only the specific Linux capabilities the workload needs; register a new revision.',
      console: 'ECS → Task definitions → family → Create new revision → container → uncheck Privileged',
      cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    },
  },
  evaluate(ctx) {
    return eachContainer(ctx, {
      offends: (c) => (c.privileged ? 'privileged' : undefined),
      passId: 'no-privileged',
      passText: 'no container is privileged',
      failId: 'privileged',
      failText: 'privileged containers',
    });
  },
};
