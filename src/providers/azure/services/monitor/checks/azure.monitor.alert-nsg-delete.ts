import { alertCheck } from '../alerts.js';

export const monitorAlertNsgDelete = alertCheck({
  id: 'azure.monitor.alert-nsg-delete',
  cis: '6.1.2.4',
  what: 'Delete network security group',
  operation: 'Microsoft.Network/networkSecurityGroups/delete',
});
