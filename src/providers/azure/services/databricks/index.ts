import type { AzureService } from '../../service.js';
import { databricksDiagnosticLogsEnabled } from './checks/azure.databricks.diagnostic-logs-enabled.js';
import { databricksNoPublicIp } from './checks/azure.databricks.no-public-ip.js';
import { databricksPrivateEndpoint } from './checks/azure.databricks.private-endpoint.js';
import { databricksPublicNetworkDisabled } from './checks/azure.databricks.public-network-disabled.js';
import { databricksSubnetsHaveNsg } from './checks/azure.databricks.subnets-have-nsg.js';
import { databricksVnetInjected } from './checks/azure.databricks.vnet-injected.js';
import { databricksCollectors } from './collect.js';
import { databricksDemo } from './demo.js';

export const databricks: AzureService = {
  id: 'databricks',
  collectors: databricksCollectors,
  checks: [
    databricksDiagnosticLogsEnabled,
    databricksNoPublicIp,
    databricksPrivateEndpoint,
    databricksPublicNetworkDisabled,
    databricksSubnetsHaveNsg,
    databricksVnetInjected,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: databricksDemo,
};
