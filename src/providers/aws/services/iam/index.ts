import type { AwsService } from '../../service.js';
import { iamAccessKeyRotated } from './checks/aws.iam.access-key-rotated.js';
import { iamCloudShellFullAccessNotAttached } from './checks/aws.iam.cloudshell-full-access-not-attached.js';
import { iamConsoleUserMfaEnabled } from './checks/aws.iam.console-user-mfa-enabled.js';
import { iamNoExpiredServerCertificates } from './checks/aws.iam.no-expired-server-certificates.js';
import { iamNoStarStarPolicy } from './checks/aws.iam.no-star-star-policy.js';
import { iamNoUserAdminAttached } from './checks/aws.iam.no-user-admin-attached.js';
import { iamPasswordPolicyStrong } from './checks/aws.iam.password-policy-strong.js';
import { iamPolicyNotAdminEquivalent } from './checks/aws.iam.policy-not-admin-equivalent.js';
import { iamPrincipalNoPrivilegeEscalation } from './checks/aws.iam.principal-no-privilege-escalation.js';
import { iamPrincipalNotEffectivelyAdmin } from './checks/aws.iam.principal-not-effectively-admin.js';
import { iamRoleTrustNotOpen } from './checks/aws.iam.role-trust-not-open.js';
import { iamRootAccessCentrallyManaged } from './checks/aws.iam.root-access-centrally-managed.js';
import { iamRootHardwareMfaEnabled } from './checks/aws.iam.root-hardware-mfa-enabled.js';
import { iamRootMfaEnabled } from './checks/aws.iam.root-mfa-enabled.js';
import { iamRootNoAccessKeys } from './checks/aws.iam.root-no-access-keys.js';
import { iamRootNotRecentlyUsed } from './checks/aws.iam.root-not-recently-used.js';
import { iamSupportRoleExists } from './checks/aws.iam.support-role-exists.js';
import { iamUnusedCredentialsDisabled } from './checks/aws.iam.unused-credentials-disabled.js';
import { iamUserNoDirectPolicies } from './checks/aws.iam.user-no-direct-policies.js';
import { iamUserOneActiveAccessKey } from './checks/aws.iam.user-one-active-access-key.js';
import { iamCollectors } from './collect.js';
import { demoIam } from './demo.js';

export const iam: AwsService = {
  id: 'iam',
  collectors: iamCollectors,
  // Sorted by id.
  checks: [
    iamAccessKeyRotated,
    iamCloudShellFullAccessNotAttached,
    iamConsoleUserMfaEnabled,
    iamNoExpiredServerCertificates,
    iamNoStarStarPolicy,
    iamNoUserAdminAttached,
    iamPasswordPolicyStrong,
    iamPolicyNotAdminEquivalent,
    iamPrincipalNoPrivilegeEscalation,
    iamPrincipalNotEffectivelyAdmin,
    iamRoleTrustNotOpen,
    iamRootAccessCentrallyManaged,
    iamRootHardwareMfaEnabled,
    iamRootMfaEnabled,
    iamRootNoAccessKeys,
    iamRootNotRecentlyUsed,
    iamSupportRoleExists,
    iamUnusedCredentialsDisabled,
    iamUserNoDirectPolicies,
    iamUserOneActiveAccessKey,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoIam,
};
