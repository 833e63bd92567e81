/** Step Functions state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** Step Functions log levels, least to most verbose after OFF. */
export const SFN_LOG_LEVELS = ['OFF', 'FATAL', 'ERROR', 'ALL'] as const;
export type SfnLogLevel = (typeof SFN_LOG_LEVELS)[number];

/** `DescribeStateMachine`, reduced (the definition and role are not kept). */
export interface SfnStateMachine extends Named {
  /** `STANDARD` or `EXPRESS`. */
  type: string;
  /** loggingConfiguration.level; `OFF` when the machine has no logging configuration, the service default. */
  logLevel: string;
  /** CloudWatch Logs log group ARNs the execution history goes to. */
  logGroups: readonly string[];
  /** tracingConfiguration.enabled: X-Ray traces of executions. */
  tracing: boolean;
}

/** `ListStateMachines`, then `DescribeStateMachine` per machine; keyed by state machine ARN. */
export const SFN_STATE_MACHINES = inventoryKey<PerResource<SfnStateMachine>>('aws.sfn.stateMachines', 'regional');

/** The name part of `arn:…:states:<region>:<account>:stateMachine:<name>`. */
export function stateMachineName(arn: string): string {
  return arn.split(':').pop() ?? arn;
}
