import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { R, workgroup } from '../state.fixtures.js';
import { ATHENA_WORKGROUPS } from '../state.js';
import { athenaWorkgroupMetricsEnabled as check } from './aws.athena.workgroup-metrics-enabled.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'metrics on passes', snapshot: workgroup(), expected: [['pass', 'metrics-enabled']] },
    { name: 'metrics off fails', snapshot: workgroup({ metrics: false }), expected: [['fail', 'metrics-disabled']] },
    { name: 'an answer without the field is an error', snapshot: workgroup({ metrics: null }), expected: [['error', 'error.unknown']] },
    {
      name: 'a denied GetWorkGroup is an error for that workgroup',
      snapshot: snapshot().regional(ATHENA_WORKGROUPS, R, { analysts: denied('athena:GetWorkGroup') }),
      expected: [['error', 'error.denied']],
    },
  ],
};
