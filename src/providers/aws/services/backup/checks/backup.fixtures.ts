import { ACCT, R } from '../../cases.fixtures.js';
import type { BackupPlan, BackupVault } from '../state.js';

export const plan = (over: Partial<BackupPlan> = {}): BackupPlan => ({
  arn: `arn:aws:backup:${R}:${ACCT}:backup-plan:p1`,
  name: 'daily',
  id: 'p1',
  ...over,
});

export const vault = (over: Partial<BackupVault> = {}): BackupVault => ({
  arn: `arn:aws:backup:${R}:${ACCT}:backup-vault:v`,
  name: 'v',
  locked: true,
  lockDate: '2026-01-01T00:00:00.000Z',
  minRetentionDays: 7,
  ...over,
});

export const vaultIn = (region: string, name = 'dr') => `arn:aws:backup:${region}:${ACCT}:backup-vault:${name}`;
