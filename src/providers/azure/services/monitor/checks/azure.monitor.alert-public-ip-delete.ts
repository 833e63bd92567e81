import { alertCheck } from '../alerts.js';

export const monitorAlertPublicIpDelete = alertCheck({
  id: 'azure.monitor.alert-public-ip-delete',
  cis: '6.1.2.10',
  what: 'Delete public IP address',
  operation: 'Microsoft.Network/publicIPAddresses/delete',
});
