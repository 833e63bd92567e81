import { type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { MACIE_SESSION } from '../state.js';
import { macieEnabled } from './aws.macie.enabled.js';

export const table: CheckCases = {
  check: macieEnabled,
  cases: [
    {
      name: 'one result per region: enabled, never enabled, paused',
      snapshot: snapshot(['eu-west-1', 'us-east-1', 'us-west-2'])
        .regional(MACIE_SESSION, 'eu-west-1', { status: 'ENABLED' })
        .regional(MACIE_SESSION, 'us-east-1', null)
        .regional(MACIE_SESSION, 'us-west-2', { status: 'PAUSED' }),
      expected: [
        ['pass', 'macie-enabled'],
        ['fail', 'macie-not-enabled'],
        ['fail', 'macie-paused'],
      ],
    },
    {
      name: 'is an error in a region where the session cannot be read',
      snapshot: snapshot(['eu-west-1', 'us-east-1'])
        .regional(MACIE_SESSION, 'eu-west-1', denied('macie2:GetMacieSession'))
        .regional(MACIE_SESSION, 'us-east-1', { status: 'ENABLED' }),
      expected: [
        ['error', 'error.denied'],
        ['pass', 'macie-enabled'],
      ],
    },
  ],
};
