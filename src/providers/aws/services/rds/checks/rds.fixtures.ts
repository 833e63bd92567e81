import { ACCT, R } from '../../cases.fixtures.js';
import type { RdsCluster, RdsInstance } from '../state.js';

export function instance(over: Partial<RdsInstance> = {}): RdsInstance {
  const name = over.name ?? 'db1';
  return {
    arn: `arn:aws:rds:${R}:${ACCT}:db:${name}`,
    name,
    engine: 'postgres',
    engineVersion: '16.4',
    storageEncrypted: true,
    autoMinorVersionUpgrade: true,
    publiclyAccessible: false,
    multiAz: true,
    backupRetentionDays: 7,
    deletionProtection: true,
    iamAuth: true,
    logExports: ['postgresql'],
    copyTagsToSnapshot: true,
    monitoringInterval: 60,
    ...over,
  };
}

export function cluster(over: Partial<RdsCluster> = {}): RdsCluster {
  const name = over.name ?? 'c1';
  return {
    arn: `arn:aws:rds:${R}:${ACCT}:cluster:${name}`,
    name,
    engine: 'aurora-postgresql',
    engineVersion: '16.4',
    storageEncrypted: true,
    multiAz: true,
    backupRetentionDays: 7,
    deletionProtection: true,
    iamAuth: true,
    logExports: ['postgresql'],
    copyTagsToSnapshot: true,
    ...over,
  };
}

export const member = (over: Partial<RdsInstance> = {}): RdsInstance => instance({ clusterId: 'c1', ...over });
