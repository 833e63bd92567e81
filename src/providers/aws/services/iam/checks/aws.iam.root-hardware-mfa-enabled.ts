import type { Check } from '../../../../../model/check.js';
import { all, fail, pass, readFetched } from '../../../../check-kit.js';
import { rootResource } from '../iam-kit.js';
import { IAM_ACCOUNT_SUMMARY, IAM_VIRTUAL_MFA_DEVICES } from '../state.js';

export const iamRootHardwareMfaEnabled: Check = {
  meta: {
    id: 'aws.iam.root-hardware-mfa-enabled',
    title: 'The root user uses a hardware MFA device',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::::Account',
    severity: 'high',
    requires: [IAM_ACCOUNT_SUMMARY, IAM_VIRTUAL_MFA_DEVICES],
    rationale:
      'Passes when the account summary reports MFA on the root user (AccountMFAEnabled = 1) and no assigned virtual MFA device belongs to the root ' +
      "(ListVirtualMFADevices lists none whose user ARN is the account's :root ARN or whose serial is root-account-mfa-device), so the root's device is a " +
      'hardware TOTP token or a FIDO security key. Fails when root has no MFA, or when its MFA is a virtual (phone app) device. ' +
      'A virtual authenticator lives on a phone with its own attack surface and owner; for the one identity no policy can restrict, a dedicated hardware ' +
      'device is the stronger second factor (CIS Level 2).',
    remediation: {
      text: 'Sign in as root, register a hardware TOTP token or FIDO security key, then remove the virtual MFA device.',
      console:
        'Account menu → Security credentials → Multi-factor authentication (MFA) → Assign MFA device → Security key / Hardware TOTP token',
    },
    cis: ['2.6'],
  },
  evaluate(ctx) {
    const root = rootResource(ctx);
    const got = all(root, [readFetched(ctx, IAM_ACCOUNT_SUMMARY), readFetched(ctx, IAM_VIRTUAL_MFA_DEVICES)] as const);
    if (!got.ok) return [got.finding];
    const [summary, devices] = got.values;
    if (!summary.accountMfaEnabled)
      return [fail(root, 'root-mfa-off', 'The root user has no MFA device at all.', { accountMfaEnabled: false })];
    const rootArn = `arn:${ctx.snapshot.partition}:iam::${ctx.snapshot.account}:root`;
    const virtual = devices.find((d) => d.userArn === rootArn || d.serialNumber.endsWith(':mfa/root-account-mfa-device'));
    if (virtual) {
      return [
        fail(root, 'root-mfa-virtual', `The root user's MFA is a virtual device (${virtual.serialNumber}), not hardware.`, {
          serialNumber: virtual.serialNumber,
        }),
      ];
    }
    return [
      pass(root, 'root-mfa-hardware', 'The root user has MFA, and it is not a virtual device.', {
        accountMfaEnabled: true,
        virtual: false,
      }),
    ];
  },
};
