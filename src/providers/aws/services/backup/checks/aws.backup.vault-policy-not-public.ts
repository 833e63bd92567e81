import { errorFinding, fail, lookup, pass } from '../../../../check-kit.js';
import { allowsEveryone } from '../../../iam-policy.js';
import { eachResource } from '../../each-resource.js';
import { BACKUP_VAULT_POLICIES, BACKUP_VAULTS } from '../state.js';

export const backupVaultPolicyNotPublic = eachResource(
  {
    id: 'aws.backup.vault-policy-not-public',
    title: 'AWS Backup vault access policies do not grant access to everyone',
    service: 'backup',
    resourceType: 'AWS::Backup::BackupVault',
    severity: 'high',
    requires: [BACKUP_VAULTS, BACKUP_VAULT_POLICIES],
    rationale:
      'Fails when the vault\'s access policy has an Allow statement for every principal ("*" or NotPrincipal) with no condition ' +
      'pinning the caller to an account, organisation, network or source (exact values): anyone could then copy into, restore ' +
      'from or delete the backups, as the actions allow. Passes with no policy or a policy for named principals; Deny ' +
      'statements (the usual hardening) are fine.',
    remediation: {
      text: 'Limit the vault policy to named accounts or the organisation.',
      cli: 'aws backup put-backup-vault-access-policy --backup-vault-name <name> --policy file://policy.json',
    },
  },
  BACKUP_VAULTS,
  (v, r, ctx, region) => {
    const got = lookup(ctx, BACKUP_VAULT_POLICIES, v.name, region);
    if (!got.ok) return errorFinding(r, got.error);
    const open = (got.value?.statements ?? []).filter(allowsEveryone);
    if (open.length === 0)
      return pass(r, 'not-public', `Vault ${v.name}'s policy grants nothing to everyone.`, { hasPolicy: got.value !== null });
    return fail(
      r,
      'policy-public',
      `Vault ${v.name}'s policy allows any principal (${open.length} statement${open.length > 1 ? 's' : ''}).`,
      {
        publicStatements: open.map((s) => s.sid ?? '(no Sid)'),
      },
    );
  },
);
