/** Security Hub inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';

/** `DescribeHub`, reduced. */
export interface SecurityHub {
  hubArn: string;
  /** ISO timestamp as the API returns it. */
  subscribedAt?: string;
  autoEnableControls?: boolean;
}

/** `DescribeHub`; `null` when the account is not subscribed to Security Hub in the region. */
export const SECURITYHUB_HUB = inventoryKey<SecurityHub | null>('aws.securityhub.hub', 'regional');
