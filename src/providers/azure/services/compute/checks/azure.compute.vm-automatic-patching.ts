import { bad, itemCheck, ok } from '../../../service-kit/check.js';
import { missingFrom, osOf } from '../compute-kit.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';

export const computeVmAutomaticPatching = itemCheck(
  {
    id: 'azure.compute.vm-automatic-patching',
    title: 'Virtual machines install guest OS updates automatically',
    service: 'compute',
    resourceType: VM,
    severity: 'medium',
    rationale:
      'One result per VM, from `osProfile.<linux|windows>Configuration.patchSettings.patchMode`. Passes with `AutomaticByPlatform` (Azure installs critical and security updates in safe, availability-aware batches) and, on Windows, `AutomaticByOS` (Windows Update installs them). Fails with `ImageDefault` on Linux (Azure leaves updates to whatever the image configured, which it does not track) and `Manual` on Windows. Without `patchMode`, Linux is judged as `ImageDefault` (Azure-orchestrated patching is opt-in, so nothing has been asked of Azure) and Windows by `enableAutomaticUpdates`, which `AutomaticByOS` requires and `Manual` forbids; Microsoft documents `enableAutomaticUpdates` as true when unset, so a Windows VM with neither setting is judged `AutomaticByOS`. A VM without an OS profile or without the configuration block of its OS (created from a specialised disk) is an error. `assessmentMode` is reported as observed.',
    remediation: {
      text: 'Set the patch orchestration to Azure-orchestrated (AutomaticByPlatform), or use Azure Update Manager schedules.',
      cli: 'az vm update --resource-group <group> --name <vm> --set osProfile.linuxConfiguration.patchSettings.patchMode=AutomaticByPlatform',
    },
  },
  AZURE_COMPUTE_VMS,
  (x) => {
    const os = osOf(x);
    if (!os) return missingFrom(VM, `VM ${x.name} reports no OS type`);
    const p = x.properties.osProfile;
    const config = os === 'Linux' ? p?.linuxConfiguration : p?.windowsConfiguration;
    if (!config)
      return missingFrom(
        VM,
        `${os} VM ${x.name} has no OS profile to read its patch settings from (a VM from a specialised disk has none)`,
      );
    const auto = os === 'Windows' ? p?.windowsConfiguration?.enableAutomaticUpdates : undefined;
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
    if (m === 'automaticbyplatform')
      return ok('platform-patching', `${os} VM ${x.name} is patched by Azure (AutomaticByPlatform).`, observed);
    if (os === 'Windows' && m === 'automaticbyos')
      return ok('os-patching', `Windows VM ${x.name} installs updates through Windows Update (AutomaticByOS).`, observed);
    return bad('no-automatic-patching', `${os} VM ${x.name} has patch mode ${mode}: updates are not installed automatically.`, observed);
  },
);
