import { itemCheck } from '../../../service-kit/check.js';
import { trustedLaunchVerdict } from '../guest-kit.js';
import { AZURE_COMPUTE_VMS, VM } from '../state.js';

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
  (x) => trustedLaunchVerdict(x.properties, `VM ${x.name}`),
);
