import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { childCases } from '../../../service-kit/cases.fixtures.js';
import { injected, vnet, ws } from '../cases.fixtures.js';
import { GET_VNET } from '../collect.js';
import { AZURE_DATABRICKS_VNETS, AZURE_DATABRICKS_WORKSPACES, WORKSPACE } from '../state.js';
import { databricksSubnetsHaveNsg as check } from './azure.databricks.subnets-have-nsg.js';

export const table: CheckCases = {
  check,
  cases: childCases(
    AZURE_DATABRICKS_WORKSPACES,
    WORKSPACE,
    AZURE_DATABRICKS_VNETS,
    [
      ['both subnets with NSGs pass', [injected('w')], [vnet({ pub: true, priv: true })], [['pass', 'subnets-have-nsg']]],
      ['a subnet without NSG fails', [injected('w')], [vnet({ pub: true, priv: false })], [['fail', 'subnet-without-nsg']]],
      ['a named subnet missing from the VNet is an error', [injected('w')], [vnet({ pub: true })], [['error', 'error.unknown']]],
      ['a managed-VNet workspace is not applicable', [ws('w')], [vnet({})], [['not_applicable', 'managed-vnet']]],
    ],
    { item: injected('w'), api: GET_VNET.api },
  ),
};
