/** AWS Organizations membership, as the account itself sees it. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';

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

/** One service control policy: its document and where it is attached (ROOT, ORGANIZATIONAL_UNIT or ACCOUNT). */
export interface ServiceControlPolicy {
  id: string;
  name: string;
  awsManaged: boolean;
  document: PolicyDocument;
  targets: { id: string; type: string; name: string }[];
}

/**
 * The organisation's SCPs, read in the management account (ListPolicies, DescribePolicy and
 * ListTargetsForPolicy per policy). `not-management` when the scanned account is a member or
 * belongs to no organisation: the policies are judged in the management account's scan.
 */
export type ServiceControlPolicies = { scope: 'management'; policies: ServiceControlPolicy[] } | { scope: 'not-management' };
export const ORGANIZATIONS_SCPS = inventoryKey<ServiceControlPolicies>('aws.organizations.serviceControlPolicies', 'global');

/** ListDelegatedAdministrators (management account): the member accounts registered as delegated administrators. */
export type DelegatedAdministrators = { scope: 'management'; accounts: { id: string; name: string }[] } | { scope: 'not-management' };
export const ORGANIZATIONS_DELEGATED_ADMINS = inventoryKey<DelegatedAdministrators>('aws.organizations.delegatedAdministrators', 'global');
