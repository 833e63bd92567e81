/** Microsoft Defender for Cloud inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** `Pricings.list` (one page). */
export const AZURE_DEFENDER_PRICINGS = inventoryKey('azure.security.pricings', 'global');
/** `SecurityContacts.list` (paged). */
export const AZURE_SECURITY_CONTACTS = inventoryKey('azure.security.contacts', 'global');
