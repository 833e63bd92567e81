import {
  BackupClient,
  GetBackupPlanCommand,
  GetBackupVaultAccessPolicyCommand,
  ListBackupPlansCommand,
  ListBackupSelectionsCommand,
  ListBackupVaultsCommand,
  ListRecoveryPointsByBackupVaultCommand,
} from '@aws-sdk/client-backup';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, describe, expect, it } from 'vitest';
import { awsError, collect, fakeService, throttledThen } from '../../../../../test/support/aws.js';
import { BACKUP_PLAN_DETAILS, BACKUP_PLANS, BACKUP_RECOVERY_POINTS, BACKUP_VAULT_POLICIES, BACKUP_VAULTS } from './state.js';

let bk = mockClient(BackupClient);
afterEach(() => bk.reset());
const R = 'us-east-1';
type Inv = Awaited<ReturnType<typeof collect>>['inventory'];
const result = (inv: Inv, id: string) => inv[id]![R]!.result;

describe('aws.backup collectors', () => {
  it('follows plan pages, then reads each plan and counts its selections across pages', async () => {
    bk.on(ListBackupPlansCommand)
      .resolvesOnce({ BackupPlansList: [{ BackupPlanId: 'p1', BackupPlanArn: 'arn:p1', BackupPlanName: 'daily' }], NextToken: 't' })
      .resolvesOnce({ BackupPlansList: [{ BackupPlanId: 'p2', BackupPlanArn: 'arn:p2', BackupPlanName: 'weekly' }] });
    bk.on(GetBackupPlanCommand, { BackupPlanId: 'p1' }).resolves({
      BackupPlan: {
        BackupPlanName: 'daily',
        Rules: [{ RuleName: 'r', TargetBackupVaultName: 'v', CopyActions: [{ DestinationBackupVaultArn: 'arn:dest' }] }],
      },
    });
    bk.on(GetBackupPlanCommand, { BackupPlanId: 'p2' }).rejects(awsError('AccessDeniedException', 403));
    bk.on(ListBackupSelectionsCommand, { BackupPlanId: 'p1' })
      .resolvesOnce({ BackupSelectionsList: [{ SelectionId: 's1' }], NextToken: 'n' })
      .resolvesOnce({ BackupSelectionsList: [{ SelectionId: 's2' }] });
    const { inventory } = await collect([BACKUP_PLAN_DETAILS]);
    expect(result(inventory, BACKUP_PLANS.id)).toMatchObject({ ok: true, value: [{ id: 'p1' }, { id: 'p2' }] });
    expect(result(inventory, BACKUP_PLAN_DETAILS.id)).toMatchObject({
      ok: true,
      value: {
        p1: { ok: true, value: { rules: [{ name: 'r', copyDestinations: ['arn:dest'] }], selections: 2 } },
        p2: { ok: false, error: { kind: 'denied', api: 'backup:GetBackupPlan' } },
      },
    });
  });

  it('reads vaults, their policies (none is data) and recovery points', async () => {
    bk.on(ListBackupVaultsCommand)
      .resolvesOnce({
        BackupVaultList: [{ BackupVaultName: 'a', BackupVaultArn: 'arn:a', Locked: true, LockDate: new Date('2026-01-01T00:00:00Z') }],
        NextToken: 't',
      })
      .resolvesOnce({ BackupVaultList: [{ BackupVaultName: 'b', BackupVaultArn: 'arn:b' }] });
    bk.on(GetBackupVaultAccessPolicyCommand, { BackupVaultName: 'a' }).resolves({ Policy: '{"Statement":[]}' });
    bk.on(GetBackupVaultAccessPolicyCommand, { BackupVaultName: 'b' }).rejects(awsError('ResourceNotFoundException', 404));
    bk.on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'a' }).resolves({
      RecoveryPoints: [{ RecoveryPointArn: 'rp1', IsEncrypted: true }],
    });
    bk.on(ListRecoveryPointsByBackupVaultCommand, { BackupVaultName: 'b' }).resolves({
      RecoveryPoints: [{ RecoveryPointArn: 'rp2', IsEncrypted: false }],
    });
    const { inventory } = await collect([BACKUP_VAULT_POLICIES, BACKUP_RECOVERY_POINTS]);
    expect(bk.commandCalls(ListBackupVaultsCommand)).toHaveLength(2);
    expect(result(inventory, BACKUP_VAULTS.id)).toEqual({
      ok: true,
      value: [
        { arn: 'arn:a', name: 'a', locked: true, lockDate: '2026-01-01T00:00:00.000Z' },
        { arn: 'arn:b', name: 'b', locked: false },
      ],
    });
    expect(result(inventory, BACKUP_VAULT_POLICIES.id)).toEqual({
      ok: true,
      value: { a: { ok: true, value: { statements: [] } }, b: { ok: true, value: null } },
    });
    expect(result(inventory, BACKUP_RECOVERY_POINTS.id)).toEqual({
      ok: true,
      value: {
        a: { ok: true, value: { total: 1, unencrypted: [], unencryptedCount: 0 } },
        b: { ok: true, value: { total: 1, unencrypted: ['rp2'], unencryptedCount: 1 } },
      },
    });
  });

  it('classifies a denied ListBackupVaults as denied', async () => {
    bk.on(ListBackupVaultsCommand).rejects(awsError('AccessDeniedException', 403));
    const { inventory } = await collect([BACKUP_VAULT_POLICIES]);
    expect(result(inventory, BACKUP_VAULT_POLICIES.id)).toMatchObject({
      ok: false,
      error: { kind: 'denied', api: 'backup:ListBackupVaults' },
    });
  });

  it('lets the SDK retry throttling, then succeeds', async () => {
    bk.restore();
    try {
      const list = throttledThen({ BackupPlansList: [] }, 2);
      const { inventory, stats } = await collect([BACKUP_PLANS], { client: { configure: fakeService({ ListBackupPlans: list }) } });
      expect(result(inventory, BACKUP_PLANS.id)).toEqual({ ok: true, value: [] });
      expect(stats.toJSON()['backup:ListBackupPlans']).toMatchObject({ calls: 1, attempts: 3, throttles: 2 });
    } finally {
      bk = mockClient(BackupClient);
    }
  });
});
