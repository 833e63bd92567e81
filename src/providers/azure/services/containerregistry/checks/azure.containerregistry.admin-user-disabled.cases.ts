import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { listCases } from '../../../service-kit/cases.fixtures.js';
import { registry } from '../cases.fixtures.js';
import { AZURE_REGISTRIES, REGISTRY } from '../state.js';
import { containerregistryAdminUserDisabled as check } from './azure.containerregistry.admin-user-disabled.js';

export const table: CheckCases = {
  check,
  cases: listCases(AZURE_REGISTRIES, REGISTRY, [
    ['false passes', [registry('r', { adminUserEnabled: false })], [['pass', 'admin-disabled']]],
    ['true fails', [registry('r', { adminUserEnabled: true })], [['fail', 'admin-enabled']]],
  ]),
};
