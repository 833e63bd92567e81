/** Azure Monitor inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** `SubscriptionDiagnosticSettings.list` (one page; a subscription has at most five). */
export const AZURE_SUBSCRIPTION_DIAGNOSTICS = inventoryKey('azure.monitor.subscriptionDiagnostics', 'global');
