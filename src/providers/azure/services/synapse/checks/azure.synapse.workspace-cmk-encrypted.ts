import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_SYNAPSE_WORKSPACES, WORKSPACE } from '../state.js';

export const synapseWorkspaceCmkEncrypted = itemCheck(
  {
    id: 'azure.synapse.workspace-cmk-encrypted',
    title: 'Synapse workspaces are encrypted with a customer-managed key',
    service: 'synapse',
    resourceType: WORKSPACE,
    severity: 'low',
    rationale:
      'One result per workspace. Passes when `encryption.cmk.key.name` is set: the workspace\'s SQL pools and metadata get a second layer of encryption under a Key Vault key the customer controls and can revoke. Fails when absent, as the built-in policy "Azure Synapse workspaces should use customer-managed keys to encrypt data at rest" judges it: data is then encrypted with Microsoft-managed keys only. The key can only be chosen when the workspace is created. Use where policy requires customer-held keys; otherwise accept the failure as a documented decision.',
    remediation: {
      text: 'Create a workspace with double encryption under a Key Vault key, activate it by granting the workspace identity access to the key, and migrate.',
    },
  },
  AZURE_SYNAPSE_WORKSPACES,
  (x) => {
    const cmk = x.properties.encryption?.cmk;
    return either(
      Boolean(cmk?.key?.name),
      ['cmk', `Workspace ${x.name} is encrypted with customer-managed key ${cmk?.key?.name}.`],
      ['platform-key', `Workspace ${x.name} uses Microsoft-managed keys only.`],
      { keyStatus: cmk?.status ?? null },
    );
  },
);
