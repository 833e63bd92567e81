import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { fn, R } from '../state.fixtures.js';
import { LAMBDA_FUNCTIONS } from '../state.js';
import { lambdaFunctionTracingEnabled as check } from './aws.lambda.function-tracing-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'active tracing passes',
      snapshot: snapshot().regional(LAMBDA_FUNCTIONS, R, [fn('f', { tracingMode: 'Active' })]),
      expected: [['pass', 'tracing-active']],
    },
    {
      name: 'pass-through fails',
      snapshot: snapshot().regional(LAMBDA_FUNCTIONS, R, [fn('f', { tracingMode: 'PassThrough' })]),
      expected: [['fail', 'tracing-off']],
    },
    {
      name: 'denied listing is an error',
      snapshot: snapshot().regional(LAMBDA_FUNCTIONS, R, denied()),
      expected: [['error', 'error.denied']],
    },
  ],
};
