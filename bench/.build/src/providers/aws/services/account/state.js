/** AWS Account contacts: SDK-free shapes and keys. Only presence is kept, never the addresses themselves. */
import { inventoryKey } from '../../../../model/keys.js';
export const ACCOUNT_SECURITY_CONTACT = inventoryKey('aws.account.securityContact', 'global');
export const ACCOUNT_CONTACT_INFORMATION = inventoryKey('aws.account.contactInformation', 'global');
