import type { AzureService } from '../../service.js';
import { entraAppCertificateLifetimeLimited } from './checks/azure.entra.app-certificate-lifetime-limited.js';
import { entraAppCredentialsNotExpiring } from './checks/azure.entra.app-credentials-not-expiring.js';
import { entraAppSecretLifetimeLimited } from './checks/azure.entra.app-secret-lifetime-limited.js';
import { entraBannedPasswordListEnforced } from './checks/azure.entra.banned-password-list-enforced.js';
import { entraGlobalAdminsCount } from './checks/azure.entra.global-admins-count.js';
import { entraGuestAccessRestricted } from './checks/azure.entra.guest-access-restricted.js';
import { entraGuestInvitesRestricted } from './checks/azure.entra.guest-invites-restricted.js';
import { entraLegacyAuthenticationBlocked } from './checks/azure.entra.legacy-authentication-blocked.js';
import { entraLockoutDurationSufficient } from './checks/azure.entra.lockout-duration-sufficient.js';
import { entraLockoutThresholdLimited } from './checks/azure.entra.lockout-threshold-limited.js';
import { entraM365GroupCreationRestricted } from './checks/azure.entra.m365-group-creation-restricted.js';
import { entraMfaAdminPortalsRequired } from './checks/azure.entra.mfa-admin-portals-required.js';
import { entraMfaAdminsRequired } from './checks/azure.entra.mfa-admins-required.js';
import { entraMfaAllUsersRequired } from './checks/azure.entra.mfa-all-users-required.js';
import { entraMfaAzureManagementRequired } from './checks/azure.entra.mfa-azure-management-required.js';
import { entraPrivilegedRolesNoPermanentAssignment } from './checks/azure.entra.privileged-roles-no-permanent-assignment.js';
import { entraSignInRiskPolicyEnforced } from './checks/azure.entra.sign-in-risk-policy-enforced.js';
import { entraStaleGuestAccounts } from './checks/azure.entra.stale-guest-accounts.js';
import { entraUserConsentRestricted } from './checks/azure.entra.user-consent-restricted.js';
import { entraUserRiskPolicyEnforced } from './checks/azure.entra.user-risk-policy-enforced.js';
import { entraUsersCannotCreateSecurityGroups } from './checks/azure.entra.users-cannot-create-security-groups.js';
import { entraUsersCannotCreateTenants } from './checks/azure.entra.users-cannot-create-tenants.js';
import { entraUsersCannotRegisterApps } from './checks/azure.entra.users-cannot-register-apps.js';
import { entraCollectors } from './collect.js';
import { demoEntra } from './demo.js';

/** Microsoft Entra ID through Microsoft Graph: tenant-wide, collected once per tenant (see TENANT_WIDE_SERVICE). */
export const entra: AzureService = {
  id: 'entra',
  collectors: entraCollectors,
  /** Sorted by id. */
  checks: [
    entraAppCertificateLifetimeLimited,
    entraAppCredentialsNotExpiring,
    entraAppSecretLifetimeLimited,
    entraBannedPasswordListEnforced,
    entraGlobalAdminsCount,
    entraGuestAccessRestricted,
    entraGuestInvitesRestricted,
    entraLegacyAuthenticationBlocked,
    entraLockoutDurationSufficient,
    entraLockoutThresholdLimited,
    entraM365GroupCreationRestricted,
    entraMfaAdminPortalsRequired,
    entraMfaAdminsRequired,
    entraMfaAllUsersRequired,
    entraMfaAzureManagementRequired,
    entraPrivilegedRolesNoPermanentAssignment,
    entraSignInRiskPolicyEnforced,
    entraStaleGuestAccounts,
    entraUserConsentRestricted,
    entraUserRiskPolicyEnforced,
    entraUsersCannotCreateSecurityGroups,
    entraUsersCannotCreateTenants,
    entraUsersCannotRegisterApps,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoEntra,
};
