import type { Check } from '../../../../../model/check.js';
import { fail, paramsOf, pass } from '../../../../check-kit.js';
import { eachDescribed } from '../../resource-kit.js';
import { SFN_PARAMS } from '../params.js';
import { SFN_LOG_LEVELS, SFN_STATE_MACHINES, type SfnLogLevel } from '../state.js';

const TYPE = 'AWS::StepFunctions::StateMachine';
const rank = (level: string) => SFN_LOG_LEVELS.indexOf(level as SfnLogLevel);

export const sfnStateMachineLoggingEnabled: Check = {
  meta: {
    id: 'aws.sfn.state-machine-logging-enabled',
    title: 'Step Functions state machines send execution history to CloudWatch Logs',
    provider: 'aws',
    service: 'sfn',
    resourceType: TYPE,
    severity: 'medium',
    requires: [SFN_STATE_MACHINES],
    rationale:
      "A state machine's loggingConfiguration.level decides which execution history events reach its CloudWatch Logs log group: OFF " +
      '(the default, nothing), FATAL (only failed or aborted executions), ERROR (those plus every error event) or ALL. Without logs, the history ' +
      'of Express workflows is lost altogether and that of Standard workflows lasts only 90 days in the console. Passes when the level is at ' +
      'least aws.sfn.minimumLogLevel (default ERROR), as Security Hub control StepFunctions.1 and the AWS Config rule ' +
      'step-functions-state-machine-logging-enabled judge it; fails when logging is OFF or less verbose than the minimum.',
    remediation: {
      text: 'Set the logging level to ERROR or ALL with a CloudWatch Logs log group as destination.',
      console: 'Step Functions → state machine → Edit → Config → Logging',
      cli: 'aws stepfunctions update-state-machine --state-machine-arn <arn> --logging-configuration \'{"level":"ERROR","destinations":[{"cloudWatchLogsLogGroup":{"logGroupArn":"<log-group-arn>:*"}}]}\'',
    },
  },
  evaluate(ctx) {
    const min = paramsOf(ctx, 'aws.sfn', SFN_PARAMS).minimumLogLevel;
    return eachDescribed(
      ctx,
      SFN_STATE_MACHINES,
      TYPE,
      (arn) => arn,
      (m, resource) => {
        const observed = { level: m.logLevel, minimumLevel: min, logGroups: m.logGroups };
        if (m.logLevel === 'OFF') return fail(resource, 'logging-off', `State machine ${m.name} logs no execution history.`, observed);
        return rank(m.logLevel) >= rank(min)
          ? pass(resource, 'logging-enabled', `State machine ${m.name} logs at level ${m.logLevel}.`, observed)
          : fail(resource, 'logging-below-minimum', `State machine ${m.name} logs at level ${m.logLevel}, below ${min}.`, observed);
      },
    );
  },
};
