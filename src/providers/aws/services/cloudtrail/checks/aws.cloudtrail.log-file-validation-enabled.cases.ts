import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { CLOUDTRAIL_TRAILS } from '../state.js';
import { cloudTrailLogFileValidationEnabled as check } from './aws.cloudtrail.log-file-validation-enabled.js';
import { trail } from './builders.fixtures.js';

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'validation on passes',
      snapshot: snapshot().regional(CLOUDTRAIL_TRAILS, 'us-east-1', [trail('t')]),
      expected: [['pass', 'validation-enabled']],
    },
    {
      name: 'validation off fails',
      snapshot: snapshot().regional(CLOUDTRAIL_TRAILS, 'us-east-1', [trail('t', { logFileValidationEnabled: false })]),
      expected: [['fail', 'validation-disabled']],
    },
    {
      name: 'a denied region is an error for that region only',
      snapshot: snapshot(['eu-west-1', 'us-east-1'])
        .regional(CLOUDTRAIL_TRAILS, 'eu-west-1', denied('cloudtrail:DescribeTrails'))
        .regional(CLOUDTRAIL_TRAILS, 'us-east-1', [trail('t')]),
      expected: [
        ['error', 'error.denied'],
        ['pass', 'validation-enabled'],
      ],
    },
    { name: 'no trails gives no findings', snapshot: snapshot().regional(CLOUDTRAIL_TRAILS, 'us-east-1', []), expected: [] },
  ],
};
