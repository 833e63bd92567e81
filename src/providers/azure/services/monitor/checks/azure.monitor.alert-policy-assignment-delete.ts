import { alertCheck } from '../alerts.js';

export const monitorAlertPolicyAssignmentDelete = alertCheck({
  id: 'azure.monitor.alert-policy-assignment-delete',
  cis: '6.1.2.2',
  what: 'Delete policy assignment',
  operation: 'Microsoft.Authorization/policyAssignments/delete',
});
