import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { snapshot } from '../cases.fixtures.js';
import { AZURE_COMPUTE_SNAPSHOTS, SNAPSHOT } from '../state.js';
import { computeSnapshotPublicNetworkAccessDisabled as check } from './azure.compute.snapshot-public-network-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_SNAPSHOTS, SNAPSHOT, [
    ['DenyAll passes', [snapshot('s', { networkAccessPolicy: 'DenyAll' })], [['pass', 'export-denied']]],
    [
      'AllowPrivate passes',
      [snapshot('s', { networkAccessPolicy: 'AllowPrivate', publicNetworkAccess: 'Disabled' })],
      [['pass', 'private-only']],
    ],
    [
      'AllowAll with public access disabled passes',
      [snapshot('s', { networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Disabled' })],
      [['pass', 'public-access-disabled']],
    ],
    [
      'AllowAll exported through a live SAS fails',
      [snapshot('s', { networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Enabled', diskState: 'ActiveSAS' })],
      [['fail', 'public-export']],
    ],
    ['AllowAll with public access unset fails', [snapshot('s', { networkAccessPolicy: 'AllowAll' })], [['fail', 'public-export']]],
    ['no network access policy is an error', [snapshot('s', {})], [['error', 'error.unknown']]],
  ]),
};
