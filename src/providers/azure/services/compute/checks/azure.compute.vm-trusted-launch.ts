import { bad, itemCheck, ok } from '../../../service-kit/check.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';

const PROTECTED = new Set(['trustedlaunch', 'confidentialvm']);

export const computeVmTrustedLaunch = itemCheck(
  {
    id: 'azure.compute.vm-trusted-launch',
    title: 'Virtual machines use Trusted Launch with Secure Boot and vTPM',
    service: 'compute',
    resourceType: VM,
    severity: 'medium',
    rationale:
      "One result per VM. Reads `securityProfile`: `securityType` `TrustedLaunch` or `ConfidentialVM` makes UEFI settings apply; `uefiSettings.secureBootEnabled` lets only signed boot loaders and kernels start, and `uefiSettings.vTpmEnabled` gives measured boot and boot-integrity monitoring. Passes when the type is one of the two and both settings are true. Fails when the type is absent or `Standard` (Microsoft's default for an unset type: no UEFI protections) or either setting is off.",
    remediation: {
      text: 'Enable Trusted Launch with Secure Boot and vTPM (existing Generation 2 VMs can be upgraded while deallocated; Generation 1 VMs must be rebuilt).',
      cli: 'az vm deallocate --resource-group <group> --name <vm> && az vm update --resource-group <group> --name <vm> --security-type TrustedLaunch --enable-secure-boot true --enable-vtpm true',
    },
  },
  AZURE_COMPUTE_VMS,
  (x) => {
    const p = x.properties.securityProfile;
    const type = p?.securityType ?? 'Standard';
    const observed = {
      securityType: type,
      secureBootEnabled: p?.uefiSettings?.secureBootEnabled ?? false,
      vTpmEnabled: p?.uefiSettings?.vTpmEnabled ?? false,
    };
    if (!PROTECTED.has(type.toLowerCase()))
      return bad('standard-security', `VM ${x.name} has security type ${type}: no Secure Boot or vTPM.`, observed);
    const off = [observed.secureBootEnabled ? '' : 'Secure Boot', observed.vTpmEnabled ? '' : 'vTPM'].filter(Boolean);
    return off.length === 0
      ? ok('trusted-launch', `VM ${x.name} uses ${type} with Secure Boot and vTPM.`, observed)
      : bad('uefi-protection-off', `VM ${x.name} uses ${type} with ${off.join(' and ')} off.`, observed);
  },
);
