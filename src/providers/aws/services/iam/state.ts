/** IAM inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { PolicyDocument } from '../../iam-policy.js';

export type { PolicyDocument };

/** One access key slot of a credential report row. */
export interface ReportAccessKey {
  slot: 1 | 2;
  active: boolean;
  /** ISO time the key was created or last rotated; null when the slot never held a key. */
  lastRotated: string | null;
  /** ISO time of last use; null when never used (or unknown to IAM). */
  lastUsed: string | null;
}

/**
 * One row of the credential report. The report's 'N/A', 'no_information' and 'not_supported'
 * become null, so "never used" and "does not apply" are explicit rather than sentinel strings.
 */
export interface CredentialReportRow {
  /** `<root_account>` for the root user. */
  user: string;
  arn: string;
  userCreationTime: string | null;
  /** null for the root user, whose report row says `not_supported`. */
  passwordEnabled: boolean | null;
  passwordLastUsed: string | null;
  passwordLastChanged: string | null;
  mfaActive: boolean;
  accessKeys: [ReportAccessKey, ReportAccessKey];
}

export interface CredentialReport {
  /** When IAM generated the report; AWS reuses a report for up to four hours. */
  generatedAt: string | null;
  rows: CredentialReportRow[];
}

export const ROOT_USER = '<root_account>';

/** Documents are in the shared normalised shape of `iam-policy.ts` (statements always a list). */
export interface InlinePolicy {
  name: string;
  document: PolicyDocument;
}

interface Principal {
  name: string;
  arn: string;
  path: string;
  /** ARNs of managed policies (AWS or customer) attached directly. */
  attachedPolicyArns: string[];
  inlinePolicies: InlinePolicy[];
  /** The managed policy set as the principal's permissions boundary (users and roles only). */
  permissionsBoundaryArn?: string;
}

export interface IamUser extends Principal {
  groups: string[];
}

export type IamGroup = Principal;

export interface IamRole extends Principal {
  trustPolicy: PolicyDocument | null;
}

export interface CustomerManagedPolicy {
  name: string;
  arn: string;
  attachmentCount: number;
  /** The default version's document: the one IAM enforces. */
  document: PolicyDocument;
}

export interface AuthorizationDetails {
  users: IamUser[];
  groups: IamGroup[];
  roles: IamRole[];
  /** Customer-managed policies only; AWS-managed ones appear as ARNs on principals. */
  policies: CustomerManagedPolicy[];
}

/** The two `GetAccountSummary` values about the root user (1 means yes in IAM's summary map). */
export interface AccountSummary {
  accountMfaEnabled: boolean;
  accountAccessKeysPresent: boolean;
}

export interface PasswordPolicy {
  minimumPasswordLength: number | null;
  requireSymbols: boolean;
  requireNumbers: boolean;
  requireUppercase: boolean;
  requireLowercase: boolean;
  /** null when reuse prevention is off. */
  passwordReusePrevention: number | null;
  /** null when passwords never expire. */
  maxPasswordAge: number | null;
  allowUsersToChangePassword: boolean;
  hardExpiry: boolean;
}

/** `GenerateCredentialReport` then `GetCredentialReport`, parsed. */
export const IAM_CREDENTIAL_REPORT = inventoryKey<CredentialReport>('aws.iam.credentialReport', 'global');
/** `GetAccountAuthorizationDetails` (paginated): users, groups, roles and customer-managed policies. */
export const IAM_AUTHORIZATION_DETAILS = inventoryKey<AuthorizationDetails>('aws.iam.authorizationDetails', 'global');
/**
 * Per AWS-managed policy ARN in use (attached to a user, group or role, or set as a boundary):
 * its default version's document, from `GetPolicy` then `GetPolicyVersion`.
 */
export const IAM_AWS_MANAGED_POLICIES = inventoryKey<PerResource<PolicyDocument>>('aws.iam.awsManagedPolicies', 'global');
export const IAM_ACCOUNT_SUMMARY = inventoryKey<AccountSummary>('aws.iam.accountSummary', 'global');
/** null when the account has no password policy (IAM answers NoSuchEntity). */
export const IAM_PASSWORD_POLICY = inventoryKey<PasswordPolicy | null>('aws.iam.passwordPolicy', 'global');

/** An ARN of an AWS-managed policy in the snapshot's partition. */
export function awsManagedPolicyArn(partition: string, name: string): string {
  return `arn:${partition}:iam::aws:policy/${name}`;
}

/** `ListVirtualMFADevices` (assigned ones): a device and the user it belongs to; the root user's ARN ends in `:root`. */
export interface VirtualMfaDevice {
  serialNumber: string;
  userArn?: string;
}
export const IAM_VIRTUAL_MFA_DEVICES = inventoryKey<VirtualMfaDevice[]>('aws.iam.virtualMfaDevices', 'global');

/** `ListServerCertificates` (paginated): certificates stored in IAM, with their expiry (ISO time). */
export interface ServerCertificate {
  name: string;
  arn: string;
  expiration: string;
}
export const IAM_SERVER_CERTIFICATES = inventoryKey<ServerCertificate[]>('aws.iam.serverCertificates', 'global');

/**
 * `ListOrganizationsFeatures`: the centralised root access features enabled for the organisation,
 * or why the question does not apply to this account (the API answers those cases with errors).
 */
export type OrganizationsFeatures =
  | { scope: 'organization'; enabledFeatures: string[] }
  | { scope: 'member-account' }
  | { scope: 'no-organization' }
  | { scope: 'trusted-access-off' };
export const IAM_ORGANIZATIONS_FEATURES = inventoryKey<OrganizationsFeatures>('aws.iam.organizationsFeatures', 'global');
