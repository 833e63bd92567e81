/** AWS Account contacts: SDK-free shapes and keys. Only presence is kept, never the addresses themselves. */
import { inventoryKey } from '../../../../model/keys.js';

/** `account:GetAlternateContact` for SECURITY; `null` when none is registered. */
export interface AlternateContact {
  hasName: boolean;
  hasEmail: boolean;
  hasPhone: boolean;
}

/** `account:GetContactInformation`: which fields of the primary contact are filled in. */
export interface ContactInformation {
  hasFullName: boolean;
  hasPhone: boolean;
  hasAddress: boolean;
  hasCountry: boolean;
}

export const ACCOUNT_SECURITY_CONTACT = inventoryKey<AlternateContact | null>('aws.account.securityContact', 'global');
export const ACCOUNT_CONTACT_INFORMATION = inventoryKey<ContactInformation>('aws.account.contactInformation', 'global');
