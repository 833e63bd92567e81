import type { Check } from '../../../../../model/check.js';
import { ECS_TASK_DEFINITIONS } from '../state.js';
import { eachContainer, TASK_DEFINITION } from './containers.js';

export const ecsTaskDefinitionNoHostNetwork: Check = {
  meta: {
    id: 'aws.ecs.task-definition-no-host-network',
    title: "ECS task definitions do not share the host's network namespace",
    provider: 'aws',
    service: 'ecs',
    resourceType: TASK_DEFINITION,
    severity: 'medium',
    requires: [ECS_TASK_DEFINITIONS],
    rationale:
      "In host network mode, containers bind straight to the instance's interfaces: they see all its traffic, can reach the " +
      'instance metadata service, and share one security group with every other task. Judges the latest ACTIVE revision. Fails ' +
      'for networkMode host; passes for awsvpc, bridge and none.',
    remediation: {
      text: 'Use the awsvpc network mode, which gives each task its own interface and security groups.',
      console: 'ECS → Task definitions → family → Create new revision → Network mode → awsvpc',
      cli: 'aws ecs register-task-definition --network-mode awsvpc --cli-input-json file://task-definition.json',
    },
  },
  evaluate(ctx) {
    return eachContainer(ctx, {
      offends: (_c, td) => (td.networkMode === 'host' ? 'host network' : undefined),
      passId: 'isolated-network',
      passText: 'the task does not use host networking',
      failId: 'host-network',
      failText: 'network mode host exposes the instance network to',
    });
  },
};
