import type { AwsService } from '../../service.js';
import { iamAccessKeyRotated } from './checks/aws.iam.access-key-rotated.js';
import { iamConsoleUserMfaEnabled } from './checks/aws.iam.console-user-mfa-enabled.js';
import { iamNoStarStarPolicy } from './checks/aws.iam.no-star-star-policy.js';
import { iamNoUserAdminAttached } from './checks/aws.iam.no-user-admin-attached.js';
import { iamPasswordPolicyStrong } from './checks/aws.iam.password-policy-strong.js';
import { iamRootMfaEnabled } from './checks/aws.iam.root-mfa-enabled.js';
import { iamRootNoAccessKeys } from './checks/aws.iam.root-no-access-keys.js';
import { iamRootNotRecentlyUsed } from './checks/aws.iam.root-not-recently-used.js';
import { iamSupportRoleExists } from './checks/aws.iam.support-role-exists.js';
import { iamUnusedCredentialsDisabled } from './checks/aws.iam.unused-credentials-disabled.js';
import { iamUserNoDirectPolicies } from './checks/aws.iam.user-no-direct-policies.js';
import { iamCollectors } from './collect.js';
import { demoIam } from './demo.js';

export const iam: AwsService = {
  id: 'iam',
  collectors: iamCollectors,
  // Sorted by id.
  checks: [
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
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoIam,
};
