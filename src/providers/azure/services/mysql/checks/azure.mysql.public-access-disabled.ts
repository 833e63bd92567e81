import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_MYSQL_SERVERS, SERVER } from '../state.js';

export const mysqlPublicAccessDisabled = itemCheck(
  {
    id: 'azure.mysql.public-access-disabled',
    title: 'Flexible servers disable public network access',
    service: 'mysql',
    resourceType: SERVER,
    severity: 'high',
    rationale:
      'One result per server. Passes when `network.publicNetworkAccess` is Disabled (private access through VNet integration or private endpoints). Fails when Enabled, where firewall rules are the only barrier between the internet and the login.',
    remediation: { text: 'Use private access (VNet integration or private endpoints) and disable public network access.' },
  },
  AZURE_MYSQL_SERVERS,
  (x) =>
    either(
      x.properties.network?.publicNetworkAccess === 'Disabled',
      ['public-access-disabled', `Server ${x.name} has public network access disabled.`],
      ['public-access-enabled', `Server ${x.name} accepts connections from public networks.`],
      { publicNetworkAccess: x.properties.network?.publicNetworkAccess ?? null },
    ),
);
