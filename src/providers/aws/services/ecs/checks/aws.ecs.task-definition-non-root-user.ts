import type { Check } from '../../../../../model/check.js';
import { ECS_TASK_DEFINITIONS } from '../state.js';
import { eachContainer, TASK_DEFINITION } from './containers.js';

/** `root`, `0`, `root:group`, `0:0`: the user part names uid 0. */
function isRoot(user: string): boolean {
  const who = user.split(':')[0]!.trim();
  return who === 'root' || who === '0';
}

export const ecsTaskDefinitionNonRootUser: Check = {
  meta: {
    id: 'aws.ecs.task-definition-non-root-user',
    title: 'ECS containers run as a non-root user',
    provider: 'aws',
    service: 'ecs',
    resourceType: TASK_DEFINITION,
    severity: 'medium',
    requires: [ECS_TASK_DEFINITIONS],
    rationale:
      'A process running as root inside a container is one kernel or runtime flaw away from root on the host. Judges the latest ' +
      "ACTIVE revision. Fails when a container's user is root or uid 0, or is not set: the task definition then leaves the choice to " +
      'the image, which commonly runs as root, and nothing in the deployment enforces otherwise. Passes when every container names ' +
      'a non-root user. Windows task definitions are not applicable.',
    remediation: {
      text: 'Set user to an unprivileged uid (and build images that run as that user).',
      console: 'ECS → Task definitions → family → Create new revision → container → User',
      cli: 'aws ecs register-task-definition --cli-input-json file://task-definition.json',
    },
  },
  evaluate(ctx) {
    return eachContainer(ctx, {
      skip: (td) => (td.osFamily.startsWith('WINDOWS') ? 'the user setting is not used for Windows containers' : undefined),
      offends: (c) => (c.user === undefined ? 'user not set' : isRoot(c.user) ? `user ${c.user}` : undefined),
      passId: 'non-root',
      passText: 'every container runs as a named non-root user',
      failId: 'root-or-unset',
      failText: 'containers that may run as root',
    });
  },
};
