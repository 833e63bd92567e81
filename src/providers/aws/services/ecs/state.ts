/** ECS state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

/** One container of a task definition, reduced. Environment values are never kept, only names. */
export interface EcsContainer {
  name: string;
  privileged: boolean;
  readonlyRootFilesystem: boolean;
  /** The log driver (`awslogs`, `awsfirelens`, `splunk`, …) when logging is configured. */
  logDriver?: string;
  /** `user` as written (`1000`, `app:app`, `root`); absent means the image's default. */
  user?: string;
  /** Names of plain `environment` entries (values are left out of the snapshot). */
  environmentNames: string[];
}

/** The latest ACTIVE revision of a task definition family (`DescribeTaskDefinition`). */
export interface EcsTaskDefinition {
  /** `family:revision`. */
  name: string;
  arn: string;
  family: string;
  /** `awsvpc`, `bridge`, `host` or `none`. */
  networkMode: string;
  /** `LINUX` unless the definition asks for a Windows platform. */
  osFamily: string;
  containers: EcsContainer[];
}

/** `ListTaskDefinitionFamilies` (ACTIVE), then `DescribeTaskDefinition` per family; keyed by family. */
export const ECS_TASK_DEFINITIONS = inventoryKey<PerResource<EcsTaskDefinition>>('aws.ecs.taskDefinitions', 'regional');

export function ecsFamilyArn(partition: string, region: string, account: string, family: string): string {
  return `arn:${partition}:ecs:${region}:${account}:task-definition/${family}`;
}
