import { alertCheck } from '../alerts.js';

export const monitorAlertPolicyAssignmentCreate = alertCheck({
  id: 'azure.monitor.alert-policy-assignment-create',
  cis: '6.1.2.1',
  what: 'Create policy assignment',
  operation: 'Microsoft.Authorization/policyAssignments/write',
});
