/** Azure AI Search service state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const SEARCH_SERVICE = 'Microsoft.Search/searchServices';

/** The list call and its RBAC action, as the collector declares them (named by checks that report a missing field). */
export const SEARCH_LIST = { api: `${SEARCH_SERVICE}:list`, action: `${SEARCH_SERVICE}/read` } as const;

/** `GET /subscriptions/{id}/providers/Microsoft.Search/searchServices`. */
export interface SearchService extends ArmResource {
  /** `free`, `basic`, `standard`, …; the free tier offers no customer-managed keys. */
  sku?: { name?: string };
  properties: {
    /** `enabled` or `disabled` (ARM compares case-insensitively); absent is not disabled. */
    publicNetworkAccess?: string;
    networkRuleSet?: { ipRules?: { value: string }[] };
    /** True: API keys are refused; `authOptions` is then absent. */
    disableLocalAuth?: boolean;
    /** Which credentials the data plane accepts while keys are allowed: keys only, or Entra or keys. */
    authOptions?: { apiKeyOnly?: Record<string, string>; aadOrApiKey?: { aadAuthFailureMode?: string } };
    /** `enforcement` Enabled refuses new objects without a CMK; the status says whether every object has one. */
    encryptionWithCmk?: { enforcement?: string; encryptionComplianceStatus?: string };
  };
}

export const AZURE_SEARCH_SERVICES = inventoryKey<SearchService[]>('azure.search.services', 'global');
