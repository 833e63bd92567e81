import { alertCheck } from '../alerts.js';

export const monitorAlertSecuritySolutionWrite = alertCheck({
  id: 'azure.monitor.alert-security-solution-write',
  cis: '6.1.2.5',
  what: 'Create or update security solution',
  operation: 'Microsoft.Security/securitySolutions/write',
});
