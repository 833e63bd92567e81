import { type CheckCases, denied, ok, snapshot, throttled } from '../../../../../../test/support/snapshot.js';
import { KMS_KEY_ROTATION, KMS_KEYS } from '../state.js';
import { kmsKeyRotationEnabled as check } from './aws.kms.key-rotation-enabled.js';
import { kmsKey } from './builders.fixtures.js';

const R = 'us-east-1';
const oneKey = (over: Parameters<typeof kmsKey>[1] = {}) => snapshot().regional(KMS_KEYS, R, { k1: kmsKey('k1', over) });

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'customer symmetric key with rotation passes',
      snapshot: oneKey().regional(KMS_KEY_ROTATION, R, { k1: ok({ enabled: true, periodDays: 365 }) }),
      expected: [['pass', 'rotation-enabled']],
    },
    {
      name: 'disabled (but not deleted) key still must rotate',
      snapshot: oneKey({ keyState: 'Disabled' }).regional(KMS_KEY_ROTATION, R, { k1: ok({ enabled: false }) }),
      expected: [['fail', 'rotation-disabled']],
    },
    {
      name: 'rotation off fails',
      snapshot: oneKey().regional(KMS_KEY_ROTATION, R, { k1: ok({ enabled: false }) }),
      expected: [['fail', 'rotation-disabled']],
    },
    {
      name: 'AWS-managed key is not applicable',
      snapshot: oneKey({ keyManager: 'AWS' }).regional(KMS_KEY_ROTATION, R, {}),
      expected: [['not_applicable', 'rotation-not-applicable']],
    },
    {
      name: 'asymmetric signing key is not applicable',
      snapshot: oneKey({ keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY' }).regional(KMS_KEY_ROTATION, R, {}),
      expected: [['not_applicable', 'rotation-not-applicable']],
    },
    {
      name: 'HMAC key is not applicable',
      snapshot: oneKey({ keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC' }).regional(KMS_KEY_ROTATION, R, {}),
      expected: [['not_applicable', 'rotation-not-applicable']],
    },
    {
      name: 'imported key material is not applicable',
      snapshot: oneKey({ origin: 'EXTERNAL' }).regional(KMS_KEY_ROTATION, R, {}),
      expected: [['not_applicable', 'rotation-not-applicable']],
    },
    {
      name: 'custom key store key is not applicable',
      snapshot: oneKey({ origin: 'AWS_CLOUDHSM' }).regional(KMS_KEY_ROTATION, R, {}),
      expected: [['not_applicable', 'rotation-not-applicable']],
    },
    {
      name: 'key pending deletion is not applicable',
      snapshot: oneKey({ keyState: 'PendingDeletion' }).regional(KMS_KEY_ROTATION, R, {}),
      expected: [['not_applicable', 'rotation-not-applicable']],
    },
    {
      name: 'denied rotation status is an error, not a fail',
      snapshot: oneKey().regional(KMS_KEY_ROTATION, R, { k1: denied('kms:GetKeyRotationStatus') }),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'throttled rotation status is an error',
      snapshot: oneKey().regional(KMS_KEY_ROTATION, R, { k1: throttled('kms:GetKeyRotationStatus') }),
      expected: [['error', 'error.throttled']],
    },
    {
      name: 'denied DescribeKey is an error for that key',
      snapshot: snapshot()
        .regional(KMS_KEYS, R, { k1: denied('kms:DescribeKey') })
        .regional(KMS_KEY_ROTATION, R, {}),
      expected: [['error', 'error.denied']],
    },
    {
      name: 'denied key list is an error for the region',
      snapshot: snapshot().regional(KMS_KEYS, R, denied('kms:ListKeys')),
      expected: [['error', 'error.denied']],
    },
    { name: 'rotation key missing from the snapshot is an error', snapshot: oneKey(), expected: [['error', 'error.unknown']] },
    { name: 'no keys gives no findings', snapshot: snapshot().regional(KMS_KEYS, R, {}).regional(KMS_KEY_ROTATION, R, {}), expected: [] },
  ],
};
