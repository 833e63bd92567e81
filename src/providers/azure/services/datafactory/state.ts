/** Data Factory state: ARM wire names, trimmed to what the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';
import type { ArmResource } from '../../arm-state.js';

export const FACTORY = 'Microsoft.DataFactory/factories';

/** `GET /subscriptions/{id}/providers/Microsoft.DataFactory/factories`. */
export interface DataFactory extends ArmResource {
  properties: {
    /** `Enabled` or `Disabled`; absent is not Disabled (public access allowed). */
    publicNetworkAccess?: string;
    /** Present when the factory is encrypted with a customer-managed key: the vault URL and key name. */
    encryption?: { vaultBaseUrl?: string; keyName?: string };
  };
}

export const AZURE_DATA_FACTORIES = inventoryKey<DataFactory[]>('azure.datafactory.factories', 'global');
