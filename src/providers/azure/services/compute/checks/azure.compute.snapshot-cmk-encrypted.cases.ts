import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { snapshot } from '../cases.fixtures.js';
import { AZURE_COMPUTE_SNAPSHOTS, SNAPSHOT } from '../state.js';
import { computeSnapshotCmkEncrypted as check } from './azure.compute.snapshot-cmk-encrypted.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_COMPUTE_SNAPSHOTS, SNAPSHOT, [
    [
      'CMK passes',
      [snapshot('s', { encryption: { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: 'des' } })],
      [['pass', 'cmk']],
    ],
    [
      'double encryption passes',
      [snapshot('s', { encryption: { type: 'EncryptionAtRestWithPlatformAndCustomerKeys' } })],
      [['pass', 'cmk']],
    ],
    [
      'a Confidential VM OS disk snapshot with a customer key passes',
      [
        snapshot('s', {
          encryption: { type: 'EncryptionAtRestWithPlatformKey' },
          securityProfile: { securityType: 'ConfidentialVM_DiskEncryptedWithCustomerKey', secureVMDiskEncryptionSetId: 'des' },
        }),
      ],
      [['pass', 'cmk']],
    ],
    ['platform key fails', [snapshot('s', { encryption: { type: 'EncryptionAtRestWithPlatformKey' } })], [['fail', 'platform-key']]],
    ['no encryption type is an error', [snapshot('s', {})], [['error', 'error.unknown']]],
  ]),
};
