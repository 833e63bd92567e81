/** Security Hub inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** `DescribeHub`; `null` when the account is not subscribed to Security Hub in the region. */
export const SECURITYHUB_HUB = inventoryKey('aws.securityhub.hub', 'regional');
