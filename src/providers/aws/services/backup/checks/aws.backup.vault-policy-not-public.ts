import { errorFinding, lookup } from '../../../../check-kit.js';
import { PUBLIC_ACCESS_SEMANTICS, publicPolicyFinding } from '../../../policy/public-finding.js';
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
      "Fails when the vault's access policy lets the public use it: anyone could then copy into, restore from or delete the backups, " +
      'as the actions allow. Passes with no policy or a policy that is not public; Deny statements (the usual hardening) are fine, and a Deny ' +
      'for everyone that covers a public Allow cancels it. ' +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Limit the vault policy to named accounts or the organisation.',
      cli: 'aws backup put-backup-vault-access-policy --backup-vault-name <name> --policy file://policy.json',
    },
  },
  BACKUP_VAULTS,
  (v, r, ctx, region) => {
    const got = lookup(ctx, BACKUP_VAULT_POLICIES, v.name, region);
    return got.ok ? publicPolicyFinding(r, `Vault ${v.name}`, got.value) : errorFinding(r, got.error);
  },
);
