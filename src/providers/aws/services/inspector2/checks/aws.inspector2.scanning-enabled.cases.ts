import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { INSPECTOR_STATUS } from '../state.js';
import { inspector2ScanningEnabled as check } from './aws.inspector2.scanning-enabled.js';

const R = 'us-east-1';
const ALL = { ec2: 'ENABLED', ecr: 'ENABLED', lambda: 'ENABLED', lambdaCode: 'DISABLED' };

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'EC2, ECR and Lambda enabled passes',
      snapshot: snapshot().regional(INSPECTOR_STATUS, R, { account: 'ENABLED', scans: ALL }),
      expected: [['pass', 'enabled']],
    },
    {
      name: 'Lambda disabled fails',
      snapshot: snapshot().regional(INSPECTOR_STATUS, R, { account: 'ENABLED', scans: { ...ALL, lambda: 'DISABLED' } }),
      expected: [['fail', 'not-scanning']],
    },
    {
      name: 'Lambda code scanning when required',
      snapshot: snapshot().regional(INSPECTOR_STATUS, R, { account: 'ENABLED', scans: ALL }),
      serviceParams: { 'aws.inspector2': { requiredScans: ['lambdaCode'] } },
      expected: [['fail', 'not-scanning']],
    },
    {
      name: 'never activated fails',
      snapshot: snapshot().regional(INSPECTOR_STATUS, R, { account: 'DISABLED', scans: {} }),
      expected: [['fail', 'not-scanning']],
    },
    {
      name: 'denied status is an error',
      snapshot: snapshot().regional(INSPECTOR_STATUS, R, denied('inspector2:BatchGetAccountStatus')),
      expected: [['error', 'error.denied']],
    },
  ],
};
