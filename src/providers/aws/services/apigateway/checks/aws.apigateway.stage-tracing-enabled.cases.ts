import { type CheckCases, throttled } from '../../../../../../test/support/snapshot.js';
import { restStages } from '../state.fixtures.js';
import { apiGatewayStageTracingEnabled as check } from './aws.apigateway.stage-tracing-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'tracing passes', snapshot: restStages([{ name: 'prod', tracingEnabled: true }]), expected: [['pass', 'tracing']] },
    { name: 'no tracing fails', snapshot: restStages([{ name: 'prod', tracingEnabled: false }]), expected: [['fail', 'no-tracing']] },
    {
      name: 'throttled stages are an error',
      snapshot: restStages(throttled('apigateway:GetStages')),
      expected: [['error', 'error.throttled']],
    },
  ],
};
