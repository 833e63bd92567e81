import { daysAgo } from '../../../../../../test/support/snapshot.js';
import { ACCT, R } from '../../cases.fixtures.js';
import type { Secret } from '../state.js';

export const secret = (over: Partial<Secret> = {}): Secret => ({
  arn: `arn:aws:secretsmanager:${R}:${ACCT}:secret:db-AbCdEf`,
  name: 'db',
  rotationEnabled: true,
  lastRotated: daysAgo(10),
  lastAccessed: daysAgo(1),
  created: daysAgo(400),
  kmsKeyId: `arn:aws:kms:${R}:${ACCT}:key/k1`,
  ...over,
});
