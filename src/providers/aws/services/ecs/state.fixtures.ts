/** Builders for the ECS case tables. */
import { ok } from '../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../model/fetched.js';
import type { EcsContainer, EcsTaskDefinition } from './state.js';

export const R = 'us-east-1';

export function container(extra: Partial<EcsContainer> = {}): EcsContainer {
  return {
    name: 'app',
    privileged: false,
    readonlyRootFilesystem: true,
    logDriver: 'awslogs',
    user: '1000',
    environmentNames: [],
    ...extra,
  };
}

export function taskDef(containers: EcsContainer[], extra: Partial<EcsTaskDefinition> = {}): Record<string, Fetched<EcsTaskDefinition>> {
  return {
    web: ok({
      name: 'web:3',
      arn: 'arn:aws:ecs:us-east-1:111122223333:task-definition/web:3',
      family: 'web',
      networkMode: 'awsvpc',
      osFamily: 'LINUX',
      containers,
      ...extra,
    }),
  };
}
