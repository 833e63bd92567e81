/**
 * Judgements on a VM's guest model, shared by VMs and scale sets (whose `virtualMachineProfile` has
 * the same shape): encryption at host, Trusted Launch, SSH password sign-in and guest patching.
 * `subject` names the resource in messages ("VM web-01", "scale set web-vmss").
 */
import { bad, either, ok, skip, type Verdict } from '../../service-kit/check.js';
import { missingFrom, notInArm } from './compute-kit.js';
import { type GuestProfile, type ScaleSet, type VM, VMSS } from './state.js';

type GuestType = typeof VM | typeof VMSS;

/** A subject at the start of a sentence. */
const cap = (subject: string) => subject.charAt(0).toUpperCase() + subject.slice(1);

/** `Linux` or `Windows` from the OS disk, else from which guest configuration the OS profile carries. */
export function osOf(p: GuestProfile): 'Linux' | 'Windows' | undefined {
  const stated = p.storageProfile?.osDisk?.osType?.toLowerCase();
  if (stated === 'linux') return 'Linux';
  if (stated === 'windows') return 'Windows';
  const o = p.osProfile;
  return o?.linuxConfiguration ? 'Linux' : o?.windowsConfiguration ? 'Windows' : undefined;
}

/**
 * Without an OS profile Azure provisioned nothing in the guest (the OS disk was attached as it was, a
 * specialised disk): the guest's own settings decide, and only the guest can show them.
 */
function noOsProfile(type: GuestType, subject: string, os: string, setting: string, where: string): Verdict {
  const attached = '(created from a specialised OS disk, so Azure provisioned nothing in the guest)';
  return notInArm(type, `${os} ${subject} has no OS profile ${attached}: ARM holds no ${setting}; check ${where} inside the guest`);
}

export function hostEncryptionVerdict(p: GuestProfile, subject: string): Verdict {
  const on = p.securityProfile?.encryptionAtHost;
  return either(
    on === true,
    ['encryption-at-host', `${cap(subject)} encrypts its temporary disk and disk caches at host.`],
    ['no-encryption-at-host', `${cap(subject)} does not encrypt at host: its temporary disk and caches are not encrypted by the host.`],
    { encryptionAtHost: on ?? false },
  );
}

const PROTECTED = new Set(['trustedlaunch', 'confidentialvm']);

export function trustedLaunchVerdict(p: GuestProfile, subject: string): Verdict {
  const s = p.securityProfile;
  const type = s?.securityType ?? 'Standard';
  const observed = {
    securityType: type,
    secureBootEnabled: s?.uefiSettings?.secureBootEnabled ?? false,
    vTpmEnabled: s?.uefiSettings?.vTpmEnabled ?? false,
  };
  if (!PROTECTED.has(type.toLowerCase()))
    return bad('standard-security', `${cap(subject)} has security type ${type}: no Secure Boot or vTPM.`, observed);
  const off = [observed.secureBootEnabled ? '' : 'Secure Boot', observed.vTpmEnabled ? '' : 'vTPM'].filter(Boolean);
  return off.length === 0
    ? ok('trusted-launch', `${cap(subject)} uses ${type} with Secure Boot and vTPM.`, observed)
    : bad('uefi-protection-off', `${cap(subject)} uses ${type} with ${off.join(' and ')} off.`, observed);
}

export function passwordAuthVerdict(p: GuestProfile, subject: string, type: GuestType): Verdict {
  const os = osOf(p);
  if (!os) return missingFrom(type, `${cap(subject)} reports no OS type`);
  if (os === 'Windows') return skip('windows', `${cap(subject)} runs Windows.`);
  if (!p.osProfile) return noOsProfile(type, subject, os, 'SSH sign-in settings', 'PasswordAuthentication in the sshd configuration');
  const flag = p.osProfile.linuxConfiguration?.disablePasswordAuthentication;
  if (flag === undefined) return missingFrom(type, `Linux ${subject} has no osProfile.linuxConfiguration.disablePasswordAuthentication`);
  return either(
    flag,
    ['ssh-keys-only', `Linux ${subject} accepts SSH keys only.`],
    ['password-auth-enabled', `Linux ${subject} allows password authentication.`],
    { disablePasswordAuthentication: flag },
  );
}

export function guestPatchVerdict(p: GuestProfile, subject: string, type: GuestType): Verdict {
  const os = osOf(p);
  if (!os) return missingFrom(type, `${cap(subject)} reports no OS type`);
  if (!p.osProfile) return noOsProfile(type, subject, os, 'patch orchestration settings', 'the guest OS update configuration');
  const o = p.osProfile;
  const config = os === 'Linux' ? o.linuxConfiguration : o.windowsConfiguration;
  if (!config) return missingFrom(type, `${os} ${subject} has an OS profile without its ${os.toLowerCase()}Configuration`);
  const auto = os === 'Windows' ? o.windowsConfiguration?.enableAutomaticUpdates : undefined;
  // Windows: enableAutomaticUpdates is documented as true when unset, which is AutomaticByOS.
  const mode = config.patchSettings?.patchMode ?? (os === 'Linux' ? 'ImageDefault' : auto === false ? 'Manual' : 'AutomaticByOS');
  const observed = {
    os,
    patchMode: config.patchSettings?.patchMode ?? null,
    judgedAs: mode,
    assessmentMode: config.patchSettings?.assessmentMode ?? null,
    ...(os === 'Windows' ? { enableAutomaticUpdates: auto ?? null } : {}),
  };
  const m = mode.toLowerCase();
  if (m === 'automaticbyplatform') return ok('platform-patching', `${os} ${subject} is patched by Azure (AutomaticByPlatform).`, observed);
  if (os === 'Windows' && m === 'automaticbyos')
    return ok('os-patching', `Windows ${subject} installs updates through Windows Update (AutomaticByOS).`, observed);
  return bad('no-automatic-patching', `${os} ${subject} has patch mode ${mode}: updates are not installed automatically.`, observed);
}

/**
 * Judges a scale set's VM model. A Flexible scale set may have none (VMs added one by one, each
 * listed and judged as a VM): not applicable. Any other scale set without one is an error.
 */
export function onProfile(s: ScaleSet, judge: (p: GuestProfile, subject: string) => Verdict): Verdict {
  const subject = `scale set ${s.name}`;
  const p = s.properties.virtualMachineProfile;
  if (p) return judge(p, subject);
  if (s.properties.orchestrationMode?.toLowerCase() === 'flexible')
    return skip('no-vm-profile', `${cap(subject)} (Flexible) has no VM profile: its VMs are judged as VMs.`);
  return missingFrom(VMSS, `${cap(subject)} reports no virtualMachineProfile`);
}
