import { ACCT, R } from '../../cases.fixtures.js';
import type { OpenSearchDomain } from '../state.js';

export const domain = (over: Partial<OpenSearchDomain> = {}): OpenSearchDomain => ({
  arn: `arn:aws:es:${R}:${ACCT}:domain/search`,
  name: 'search',
  encryptionAtRest: true,
  nodeToNode: true,
  enforceHttps: true,
  tlsPolicy: 'Policy-Min-TLS-1-2-PFS-2023-10',
  inVpc: true,
  accessPolicy: null,
  logs: { AUDIT_LOGS: true, ES_APPLICATION_LOGS: true },
  fineGrained: true,
  zoneAwareness: true,
  autoSoftwareUpdate: true,
  ...over,
});
