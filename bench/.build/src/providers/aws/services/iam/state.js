/** IAM inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
export const ROOT_USER = '<root_account>';
/** `GenerateCredentialReport` then `GetCredentialReport`, parsed. */
export const IAM_CREDENTIAL_REPORT = inventoryKey('aws.iam.credentialReport', 'global');
/** `GetAccountAuthorizationDetails` (paginated): users, groups, roles and customer-managed policies. */
export const IAM_AUTHORIZATION_DETAILS = inventoryKey('aws.iam.authorizationDetails', 'global');
export const IAM_ACCOUNT_SUMMARY = inventoryKey('aws.iam.accountSummary', 'global');
/** null when the account has no password policy (IAM answers NoSuchEntity). */
export const IAM_PASSWORD_POLICY = inventoryKey('aws.iam.passwordPolicy', 'global');
/** An ARN of an AWS-managed policy in the snapshot's partition. */
export function awsManagedPolicyArn(partition, name) {
  return `arn:${partition}:iam::aws:policy/${name}`;
}
export const IAM_VIRTUAL_MFA_DEVICES = inventoryKey('aws.iam.virtualMfaDevices', 'global');
export const IAM_SERVER_CERTIFICATES = inventoryKey('aws.iam.serverCertificates', 'global');
export const IAM_ORGANIZATIONS_FEATURES = inventoryKey('aws.iam.organizationsFeatures', 'global');
