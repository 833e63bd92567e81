import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { server } from '../cases.fixtures.js';
import { AZURE_MYSQL_SERVERS, SERVER } from '../state.js';
import { mysqlGeoRedundantBackup as check } from './azure.mysql.geo-redundant-backup.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_MYSQL_SERVERS, SERVER, [
    ['Enabled passes', [server('s', { backup: { geoRedundantBackup: 'Enabled' } })], [['pass', 'geo-backup']]],
    ['Disabled fails', [server('s', { backup: { geoRedundantBackup: 'Disabled' } })], [['fail', 'local-backup']]],
  ]),
};
