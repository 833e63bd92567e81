import { alertCheck } from '../alerts.js';

export const monitorAlertNsgWrite = alertCheck({
  id: 'azure.monitor.alert-nsg-write',
  cis: '6.1.2.3',
  what: 'Create or update network security group',
  operation: 'Microsoft.Network/networkSecurityGroups/write',
});
