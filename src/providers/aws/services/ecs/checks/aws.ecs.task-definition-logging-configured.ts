import type { Check } from '../../../../../model/check.js';
import { ECS_TASK_DEFINITIONS } from '../state.js';
import { eachContainer, TASK_DEFINITION } from './containers.js';

export const ecsTaskDefinitionLoggingConfigured: Check = {
  meta: {
    id: 'aws.ecs.task-definition-logging-configured',
    title: 'ECS containers send their logs to a log driver',
    provider: 'aws',
    service: 'ecs',
    resourceType: TASK_DEFINITION,
    severity: 'medium',
    requires: [ECS_TASK_DEFINITIONS],
    rationale:
      "Without a logConfiguration, a container's output stays on the instance (or, on Fargate, is lost) when the task stops. " +
      'Judges the latest ACTIVE revision of each family. Passes when every container names a log driver (awslogs, awsfirelens, ' +
      'splunk, …); fails naming the containers without one.',
    remediation: {
      text: 'Add a logConfiguration (for example the awslogs driver to a CloudWatch Logs group) to every container.',
      console: 'ECS → Task definitions → family → Create new revision → container → Log collection',
      cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    },
  },
  evaluate(ctx) {
    return eachContainer(ctx, {
      offends: (c) => (c.logDriver ? undefined : 'no log driver'),
      passId: 'logging-configured',
      passText: 'every container has a log driver',
      failId: 'logging-missing',
      failText: 'containers without logging',
    });
  },
};
