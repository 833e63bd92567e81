import { bad, itemCheck, ok, type Verdict } from '../../../service-kit/check.js';
import { missingFrom } from '../compute-kit.js';
import { guestPatchVerdict, onProfile } from '../guest-kit.js';
import { AZURE_COMPUTE_SCALE_SETS, type ScaleSet, VMSS } from '../state.js';

function judge(s: ScaleSet): Verdict {
  const auto = s.properties.upgradePolicy?.automaticOSUpgradePolicy?.enableAutomaticOSUpgrade;
  const mode = s.properties.orchestrationMode;
  const observed = { orchestrationMode: mode ?? null, enableAutomaticOSUpgrade: auto ?? false };
  if (auto === true)
    return ok('automatic-os-upgrade', `Scale set ${s.name} rolls out each newly published OS image automatically.`, observed);
  if (!mode) return missingFrom(VMSS, `scale set ${s.name} reports no orchestrationMode`);
  if (mode.toLowerCase() !== 'flexible')
    return bad(
      'no-automatic-os-upgrade',
      `${mode} scale set ${s.name} does not upgrade its OS image automatically (guest patch modes apply to Flexible scale sets only).`,
      observed,
    );
  const v = onProfile(s, (p, subject) => guestPatchVerdict(p, subject, VMSS));
  return v.status === 'error' ? v : { ...v, observed: { ...observed, ...v.observed } };
}

export const computeVmssAutomaticPatching = itemCheck(
  {
    id: 'azure.compute.vmss-automatic-patching',
    title: 'Virtual machine scale sets keep their guest OS updated automatically',
    service: 'compute',
    resourceType: VMSS,
    severity: 'medium',
    rationale:
      "One result per scale set. Azure offers two mechanisms. Automatic OS image upgrades (`upgradePolicy.automaticOSUpgradePolicy.enableAutomaticOSUpgrade`, documented as false when unset) replace each instance's OS disk with the newest published image in health-checked rolling batches; Microsoft's guidance for Uniform scale sets. Automatic VM guest patching (`virtualMachineProfile.osProfile.<linux|windows>Configuration.patchSettings.patchMode`) Microsoft documents for single VMs and Flexible scale sets only. So: automatic OS image upgrade on passes in either mode; otherwise a Uniform scale set fails, and a Flexible scale set is judged by its model's patch mode exactly as azure.compute.vm-automatic-patching judges a VM (`AutomaticByPlatform`, or `AutomaticByOS` on Windows, passes). A scale set that reports no `orchestrationMode` is an error. A Flexible scale set without a VM model is not applicable: its VMs are judged as VMs.",
    remediation: {
      text: 'Enable automatic OS image upgrades (needs a health probe or the Application Health extension), or on a Flexible scale set set the patch mode to AutomaticByPlatform.',
      cli: 'az vmss update --resource-group <group> --name <vmss> --set upgradePolicy.automaticOSUpgradePolicy.enableAutomaticOSUpgrade=true',
    },
  },
  AZURE_COMPUTE_SCALE_SETS,
  judge,
);
