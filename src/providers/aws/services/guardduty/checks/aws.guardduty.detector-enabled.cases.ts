import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { GUARDDUTY_DETECTORS, type GuardDutyDetector } from '../state.js';
import { guardDutyDetectorEnabled as check } from './aws.guardduty.detector-enabled.js';

const R = 'us-east-1';
const detector = (id: string, status: string): Fetched<GuardDutyDetector> => ok({ detectorId: id, status, features: {} });

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'enabled detector passes',
      snapshot: snapshot().regional(GUARDDUTY_DETECTORS, R, { d1: detector('d1', 'ENABLED') }),
      expected: [['pass', 'detector-enabled']],
    },
    { name: 'no detector fails', snapshot: snapshot().regional(GUARDDUTY_DETECTORS, R, {}), expected: [['fail', 'no-detector']] },
    {
      name: 'suspended detector fails',
      snapshot: snapshot().regional(GUARDDUTY_DETECTORS, R, { d1: detector('d1', 'DISABLED') }),
      expected: [['fail', 'detector-suspended']],
    },
    {
      name: 'one finding per region',
      snapshot: snapshot(['eu-west-1', 'us-east-1'])
        .regional(GUARDDUTY_DETECTORS, R, { d1: detector('d1', 'ENABLED') })
        .regional(GUARDDUTY_DETECTORS, 'eu-west-1', {}),
      expected: [
        ['fail', 'no-detector'],
        ['pass', 'detector-enabled'],
      ],
    },
    {
      name: 'an enabled detector passes even if another could not be read',
      snapshot: snapshot().regional(GUARDDUTY_DETECTORS, R, { d1: denied('guardduty:GetDetector'), d2: detector('d2', 'ENABLED') }),
      expected: [['pass', 'detector-enabled']],
    },
    {
      name: 'unreadable detector is an error, not a fail',
      snapshot: snapshot().regional(GUARDDUTY_DETECTORS, R, { d1: denied('guardduty:GetDetector') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'SCP-denied ListDetectors is an error',
      snapshot: snapshot().regional(GUARDDUTY_DETECTORS, R, denied('guardduty:ListDetectors')),
      expected: [['error', 'error.denied']],
    },
    { name: 'region never collected is an error', snapshot: snapshot(), expected: [['error', 'error.unknown']] },
  ],
};
