import type { AwsService } from '../../service.js';
import { sfnStateMachineLoggingEnabled } from './checks/aws.sfn.state-machine-logging-enabled.js';
import { sfnStateMachineTracingEnabled } from './checks/aws.sfn.state-machine-tracing-enabled.js';
import { sfnCollectors } from './collect.js';
import { demo } from './demo.js';
import { SFN_PARAMS } from './params.js';

export const sfn: AwsService = {
  id: 'sfn',
  collectors: sfnCollectors,
  checks: [sfnStateMachineLoggingEnabled, sfnStateMachineTracingEnabled],
  links: new URL('./links.yaml', import.meta.url),
  params: SFN_PARAMS,
  demo,
};
