import { type CheckCases, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { R, workgroup } from '../state.fixtures.js';
import { ATHENA_WORKGROUPS } from '../state.js';
import { athenaWorkgroupEnforcesConfiguration as check } from './aws.athena.workgroup-enforces-configuration.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'enforced passes', snapshot: workgroup(), expected: [['pass', 'configuration-enforced']] },
    { name: 'not enforced fails', snapshot: workgroup({ enforced: false }), expected: [['fail', 'configuration-not-enforced']] },
    {
      name: 'an answer without EnforceWorkGroupConfiguration is an error: the console default is off, the API documents none',
      snapshot: workgroup({ enforced: null }),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'a Spark workgroup is not applicable',
      snapshot: workgroup({ enforced: false, engine: 'PySpark engine version 3' }),
      expected: [['not_applicable', 'spark-workgroup']],
    },
    {
      name: 'a throttled listing is an error',
      snapshot: snapshot().regional(ATHENA_WORKGROUPS, R, throttled('athena:ListWorkGroups')),
      expected: [['error', 'error.throttled']],
    },
  ],
};
