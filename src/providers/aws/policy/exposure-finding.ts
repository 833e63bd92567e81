/**
 * One finding for "who outside this account can use this resource", shared by every service
 * whose resources carry a resource-based policy (S3, KMS, SQS, SNS, Lambda, Secrets Manager…).
 */
import type { Finding } from '../../../model/check.js';
import type { Fetched } from '../../../model/fetched.js';
import type { ResourceRef } from '../../../model/resource.js';
import { errorFinding, fail, pass } from '../../check-kit.js';
import type { PolicyDocument } from '../iam-policy.js';
import { resourceExposure } from './exposure.js';

export interface OrgMembershipLike {
  readonly id: string;
}

/** Rationale text shared by the "no access from outside" checks. */
export const OUTSIDE_ACCESS_SEMANTICS =
  'The resource policy is judged by the IAM policy evaluator: a statement reaches outside the account when it names another account (account id, root ARN, or a user or role ARN in it) or a wildcard principal narrowed only to other accounts (aws:PrincipalAccount, aws:SourceAccount, kms:CallerAccount…), ' +
  "or is public (a wildcard principal no fixed-value condition narrows). A grant limited by aws:PrincipalOrgID to the scanned account's own organisation stays inside and passes; named accounts are reported because the policy alone cannot show they belong to the organisation. " +
  'Deny statements count only when they certainly apply to the outsider; conditions the caller controls are assumed satisfiable. When the organisation cannot be read and the policy relies on aws:PrincipalOrgID, the result is an error.';

export function outsideAccessFinding(
  resource: ResourceRef,
  name: string,
  doc: PolicyDocument,
  account: string,
  org: Fetched<OrgMembershipLike | null>,
  actions?: readonly string[],
): Finding {
  const orgId = org.ok ? org.value?.id : undefined;
  const e = resourceExposure(doc, { account, ...(orgId ? { orgId } : {}), ...(actions ? { actions } : {}) });
  const observed = {
    public: e.public,
    publicStatements: e.publicStatements,
    externalAccounts: e.externalAccounts,
    organisationWide: e.orgWide,
  };
  if (e.public) return fail(resource, 'public', `${name} is open to anyone (${e.publicStatements.join(', ')}).`, observed);
  if (e.externalAccounts.length)
    return fail(resource, 'external-accounts', `${name} grants access to other accounts: ${e.externalAccounts.join(', ')}.`, observed);
  if (e.crossOrg && !org.ok) return errorFinding(resource, org.error, 'whether aws:PrincipalOrgID names this organisation');
  if (e.crossOrg)
    return fail(resource, 'other-organisation', `${name} grants access to an organisation other than this account's.`, observed);
  return pass(
    resource,
    'no-outside-access',
    `${name} grants nothing outside this account${e.orgWide ? ' except to its own organisation' : ''}.`,
    observed,
  );
}
