import { ACCT, R } from '../../cases.fixtures.js';
import type { ReplicationInstance } from '../state.js';

export const instance = (over: Partial<ReplicationInstance> = {}): ReplicationInstance => ({
  arn: `arn:aws:dms:${R}:${ACCT}:rep:ABCDEFGHIJKLMNOP`,
  name: 'migrate',
  publiclyAccessible: false,
  autoMinorVersionUpgrade: true,
  multiAz: true,
  ...over,
});
