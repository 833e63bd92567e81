import type { BackupClient } from '@aws-sdk/client-backup';
import { api, perResource, unreadable } from '../../../../inventory/collector.js';
import { type Fetched, ok } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import { awsClient } from '../../clients.js';
import type { AwsCollector } from '../../context.js';
import { type PolicyDocument, parsePolicyDocument } from '../../iam-policy.js';
import {
  BACKUP_PLAN_DETAILS,
  BACKUP_PLANS,
  BACKUP_RECOVERY_POINTS,
  BACKUP_VAULT_POLICIES,
  BACKUP_VAULTS,
  type BackupPlan,
  type BackupPlanDetail,
  type BackupVault,
  type VaultRecoveryPoints,
} from './state.js';

export const BACKUP = awsClient<BackupClient>('backup', 'backup', async () => (await import('@aws-sdk/client-backup')).BackupClient);

const LIST_PLANS = api('backup:ListBackupPlans');
const GET_PLAN = api('backup:GetBackupPlan');
const LIST_SELECTIONS = api('backup:ListBackupSelections');
const LIST_VAULTS = api('backup:ListBackupVaults');
const GET_VAULT_POLICY = api('backup:GetBackupVaultAccessPolicy');
const LIST_RECOVERY_POINTS = api('backup:ListRecoveryPointsByBackupVault');
const KEEP_ARNS = 20;

const plans: AwsCollector<readonly BackupPlan[]> = {
  key: BACKUP_PLANS,
  service: 'backup',
  apis: [LIST_PLANS],
  async collect(ctx, region) {
    const { paginateListBackupPlans } = await import('@aws-sdk/client-backup');
    const client = await ctx.client(BACKUP, region);
    const out: BackupPlan[] = [];
    await ctx.call(LIST_PLANS, async () => {
      for await (const page of paginateListBackupPlans({ client, pageSize: 100 }, {})) {
        for (const p of page.BackupPlansList ?? [])
          if (p.BackupPlanArn && p.BackupPlanId)
            out.push({ arn: p.BackupPlanArn, name: p.BackupPlanName ?? p.BackupPlanId, id: p.BackupPlanId });
      }
    });
    return out;
  },
};

// Neither rules nor selections come with the plan list, so each plan is read on its own.
const planDetails: AwsCollector<PerResource<BackupPlanDetail>> = {
  key: BACKUP_PLAN_DETAILS,
  service: 'backup',
  apis: [GET_PLAN, LIST_SELECTIONS],
  dependsOn: [BACKUP_PLANS],
  async collect(ctx, region) {
    const { GetBackupPlanCommand, paginateListBackupSelections } = await import('@aws-sdk/client-backup');
    const list = await ctx.need(BACKUP_PLANS, region);
    const client = await ctx.client(BACKUP, region);
    return perResource(
      list,
      (p) => p.id,
      async (p): Promise<Fetched<BackupPlanDetail>> => {
        const got = await ctx.attempt(GET_PLAN, () => client.send(new GetBackupPlanCommand({ BackupPlanId: p.id })));
        if (!got.ok) return got;
        const body = got.value?.BackupPlan;
        if (!body) return unreadable(GET_PLAN, 'GetBackupPlan returned no plan');
        const selections = await ctx.attempt(LIST_SELECTIONS, async () => {
          let n = 0;
          for await (const page of paginateListBackupSelections({ client, pageSize: 100 }, { BackupPlanId: p.id }))
            n += (page.BackupSelectionsList ?? []).length;
          return n;
        });
        if (!selections.ok) return selections;
        return ok({
          rules: (body.Rules ?? []).map((r) => ({
            name: r.RuleName ?? '',
            copyDestinations: (r.CopyActions ?? []).flatMap((c) => (c.DestinationBackupVaultArn ? [c.DestinationBackupVaultArn] : [])),
          })),
          selections: selections.value ?? 0,
        });
      },
    );
  },
};

const vaults: AwsCollector<readonly BackupVault[]> = {
  key: BACKUP_VAULTS,
  service: 'backup',
  apis: [LIST_VAULTS],
  async collect(ctx, region) {
    const { paginateListBackupVaults } = await import('@aws-sdk/client-backup');
    const client = await ctx.client(BACKUP, region);
    const out: BackupVault[] = [];
    await ctx.call(LIST_VAULTS, async () => {
      for await (const page of paginateListBackupVaults({ client, pageSize: 100 }, {})) {
        for (const v of page.BackupVaultList ?? []) {
          if (!v.BackupVaultArn || !v.BackupVaultName) continue;
          out.push({
            arn: v.BackupVaultArn,
            name: v.BackupVaultName,
            locked: v.Locked === true,
            ...(v.LockDate ? { lockDate: v.LockDate.toISOString() } : {}),
            ...(v.MinRetentionDays !== undefined ? { minRetentionDays: v.MinRetentionDays } : {}),
          });
        }
      }
    });
    return out;
  },
};

const vaultPolicies: AwsCollector<PerResource<PolicyDocument | null>> = {
  key: BACKUP_VAULT_POLICIES,
  service: 'backup',
  apis: [GET_VAULT_POLICY],
  dependsOn: [BACKUP_VAULTS],
  async collect(ctx, region) {
    const { GetBackupVaultAccessPolicyCommand } = await import('@aws-sdk/client-backup');
    const list = await ctx.need(BACKUP_VAULTS, region);
    const client = await ctx.client(BACKUP, region);
    return perResource(
      list,
      (v) => v.name,
      (v) =>
        ctx.attempt(
          GET_VAULT_POLICY,
          async () => {
            const out = await client.send(new GetBackupVaultAccessPolicyCommand({ BackupVaultName: v.name }));
            return out.Policy ? parsePolicyDocument(out.Policy) : null;
          },
          // A vault without an access policy answers ResourceNotFoundException.
          ['ResourceNotFoundException'],
        ),
    );
  },
};

const recoveryPoints: AwsCollector<PerResource<VaultRecoveryPoints>> = {
  key: BACKUP_RECOVERY_POINTS,
  service: 'backup',
  apis: [LIST_RECOVERY_POINTS],
  dependsOn: [BACKUP_VAULTS],
  async collect(ctx, region) {
    const { paginateListRecoveryPointsByBackupVault } = await import('@aws-sdk/client-backup');
    const list = await ctx.need(BACKUP_VAULTS, region);
    const client = await ctx.client(BACKUP, region);
    return perResource(
      list,
      (v) => v.name,
      async (v): Promise<Fetched<VaultRecoveryPoints>> => {
        const res = await ctx.attempt(LIST_RECOVERY_POINTS, async () => {
          let total = 0;
          const unencrypted: string[] = [];
          let unencryptedCount = 0;
          for await (const page of paginateListRecoveryPointsByBackupVault({ client, pageSize: 1000 }, { BackupVaultName: v.name })) {
            for (const p of page.RecoveryPoints ?? []) {
              total++;
              if (p.IsEncrypted === true) continue;
              unencryptedCount++;
              if (unencrypted.length < KEEP_ARNS && p.RecoveryPointArn) unencrypted.push(p.RecoveryPointArn);
            }
          }
          return { total, unencrypted, unencryptedCount };
        });
        if (!res.ok) return res;
        return res.value ? ok(res.value) : unreadable(LIST_RECOVERY_POINTS, 'no answer');
      },
    );
  },
};

export const backupCollectors: readonly AwsCollector<unknown>[] = [
  plans,
  planDetails,
  vaults,
  vaultPolicies,
  recoveryPoints,
] as readonly AwsCollector<unknown>[];
