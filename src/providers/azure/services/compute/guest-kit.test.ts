/** What the guest judgements put in an error: what ARM lacks, and a permission only when one would help. */
import { describe, expect, it } from 'vitest';
import { guest, scaleSet } from './cases.fixtures.js';
import { guestPatchVerdict, onProfile, passwordAuthVerdict } from './guest-kit.js';
import { VM, VMSS } from './state.js';

describe('a guest model without an OS profile (a specialised disk)', () => {
  const attached = guest('vm1', 'Linux', undefined);

  it.each([
    [
      'SSH password',
      passwordAuthVerdict,
      /no SSH sign-in settings; check PasswordAuthentication in the sshd configuration inside the guest/,
    ],
    ['patching', guestPatchVerdict, /no patch orchestration settings; check the guest OS update configuration inside the guest/],
  ])('%s: an error naming what is missing and no permission', (_name, judge, says) => {
    const v = judge(attached, 'VM vm1', VM);
    expect(v.status).toBe('error');
    if (v.status !== 'error') return;
    expect(v.error).toMatchObject({ kind: 'unknown', api: `${VM}:list`, action: 'n/a' });
    expect(v.error.message).toMatch(/Linux VM vm1 has no OS profile \(created from a specialised OS disk/);
    expect(v.error.message).toMatch(says);
    expect(v.error.message).not.toMatch(/\/read/);
  });

  it('names the scale set list when a scale set model lacks it', () => {
    const v = onProfile(scaleSet('s1', 'Flexible', attached), (p, subject) => passwordAuthVerdict(p, subject, VMSS));
    expect(v).toMatchObject({ status: 'error', error: { api: `${VMSS}:list`, action: 'n/a' } });
  });
});

describe('a field missing from an OS profile ARM did return', () => {
  it('names the list API and its read action: the answer itself is incomplete', () => {
    const v = passwordAuthVerdict(guest('vm1', 'Linux', { linuxConfiguration: {} }), 'VM vm1', VM);
    expect(v).toMatchObject({ status: 'error', error: { api: `${VM}:list`, action: `${VM}/read` } });
  });
});
