import { type CheckCases, daysAgo, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_CREDENTIAL_REPORT } from '../state.js';
import { iamUnusedCredentialsDisabled as check } from './aws.iam.unused-credentials-disabled.js';
import { activeKey, consoleUser, user, withReport } from './builders.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'password and key used recently pass',
      snapshot: withReport(consoleUser('alice', { key1: activeKey(20, 2) })),
      expected: [['pass', 'credentials-in-use']],
    },
    {
      name: 'key last used 60 days ago fails',
      snapshot: withReport(user('ci-deploy', { key1: activeKey(300, 60) })),
      expected: [['fail', 'credential-unused']],
    },
    {
      name: 'password last used 45 days ago fails',
      snapshot: withReport(consoleUser('bob', { passwordLastUsed: daysAgo(45) })),
      expected: [['fail', 'credential-unused']],
    },
    {
      name: 'password used 44 days ago passes',
      snapshot: withReport(consoleUser('bob', { passwordLastUsed: daysAgo(44) })),
      expected: [['pass', 'credentials-in-use']],
    },
    {
      name: 'password never used, set 100 days ago, fails',
      snapshot: withReport(consoleUser('dan', { passwordLastUsed: null, passwordLastChanged: daysAgo(100) })),
      expected: [['fail', 'credential-unused']],
    },
    {
      name: 'password never used, set 10 days ago, passes',
      snapshot: withReport(consoleUser('erin', { passwordLastUsed: null, passwordLastChanged: daysAgo(10) })),
      expected: [['pass', 'credentials-in-use']],
    },
    {
      name: 'key never used and 50 days old fails',
      snapshot: withReport(user('svc', { key1: activeKey(50, null) })),
      expected: [['fail', 'credential-unused']],
    },
    {
      name: 'key never used and 5 days old passes',
      snapshot: withReport(user('svc', { key1: activeKey(5, null) })),
      expected: [['pass', 'credentials-in-use']],
    },
    {
      name: 'an unused inactive key is ignored',
      snapshot: withReport(user('svc', { key1: { active: false, lastRotated: daysAgo(400) } })),
      expected: [['not_applicable', 'no-enabled-credentials']],
    },
    {
      name: 'window comes from params',
      snapshot: withReport(user('ci-deploy', { key1: activeKey(300, 60) })),
      params: { credentialUnusedDays: 90 },
      expected: [['pass', 'credentials-in-use']],
    },
    {
      name: 'active key with no dates is an error',
      snapshot: withReport(user('odd', { key1: { active: true } })),
      expected: [['error', 'error.unknown']],
    },
    {
      name: 'denied report is an error',
      snapshot: snapshot().global(IAM_CREDENTIAL_REPORT, denied('iam:GenerateCredentialReport')),
      expected: [['error', 'error.denied']],
    },
  ],
};
