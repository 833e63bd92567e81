import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { fn, R } from '../state.fixtures.js';
import { LAMBDA_FUNCTIONS } from '../state.js';
import { lambdaFunctionRuntimeSupported as check } from './aws.lambda.function-runtime-supported.js';

const one = (extra: Parameters<typeof fn>[1]) => snapshot().regional(LAMBDA_FUNCTIONS, R, [fn('f', extra)]);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'current runtime passes', snapshot: one({ runtime: 'python3.13' }), expected: [['pass', 'runtime-supported']] },
    {
      name: 'runtime deprecated before the scan fails',
      snapshot: one({ runtime: 'nodejs16.x' }),
      expected: [['fail', 'runtime-deprecated']],
    },
    { name: 'runtime deprecated later still passes', snapshot: one({ runtime: 'python3.11' }), expected: [['pass', 'runtime-supported']] },
    {
      name: 'a date from the parameters counts',
      snapshot: one({ runtime: 'python3.13' }),
      serviceParams: { 'aws.lambda': { runtimeDeprecations: { 'python3.13': '2026-01-01' } } },
      expected: [['fail', 'runtime-deprecated']],
    },
    {
      name: 'container image is not applicable',
      snapshot: one({ runtime: undefined, packageType: 'Image' }),
      expected: [['not_applicable', 'image']],
    },
    {
      name: 'throttled listing is an error',
      snapshot: snapshot().regional(LAMBDA_FUNCTIONS, R, throttled()),
      expected: [['error', 'error.throttled']],
    },
  ],
};
