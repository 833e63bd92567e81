import { itemCheck } from '../../../service-kit/check.js';
import { guestPatchVerdict } from '../guest-kit.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';

export const computeVmAutomaticPatching = itemCheck(
  {
    id: 'azure.compute.vm-automatic-patching',
    title: 'Virtual machines install guest OS updates automatically',
    service: 'compute',
    resourceType: VM,
    severity: 'medium',
    rationale:
      'One result per VM, from `osProfile.<linux|windows>Configuration.patchSettings.patchMode`. Passes with `AutomaticByPlatform` (Azure installs critical and security updates in safe, availability-aware batches) and, on Windows, `AutomaticByOS` (Windows Update installs them). Fails with `ImageDefault` on Linux (Azure leaves updates to whatever the image configured, which it does not track) and `Manual` on Windows. Without `patchMode`, Linux is judged as `ImageDefault` (Azure-orchestrated patching is opt-in, so nothing has been asked of Azure) and Windows by `enableAutomaticUpdates`, which `AutomaticByOS` requires and `Manual` forbids; Microsoft documents `enableAutomaticUpdates` as true when unset, so a Windows VM with neither setting is judged `AutomaticByOS`. A VM without an OS profile was created by attaching a specialised OS disk: Azure provisioned nothing in the guest and ARM holds no patch orchestration for it, so updates depend on the configuration inside the guest; that is an error naming what is missing (no permission is missing, so none is named). An OS profile without the configuration block of its OS is an error naming the list API. `assessmentMode` is reported as observed.',
    remediation: {
      text: 'Set the patch orchestration to Azure-orchestrated (AutomaticByPlatform), or use Azure Update Manager schedules.',
      cli: 'az vm update --resource-group <group> --name <vm> --set osProfile.linuxConfiguration.patchSettings.patchMode=AutomaticByPlatform',
    },
  },
  AZURE_COMPUTE_VMS,
  (x) => guestPatchVerdict(x.properties, `VM ${x.name}`, VM),
);
