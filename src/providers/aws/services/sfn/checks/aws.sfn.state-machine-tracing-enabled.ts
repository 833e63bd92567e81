import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachDescribed } from '../../resource-kit.js';
import { SFN_STATE_MACHINES } from '../state.js';

const TYPE = 'AWS::StepFunctions::StateMachine';

export const sfnStateMachineTracingEnabled: Check = {
  meta: {
    id: 'aws.sfn.state-machine-tracing-enabled',
    title: 'Step Functions state machines trace executions with AWS X-Ray',
    provider: 'aws',
    service: 'sfn',
    resourceType: TYPE,
    severity: 'low',
    requires: [SFN_STATE_MACHINES],
    rationale:
      'With tracingConfiguration.enabled, Step Functions sends an X-Ray trace of each execution, following the request through every state ' +
      'and the services it calls, which shows where a failing or slow execution went wrong. AWS Control Tower control CT.STEPFUNCTIONS.PR.2 ' +
      'requires it. Passes when tracing is enabled; fails when it is not (the default). Low severity: it aids investigation, the logging ' +
      'check covers the record of executions.',
    remediation: {
      text: 'Enable X-Ray tracing on the state machine (its role needs the X-Ray write permissions).',
      console: 'Step Functions → state machine → Edit → Config → Tracing',
      cli: 'aws stepfunctions update-state-machine --state-machine-arn <arn> --tracing-configuration enabled=true',
    },
  },
  evaluate(ctx) {
    return eachDescribed(
      ctx,
      SFN_STATE_MACHINES,
      TYPE,
      (arn) => arn,
      (m, resource) =>
        m.tracing
          ? pass(resource, 'tracing-enabled', `State machine ${m.name} sends X-Ray traces.`, { tracing: true })
          : fail(resource, 'tracing-disabled', `State machine ${m.name} does not send X-Ray traces.`, { tracing: false }),
    );
  },
};
