import { DEMO_ACCOUNT, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import { awsError, type FakeHandlers } from '../../simulator.js';

const HOME = 'eu-west-1';
const planArn = (region: string, id: string) => `arn:aws:backup:${region}:${DEMO_ACCOUNT}:backup-plan:${id}`;
const vaultArn = (region: string, name: string) => `arn:aws:backup:${region}:${DEMO_ACCOUNT}:backup-vault:${name}`;

/**
 * eu-west-1 has a daily plan copying to a locked vault in ap-southeast-2, and an abandoned weekly plan with no
 * selection; its default vault is unlocked and holds one unencrypted EBS snapshot.
 */
export const backupDemo: Partial<Record<string, FakeHandlers>> = {
  backup: {
    ListBackupPlans: (_input, region) => ({
      BackupPlansList:
        region === HOME
          ? [
              { BackupPlanId: 'daily-prod-0001', BackupPlanArn: planArn(region, 'daily-prod-0001'), BackupPlanName: 'daily-prod' },
              { BackupPlanId: 'weekly-old-0002', BackupPlanArn: planArn(region, 'weekly-old-0002'), BackupPlanName: 'weekly-old' },
            ]
          : [],
    }),
    GetBackupPlan: (input) => ({
      BackupPlan: {
        BackupPlanName: String(input.BackupPlanId).replace(/-\d+$/, ''),
        Rules:
          input.BackupPlanId === 'daily-prod-0001'
            ? [
                {
                  RuleName: 'daily',
                  TargetBackupVaultName: 'Default',
                  CopyActions: [{ DestinationBackupVaultArn: vaultArn('ap-southeast-2', 'dr-vault') }],
                },
              ]
            : [{ RuleName: 'weekly', TargetBackupVaultName: 'Default' }],
      },
    }),
    ListBackupSelections: (input) => ({
      BackupSelectionsList: input.BackupPlanId === 'daily-prod-0001' ? [{ SelectionId: 'sel-1', SelectionName: 'tagged-prod' }] : [],
    }),
    ListBackupVaults: (_input, region) => ({
      BackupVaultList:
        region === HOME
          ? [{ BackupVaultName: 'Default', BackupVaultArn: vaultArn(region, 'Default'), Locked: false }]
          : region === 'ap-southeast-2'
            ? [
                {
                  BackupVaultName: 'dr-vault',
                  BackupVaultArn: vaultArn(region, 'dr-vault'),
                  Locked: true,
                  LockDate: demoDaysAgo(200),
                  MinRetentionDays: 30,
                },
              ]
            : [],
    }),
    GetBackupVaultAccessPolicy: (input) => {
      if (input.BackupVaultName !== 'dr-vault') throw awsError('ResourceNotFoundException', 404, 'no access policy');
      return {
        Policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [{ Sid: 'DenyDelete', Effect: 'Deny', Principal: '*', Action: 'backup:DeleteRecoveryPoint', Resource: '*' }],
        }),
      };
    },
    ListRecoveryPointsByBackupVault: (input, region) => ({
      RecoveryPoints:
        input.BackupVaultName === 'Default'
          ? [
              { RecoveryPointArn: `arn:aws:rds:${region}:${DEMO_ACCOUNT}:snapshot:awsbackup-job-1`, IsEncrypted: true },
              { RecoveryPointArn: `arn:aws:ec2:${region}::snapshot/snap-0legacy`, IsEncrypted: false },
            ]
          : [{ RecoveryPointArn: `arn:aws:rds:${region}:${DEMO_ACCOUNT}:snapshot:awsbackup-copy-1`, IsEncrypted: true }],
    }),
  },
};
