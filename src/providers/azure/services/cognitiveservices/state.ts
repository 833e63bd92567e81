/** Azure AI services (Cognitive Services, Azure OpenAI) account state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const AI_ACCOUNT = 'Microsoft.CognitiveServices/accounts';

/** `GET /subscriptions/{id}/providers/Microsoft.CognitiveServices/accounts`. */
export interface AiAccount extends ArmResource {
  /** The API kind: `OpenAI`, `AIServices`, `TextAnalytics`, `FormRecognizer`, … */
  kind?: string;
  properties: {
    /** `Enabled` or `Disabled`; absent is not Disabled. */
    publicNetworkAccess?: string;
    /** The firewall of the public endpoint: `Allow` (every network) or `Deny` (only the rules). */
    networkAcls?: { defaultAction?: string; ipRules?: { value: string }[]; virtualNetworkRules?: { id: string }[] };
    /** True: keys are refused, every call carries an Entra token. */
    disableLocalAuth?: boolean;
    /** `Microsoft.CognitiveServices` (Microsoft-managed key) or `Microsoft.KeyVault` (customer-managed key). */
    encryption?: { keySource?: string };
    /** True: the account may only call out to the FQDNs in `allowedFqdnList`. */
    restrictOutboundNetworkAccess?: boolean;
    allowedFqdnList?: string[];
  };
}

export const AZURE_AI_ACCOUNTS = inventoryKey<AiAccount[]>('azure.cognitiveservices.accounts', 'global');
