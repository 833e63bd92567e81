/** AWS Organizations membership, as the account itself sees it. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/**
 * `DescribeOrganization`, which any account of an organisation may call; `null` when the
 * account belongs to none (AWSOrganizationsNotInUseException).
 */
export const ORGANIZATIONS_MEMBERSHIP = inventoryKey('aws.organizations.membership', 'global');
export const ORGANIZATIONS_SCPS = inventoryKey('aws.organizations.serviceControlPolicies', 'global');
export const ORGANIZATIONS_DELEGATED_ADMINS = inventoryKey('aws.organizations.delegatedAdministrators', 'global');
