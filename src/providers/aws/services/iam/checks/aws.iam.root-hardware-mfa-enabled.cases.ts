import { ACCOUNT, type CheckCases, denied, snapshot } from '../../../../../../test/support/snapshot.js';
import { IAM_ACCOUNT_SUMMARY, IAM_VIRTUAL_MFA_DEVICES } from '../state.js';
import { iamRootHardwareMfaEnabled } from './aws.iam.root-hardware-mfa-enabled.js';

const on = { accountMfaEnabled: true, accountAccessKeysPresent: false };
const alice = { serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/alice`, userArn: `arn:aws:iam::${ACCOUNT}:user/alice` };

export const table: CheckCases = {
  check: iamRootHardwareMfaEnabled,
  cases: [
    {
      name: "passes when root has MFA and only other users' devices are virtual",
      snapshot: snapshot().global(IAM_ACCOUNT_SUMMARY, on).global(IAM_VIRTUAL_MFA_DEVICES, [alice]),
      expected: [['pass', 'root-mfa-hardware']],
    },
    {
      name: 'fails when the root device is virtual (by user ARN)',
      snapshot: snapshot()
        .global(IAM_ACCOUNT_SUMMARY, on)
        .global(IAM_VIRTUAL_MFA_DEVICES, [
          alice,
          { serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/phone`, userArn: `arn:aws:iam::${ACCOUNT}:root` },
        ]),
      expected: [['fail', 'root-mfa-virtual']],
    },
    {
      name: 'fails when the root device is virtual (by its well-known serial)',
      snapshot: snapshot()
        .global(IAM_ACCOUNT_SUMMARY, on)
        .global(IAM_VIRTUAL_MFA_DEVICES, [{ serialNumber: `arn:aws:iam::${ACCOUNT}:mfa/root-account-mfa-device` }]),
      expected: [['fail', 'root-mfa-virtual']],
    },
    {
      name: 'fails when root has no MFA',
      snapshot: snapshot()
        .global(IAM_ACCOUNT_SUMMARY, { ...on, accountMfaEnabled: false })
        .global(IAM_VIRTUAL_MFA_DEVICES, []),
      expected: [['fail', 'root-mfa-off']],
    },
    {
      name: 'is an error when the virtual devices cannot be listed',
      snapshot: snapshot().global(IAM_ACCOUNT_SUMMARY, on).global(IAM_VIRTUAL_MFA_DEVICES, denied('iam:ListVirtualMFADevices')),
      expected: [['error', 'error.denied']],
    },
  ],
};
