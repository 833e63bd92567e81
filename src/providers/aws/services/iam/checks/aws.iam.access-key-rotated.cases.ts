import { type CheckCases, daysAgo, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { IAM_CREDENTIAL_REPORT } from '../state.js';
import { iamAccessKeyRotated as check } from './aws.iam.access-key-rotated.js';
import { activeKey, root, user, withReport } from './builders.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'key rotated 20 days ago passes',
      snapshot: withReport(user('alice', { key1: activeKey(20) })),
      expected: [['pass', 'keys-rotated']],
    },
    {
      name: 'key 200 days old fails',
      snapshot: withReport(user('bob', { key1: activeKey(200) })),
      expected: [['fail', 'key-not-rotated']],
    },
    {
      name: 'one old key of two fails',
      snapshot: withReport(user('bob', { key1: activeKey(5), key2: activeKey(91) })),
      expected: [['fail', 'key-not-rotated']],
    },
    { name: 'exactly the limit passes', snapshot: withReport(user('bob', { key1: activeKey(90) })), expected: [['pass', 'keys-rotated']] },
    {
      name: 'an old inactive key is ignored',
      snapshot: withReport(user('carol', { key1: { active: false, lastRotated: daysAgo(400) } })),
      expected: [['not_applicable', 'no-active-keys']],
    },
    {
      name: 'limit comes from params',
      snapshot: withReport(user('bob', { key1: activeKey(45) })),
      params: { accessKeyMaxAgeDays: 30 },
      expected: [['fail', 'key-not-rotated']],
    },
    { name: 'root keys are out of scope', snapshot: withReport(root({ key1: activeKey(500) })), expected: [] },
    {
      name: 'active key without a date is an error',
      snapshot: withReport(user('odd', { key1: { active: true } })),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'throttled report is an error',
      snapshot: snapshot().global(IAM_CREDENTIAL_REPORT, throttled('iam:GetCredentialReport')),
      expected: [['error', 'error.throttled']],
    },
  ],
};
