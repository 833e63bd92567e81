import { iamAccessKeyRotated } from './aws.iam.access-key-rotated.js';
import { iamConsoleUserMfaEnabled } from './aws.iam.console-user-mfa-enabled.js';
import { iamNoStarStarPolicy } from './aws.iam.no-star-star-policy.js';
import { iamNoUserAdminAttached } from './aws.iam.no-user-admin-attached.js';
import { iamPasswordPolicyStrong } from './aws.iam.password-policy-strong.js';
import { iamRootMfaEnabled } from './aws.iam.root-mfa-enabled.js';
import { iamRootNoAccessKeys } from './aws.iam.root-no-access-keys.js';
import { iamRootNotRecentlyUsed } from './aws.iam.root-not-recently-used.js';
import { iamSupportRoleExists } from './aws.iam.support-role-exists.js';
import { iamUnusedCredentialsDisabled } from './aws.iam.unused-credentials-disabled.js';
import { iamUserNoDirectPolicies } from './aws.iam.user-no-direct-policies.js';
/** Sorted by id. */
export const iamChecks = [
    iamAccessKeyRotated,
    iamConsoleUserMfaEnabled,
    iamNoStarStarPolicy,
    iamNoUserAdminAttached,
    iamPasswordPolicyStrong,
    iamRootMfaEnabled,
    iamRootNoAccessKeys,
    iamRootNotRecentlyUsed,
    iamSupportRoleExists,
    iamUnusedCredentialsDisabled,
    iamUserNoDirectPolicies,
];
