import { type CheckCases, daysAgo, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_CREDENTIAL_REPORT } from '../state.js';
import { iamRootNotRecentlyUsed as check } from './aws.iam.root-not-recently-used.js';
import { root, user, withReport } from './builders.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'root never used passes', snapshot: withReport(root()), expected: [['pass', 'root-not-used']] },
    {
      name: 'root password used 120 days ago passes',
      snapshot: withReport(root({ passwordLastUsed: daysAgo(120) })),
      expected: [['pass', 'root-not-used']],
    },
    {
      name: 'root password used 12 days ago fails',
      snapshot: withReport(root({ passwordLastUsed: daysAgo(12) })),
      expected: [['fail', 'root-used-recently']],
    },
    {
      name: 'a root access key used recently fails',
      snapshot: withReport(
        root({ passwordLastUsed: daysAgo(400), key2: { active: true, lastRotated: daysAgo(900), lastUsed: daysAgo(3) } }),
      ),
      expected: [['fail', 'root-used-recently']],
    },
    {
      name: 'window comes from params',
      snapshot: withReport(root({ passwordLastUsed: daysAgo(12) })),
      params: { rootUnusedDays: 10 },
      expected: [['pass', 'root-not-used']],
    },
    { name: 'a report without a root row is an error', snapshot: withReport(user('alice')), expected: [['error', 'error.unknown']] },
    {
      name: 'denied report is an error',
      snapshot: snapshot().global(IAM_CREDENTIAL_REPORT, denied('iam:GenerateCredentialReport')),
      expected: [['error', 'error.denied']],
    },
  ],
};
