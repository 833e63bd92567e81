import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { type PolicyDocument, parsePolicyDocument } from '../../../iam-policy.js';
import { publicCases } from '../../../policy/public.fixtures.js';
import { R } from '../../cases.fixtures.js';
import { BACKUP_VAULT_POLICIES, BACKUP_VAULTS } from '../state.js';
import { backupVaultPolicyNotPublic as check } from './aws.backup.vault-policy-not-public.js';
import { vault } from './backup.fixtures.js';

const policy = (statement: object) => parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement: [statement] }));
const with_ = (p: Fetched<PolicyDocument | null>) =>
  snapshot().regional(BACKUP_VAULTS, R, [vault()]).regional(BACKUP_VAULT_POLICIES, R, { v: p });

export const table: CheckCases = {
  check,
  cases: [
    { name: 'no policy passes', snapshot: with_(ok(null)), expected: [['pass', 'policy-none']] },
    {
      name: 'a deny-delete hardening policy passes',
      snapshot: with_(ok(policy({ Effect: 'Deny', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' }))),
      expected: [['pass', 'policy-not-public']],
    },
    {
      name: 'an allow for everyone fails',
      snapshot: with_(ok(policy({ Effect: 'Allow', Principal: '*', Action: 'backup:CopyIntoBackupVault', Resource: '*' }))),
      expected: [['fail', 'policy-public']],
    },
    ...publicCases('backup:CopyIntoBackupVault', (p) => with_(ok(p))),
    {
      name: 'an unreadable policy is an error',
      snapshot: with_(denied('backup:GetBackupVaultAccessPolicy')),
      expected: [['error', 'error.denied']],
    },
  ],
};
