import { alertCheck } from '../alerts.js';

export const monitorAlertSecuritySolutionDelete = alertCheck({
  id: 'azure.monitor.alert-security-solution-delete',
  cis: '6.1.2.6',
  what: 'Delete security solution',
  operation: 'Microsoft.Security/securitySolutions/delete',
});
