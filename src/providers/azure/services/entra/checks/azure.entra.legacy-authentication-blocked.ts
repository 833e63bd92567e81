import type { Check } from '../../../../../model/check.js';
import { blocks, coversEveryApp, coversLegacyClients, includesAllUsers, unconditional } from '../conditional-access.js';
import { caRequirement } from '../requirement.js';
import { ENTRA_CONDITIONAL_ACCESS, ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS } from '../state.js';
import { TENANT_TYPE } from '../tenant.js';

export const entraLegacyAuthenticationBlocked: Check = {
  meta: {
    id: 'azure.entra.legacy-authentication-blocked',
    title: 'Legacy authentication protocols are blocked',
    provider: 'azure',
    service: 'entra',
    resourceType: TENANT_TYPE,
    severity: 'high',
    requires: [ENTRA_ORGANIZATION, ENTRA_SECURITY_DEFAULTS, ENTRA_CONDITIONAL_ACCESS],
    rationale:
      'Legacy clients (Exchange ActiveSync and "other clients": POP, IMAP, SMTP AUTH, older Office) cannot do MFA, so a password alone gets in. ' +
      'Passes when security defaults are on (they block legacy authentication), or an enabled Conditional Access policy includes all users and all cloud apps, ' +
      'has client app types covering both exchangeActiveSync and other (or all), no platform, location or risk condition, and the grant control block. Report-only policies do not count.',
    remediation: {
      text: 'Create an enabled Conditional Access policy for All users and All cloud apps, condition Client apps = Exchange ActiveSync clients and Other clients, grant "Block access".',
    },
  },
  evaluate: (ctx) =>
    caRequirement(ctx, {
      securityDefaultsCover: true,
      what: 'a block on legacy authentication',
      qualifies: (p) => includesAllUsers(p) && coversEveryApp(p) && coversLegacyClients(p) && unconditional(p) && blocks(p),
    }),
};
