import { bad, itemCheck, ok, skip } from '../../../service-kit/check.js';
import { AZURE_SYNAPSE_WORKSPACES, WORKSPACE } from '../state.js';

export const synapseWorkspaceEntraOnlyAuth = itemCheck(
  {
    id: 'azure.synapse.workspace-entra-only-auth',
    title: 'Synapse workspaces accept only Microsoft Entra authentication',
    service: 'synapse',
    resourceType: WORKSPACE,
    severity: 'high',
    rationale:
      'One result per workspace. Passes when `azureADOnlyAuthentication` is true: the serverless and dedicated SQL pools then refuse SQL logins (including the SQL administrator set at creation), so every connection is an Entra identity under Conditional Access and MFA. Fails when false or absent, or when the read-only `settings.azureADOnlyAuthentication.state` is Inconsistent (the setting has not reached every pool), as the built-in policy "Synapse Workspaces should use only Azure Active Directory identities for authentication" judges it. Not applicable to workspaces whose `extraProperties.WorkspaceType` is other than Normal (a dedicated pool connected from a logical SQL server, whose authentication the server governs), which that policy also leaves out.',
    remediation: {
      text: 'Make sure an Entra admin is set on the workspace, then enable Microsoft Entra-only authentication.',
      cli: 'az synapse ad-only-auth enable --resource-group <group> --workspace-name <workspace>',
    },
  },
  AZURE_SYNAPSE_WORKSPACES,
  (x) => {
    const p = x.properties;
    const kind = p.extraProperties?.WorkspaceType;
    if (kind !== undefined && kind.toLowerCase() !== 'normal') {
      return skip('not-normal-workspace', `Workspace ${x.name} is of type ${kind}; its SQL server governs authentication.`, {
        workspaceType: kind,
      });
    }
    const state = p.settings?.azureADOnlyAuthentication?.state ?? null;
    const observed = { azureADOnlyAuthentication: p.azureADOnlyAuthentication ?? null, state };
    if (p.azureADOnlyAuthentication !== true) return bad('sql-auth-allowed', `Workspace ${x.name} accepts SQL logins.`, observed);
    if (state?.toLowerCase() === 'inconsistent') {
      return bad(
        'entra-only-inconsistent',
        `Workspace ${x.name} has Entra-only authentication on, but not yet applied to every pool.`,
        observed,
      );
    }
    return ok('entra-only', `Workspace ${x.name} accepts only Microsoft Entra authentication.`, observed);
  },
);
