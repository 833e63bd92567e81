import { ACCT, R } from '../../cases.fixtures.js';
import type { Certificate } from '../state.js';

export const cert = (over: Partial<Certificate> = {}): Certificate => ({
  arn: `arn:aws:acm:${R}:${ACCT}:certificate/c1`,
  name: 'www.example.com',
  status: 'ISSUED',
  type: 'AMAZON_ISSUED',
  keyAlgorithm: 'RSA_2048',
  // NOW in the test snapshots is 2026-11-01.
  notAfter: '2027-06-01T00:00:00.000Z',
  inUse: true,
  ...over,
});
