/** AWS Organizations membership, as the account itself sees it. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';

export interface OrganizationMembership {
  /** `o-…` */
  id: string;
  managementAccountId: string;
}

/**
 * `DescribeOrganization`, which any account of an organisation may call; `null` when the
 * account belongs to none (AWSOrganizationsNotInUseException).
 */
export const ORGANIZATIONS_MEMBERSHIP = inventoryKey<OrganizationMembership | null>('aws.organizations.membership', 'global');
