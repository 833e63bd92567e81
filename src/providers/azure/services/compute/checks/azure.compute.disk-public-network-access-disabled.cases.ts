import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { disk } from '../cases.fixtures.js';
import { AZURE_COMPUTE_DISKS, DISK } from '../state.js';
import { computeDiskPublicNetworkAccessDisabled as check } from './azure.compute.disk-public-network-access-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_DISKS, DISK, [
    ['DenyAll passes', [disk('d', { networkAccessPolicy: 'DenyAll', publicNetworkAccess: 'Enabled' })], [['pass', 'export-denied']]],
    [
      'AllowPrivate passes',
      [disk('d', { networkAccessPolicy: 'AllowPrivate', publicNetworkAccess: 'Disabled' })],
      [['pass', 'private-only']],
    ],
    [
      'AllowAll with public access disabled passes',
      [disk('d', { networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Disabled' })],
      [['pass', 'public-access-disabled']],
    ],
    [
      'AllowAll with public access enabled fails',
      [disk('d', { networkAccessPolicy: 'AllowAll', publicNetworkAccess: 'Enabled' })],
      [['fail', 'public-export']],
    ],
    ['AllowAll with public access unset fails', [disk('d', { networkAccessPolicy: 'AllowAll' })], [['fail', 'public-export']]],
    ['no network access policy is an error', [disk('d', {})], [['error', 'error.unknown']]],
  ]),
};
