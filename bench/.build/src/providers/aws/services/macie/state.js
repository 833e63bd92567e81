/** Amazon Macie: SDK-free shape and key. */
import { inventoryKey } from '../../../../model/keys.js';
export const MACIE_SESSION = inventoryKey('aws.macie.session', 'regional');
