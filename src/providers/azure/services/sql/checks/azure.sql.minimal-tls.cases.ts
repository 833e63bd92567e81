import { azureSnapshot, type CheckCases } from '../../../../../../test/support/snapshot.js';
import { sqlServer } from '../../../builders.fixtures.js';
import { AZURE_SQL_SERVERS } from '../state.js';
import { sqlMinimalTls as check } from './azure.sql.minimal-tls.js';
import { serverListErrors } from './sql-cases.fixtures.js';

const with_ = (minimalTlsVersion?: string) =>
  azureSnapshot().global(AZURE_SQL_SERVERS, [sqlServer('sql1', minimalTlsVersion ? { minimalTlsVersion } : {})]);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'TLS 1.2 passes', snapshot: with_('1.2'), expected: [['pass', 'tls-modern']] },
    { name: 'TLS 1.3 passes', snapshot: with_('1.3'), expected: [['pass', 'tls-modern']] },
    { name: 'TLS 1.0 fails', snapshot: with_('1.0'), expected: [['fail', 'tls-legacy']] },
    { name: '"None" fails', snapshot: with_('None'), expected: [['fail', 'tls-legacy']] },
    { name: 'no setting fails', snapshot: with_(), expected: [['fail', 'tls-legacy']] },
    ...serverListErrors(),
  ],
};
