import { ACCT, R } from '../../cases.fixtures.js';
import type { EfsAccessPoint, EfsFileSystem } from '../state.js';

export const fs = (over: Partial<EfsFileSystem> = {}): EfsFileSystem => ({
  arn: `arn:aws:elasticfilesystem:${R}:${ACCT}:file-system/fs-1`,
  name: 'fs-1',
  encrypted: true,
  ...over,
});

export const ap = (over: Partial<EfsAccessPoint> = {}): EfsAccessPoint => ({
  arn: `arn:aws:elasticfilesystem:${R}:${ACCT}:access-point/fsap-1`,
  name: 'fsap-1',
  fileSystemId: 'fs-1',
  rootPath: '/app',
  posixUser: true,
  ...over,
});
