import { itemCheck } from '../../../service-kit/check.js';
import { onProfile, trustedLaunchVerdict } from '../guest-kit.js';
import { AZURE_COMPUTE_SCALE_SETS, VMSS } from '../state.js';

export const computeVmssTrustedLaunch = itemCheck(
  {
    id: 'azure.compute.vmss-trusted-launch',
    title: 'Virtual machine scale sets use Trusted Launch with Secure Boot and vTPM',
    service: 'compute',
    resourceType: VMSS,
    severity: 'medium',
    rationale:
      "One result per scale set, from its VM model's `virtualMachineProfile.securityProfile`, judged as for a VM: `securityType` `TrustedLaunch` or `ConfidentialVM` with `uefiSettings.secureBootEnabled` (only signed boot loaders and kernels start) and `uefiSettings.vTpmEnabled` (measured boot) both true passes. An absent type or `Standard` (Microsoft's default: no UEFI protections) fails, as does either setting off. A Flexible scale set without a VM model is not applicable: its VMs are judged by azure.compute.vm-trusted-launch. The model is what is judged, not each instance: under `upgradePolicy.mode` `Manual` instances built before a model change keep their old settings until they are upgraded, so a passing model does not prove every running instance matches it.",
    remediation: {
      text: 'Use a Generation 2 image with Trusted Launch, Secure Boot and vTPM in the scale set model (an existing Gen2 scale set can be updated; Gen1 must be rebuilt).',
      cli: 'az vmss update --resource-group <group> --name <vmss> --security-type TrustedLaunch --enable-secure-boot true --enable-vtpm true',
    },
  },
  AZURE_COMPUTE_SCALE_SETS,
  (s) => onProfile(s, trustedLaunchVerdict),
);
