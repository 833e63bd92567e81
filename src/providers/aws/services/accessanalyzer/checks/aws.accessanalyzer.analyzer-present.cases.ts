import { ACCOUNT, type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { ORGANIZATIONS_MEMBERSHIP } from '../../organizations/state.js';
import { ACCESSANALYZER_ANALYZERS, type AccessAnalyzer } from '../state.js';
import { accessAnalyzerAnalyzerPresent as check } from './aws.accessanalyzer.analyzer-present.js';

const R = 'us-east-1';
const analyzer = (name: string, type: string, status = 'ACTIVE'): AccessAnalyzer => ({
  name,
  type,
  status,
  arn: `arn:aws:access-analyzer:${R}:${ACCOUNT}:analyzer/${name}`,
});
const standalone = () => snapshot().global(ORGANIZATIONS_MEMBERSHIP, null);
const withAnalyzers = (...a: AccessAnalyzer[]) => standalone().regional(ACCESSANALYZER_ANALYZERS, R, a);
const member = (...a: AccessAnalyzer[]) =>
  withAnalyzers(...a).global(ORGANIZATIONS_MEMBERSHIP, { id: 'o-abc123', managementAccountId: '999988887777' });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'active ACCOUNT analyzer passes', snapshot: withAnalyzers(analyzer('a', 'ACCOUNT')), expected: [['pass', 'analyzer-active']] },
    {
      name: 'active ORGANIZATION analyzer passes',
      snapshot: withAnalyzers(analyzer('o', 'ORGANIZATION')),
      expected: [['pass', 'analyzer-active']],
    },
    { name: 'no analyzer fails', snapshot: withAnalyzers(), expected: [['fail', 'no-analyzer']] },
    {
      name: 'only an unused-access analyzer fails',
      snapshot: withAnalyzers(analyzer('u', 'ACCOUNT_UNUSED_ACCESS')),
      expected: [['fail', 'no-active-external-analyzer']],
    },
    {
      name: 'a failed ACCOUNT analyzer fails',
      snapshot: withAnalyzers(analyzer('a', 'ACCOUNT', 'FAILED')),
      expected: [['fail', 'no-active-external-analyzer']],
    },
    {
      name: 'one finding per region',
      snapshot: snapshot(['eu-west-1', R])
        .global(ORGANIZATIONS_MEMBERSHIP, null)
        .regional(ACCESSANALYZER_ANALYZERS, R, [analyzer('a', 'ACCOUNT')])
        .regional(ACCESSANALYZER_ANALYZERS, 'eu-west-1', []),
      expected: [
        ['fail', 'no-analyzer'],
        ['pass', 'analyzer-active'],
      ],
    },
    {
      name: 'a member account without its own analyzer is not applicable (an organisation analyzer is not listed in members)',
      snapshot: member(),
      expected: [['not_applicable', 'organization-analyzer-not-visible']],
    },
    {
      name: 'a member account with only an unused-access analyzer is not applicable',
      snapshot: member(analyzer('u', 'ACCOUNT_UNUSED_ACCESS')),
      expected: [['not_applicable', 'organization-analyzer-not-visible']],
    },
    {
      name: 'a member account with its own active analyzer passes',
      snapshot: member(analyzer('a', 'ACCOUNT')),
      expected: [['pass', 'analyzer-active']],
    },
    {
      name: 'unreadable membership is an error only where no analyzer is active',
      snapshot: snapshot(['eu-west-1', R])
        .global(ORGANIZATIONS_MEMBERSHIP, denied('organizations:DescribeOrganization'))
        .regional(ACCESSANALYZER_ANALYZERS, R, [analyzer('a', 'ACCOUNT')])
        .regional(ACCESSANALYZER_ANALYZERS, 'eu-west-1', []),
      expected: [
        ['error', 'error.denied'],
        ['pass', 'analyzer-active'],
      ],
    },
    {
      name: 'denied ListAnalyzers is an error',
      snapshot: snapshot().regional(ACCESSANALYZER_ANALYZERS, R, denied('access-analyzer:ListAnalyzers')),
      expected: [['error', 'error.denied']],
    },
    { name: 'region never collected is an error', snapshot: snapshot(), expected: [['error', 'error.unknown']] },
  ],
};
