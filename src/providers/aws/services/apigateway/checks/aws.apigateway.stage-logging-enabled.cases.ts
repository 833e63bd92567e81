import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { httpStages, restStages } from '../state.fixtures.js';
import { apiGatewayStageLoggingEnabled as check } from './aws.apigateway.stage-logging-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'REST execution logging at ERROR passes',
      snapshot: restStages([{ name: 'prod', executionLogging: 'ERROR' }]),
      expected: [['pass', 'logging']],
    },
    {
      name: 'REST access logging passes',
      snapshot: restStages([{ name: 'prod', executionLogging: 'OFF', accessLogDestination: 'arn:aws:logs:x' }]),
      expected: [['pass', 'logging']],
    },
    {
      name: 'REST stage without logs fails',
      snapshot: restStages([{ name: 'dev', executionLogging: 'OFF' }]),
      expected: [['fail', 'no-logging']],
    },
    {
      name: 'HTTP stage with access logs passes',
      snapshot: httpStages([{ name: '$default', accessLogDestination: 'arn:aws:logs:y' }]),
      expected: [['pass', 'logging']],
    },
    { name: 'HTTP stage without access logs fails', snapshot: httpStages([{ name: '$default' }]), expected: [['fail', 'no-logging']] },
    { name: 'unreadable stages are an error', snapshot: restStages(denied('apigateway:GetStages')), expected: [['error', 'error.denied']] },
  ],
};
