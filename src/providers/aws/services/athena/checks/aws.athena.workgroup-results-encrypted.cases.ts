import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { R, workgroup } from '../state.fixtures.js';
import { ATHENA_WORKGROUPS } from '../state.js';
import { athenaWorkgroupResultsEncrypted as check } from './aws.athena.workgroup-results-encrypted.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'SSE_KMS, enforced, passes', snapshot: workgroup(), expected: [['pass', 'results-encrypted']] },
    {
      name: 'SSE_S3, enforced, passes',
      snapshot: workgroup({ resultEncryption: 'SSE_S3', resultKmsKey: undefined }),
      expected: [['pass', 'results-encrypted']],
    },
    {
      name: 'managed results storage passes without an option',
      snapshot: workgroup({ resultEncryption: null, resultKmsKey: undefined, managedResults: true }),
      expected: [['pass', 'managed-results']],
    },
    { name: 'no encryption option fails', snapshot: workgroup({ resultEncryption: null }), expected: [['fail', 'results-unencrypted']] },
    {
      name: 'an option clients may override fails',
      snapshot: workgroup({ enforced: false }),
      expected: [['fail', 'encryption-not-enforced']],
    },
    {
      name: 'an option with enforcement unknown is an error, never a pass',
      snapshot: workgroup({ enforced: null }),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'no option fails even with enforcement unknown',
      snapshot: workgroup({ enforced: null, resultEncryption: null, resultKmsKey: undefined }),
      expected: [['fail', 'results-unencrypted']],
    },
    {
      name: 'a Spark workgroup with an option passes without enforcement',
      snapshot: workgroup({ enforced: false, engine: 'PySpark engine version 3' }),
      expected: [['pass', 'results-encrypted']],
    },
    {
      name: 'an option Athena does not document is an error, not a pass',
      snapshot: workgroup({ resultEncryption: 'NONE' }),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'a denied GetWorkGroup is an error for that workgroup',
      snapshot: snapshot().regional(ATHENA_WORKGROUPS, R, { analysts: denied('athena:GetWorkGroup') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'a denied listing is an error',
      snapshot: snapshot().regional(ATHENA_WORKGROUPS, R, denied('athena:ListWorkGroups')),
      expected: [['error', 'error.denied']],
    },
  ],
};
