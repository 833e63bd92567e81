import { accessAnalyzerAnalyzerPresent as check } from '../../../../checks/aws/accessanalyzer/aws.accessanalyzer.analyzer-present.js';
import { ACCESSANALYZER_ANALYZERS, type AccessAnalyzer } from '../../../../src/providers/aws/inventory/accessanalyzer.js';
import { ACCOUNT, denied, snapshot, type CheckCases } from '../../../support/snapshot.js';

const R = 'us-east-1';
const analyzer = (name: string, type: string, status = 'ACTIVE'): AccessAnalyzer => ({
  name, type, status, arn: `arn:aws:access-analyzer:${R}:${ACCOUNT}:analyzer/${name}`,
});
const withAnalyzers = (...a: AccessAnalyzer[]) => snapshot().regional(ACCESSANALYZER_ANALYZERS, R, a);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'active ACCOUNT analyzer passes', snapshot: withAnalyzers(analyzer('a', 'ACCOUNT')), expected: [['pass', 'analyzer-active']] },
    { name: 'active ORGANIZATION analyzer passes', snapshot: withAnalyzers(analyzer('o', 'ORGANIZATION')), expected: [['pass', 'analyzer-active']] },
    { name: 'no analyzer fails', snapshot: withAnalyzers(), expected: [['fail', 'no-analyzer']] },
    { name: 'only an unused-access analyzer fails', snapshot: withAnalyzers(analyzer('u', 'ACCOUNT_UNUSED_ACCESS')), expected: [['fail', 'no-active-external-analyzer']] },
    { name: 'a failed ACCOUNT analyzer fails', snapshot: withAnalyzers(analyzer('a', 'ACCOUNT', 'FAILED')), expected: [['fail', 'no-active-external-analyzer']] },
    { name: 'one finding per region', snapshot: snapshot(['eu-west-1', R]).regional(ACCESSANALYZER_ANALYZERS, R, [analyzer('a', 'ACCOUNT')]).regional(ACCESSANALYZER_ANALYZERS, 'eu-west-1', []), expected: [['fail', 'no-analyzer'], ['pass', 'analyzer-active']] },
    { name: 'denied ListAnalyzers is an error', snapshot: snapshot().regional(ACCESSANALYZER_ANALYZERS, R, denied('access-analyzer:ListAnalyzers')), expected: [['error', 'error.denied']] },
    { name: 'region never collected is an error', snapshot: snapshot(), expected: [['error', 'error.unknown']] },
  ],
};
