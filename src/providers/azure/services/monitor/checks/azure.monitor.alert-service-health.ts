import { alertCheck } from '../alerts.js';

export const monitorAlertServiceHealth = alertCheck({
  id: 'azure.monitor.alert-service-health',
  cis: '6.1.2.11',
  what: 'Service health events',
  category: 'ServiceHealth',
});
