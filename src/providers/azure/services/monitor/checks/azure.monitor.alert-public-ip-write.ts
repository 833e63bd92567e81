import { alertCheck } from '../alerts.js';

export const monitorAlertPublicIpWrite = alertCheck({
  id: 'azure.monitor.alert-public-ip-write',
  cis: '6.1.2.9',
  what: 'Create or update public IP address',
  operation: 'Microsoft.Network/publicIPAddresses/write',
});
