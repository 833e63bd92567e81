import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { ws } from '../cases.fixtures.js';
import { AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from '../state.js';
import { databricksNoPublicIp as check } from './azure.databricks.no-public-ip.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_DATABRICKS_WORKSPACES, WORKSPACE, [
    ['enabled passes', [ws('w', { parameters: { enableNoPublicIp: { value: true } } })], [['pass', 'no-public-ip']]],
    ['false fails', [ws('w', { parameters: { enableNoPublicIp: { value: false } } })], [['fail', 'public-ip']]],
    ['absent fails', [ws('w')], [['fail', 'public-ip']]],
  ]),
};
