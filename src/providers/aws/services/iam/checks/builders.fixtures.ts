/** Small builders for IAM check tables: credential report rows and authorization details. */

import { ACCOUNT, daysAgo, snapshot } from '../../../../../../test/support/snapshot.js';
import { type PolicyDocument, parsePolicyDocument } from '../../../iam-policy.js';
import {
  type AuthorizationDetails,
  type CredentialReportRow,
  type CustomerManagedPolicy,
  IAM_AUTHORIZATION_DETAILS,
  IAM_CREDENTIAL_REPORT,
  type IamGroup,
  type IamRole,
  type IamUser,
  type InlinePolicy,
  type ReportAccessKey,
  ROOT_USER,
} from '../state.js';

type KeyOpts = Partial<Omit<ReportAccessKey, 'slot'>>;
type RowOpts = Partial<Omit<CredentialReportRow, 'accessKeys' | 'user' | 'arn'>> & { key1?: KeyOpts; key2?: KeyOpts };

const key = (slot: 1 | 2, o: KeyOpts = {}): ReportAccessKey => ({ slot, active: false, lastRotated: null, lastUsed: null, ...o });

/** An IAM user row: by default created a year ago, no password, no keys, no MFA. */
export function user(name: string, o: RowOpts = {}): CredentialReportRow {
  const { key1, key2, ...rest } = o;
  return {
    user: name,
    arn: `arn:aws:iam::${ACCOUNT}:user/${name}`,
    userCreationTime: daysAgo(365),
    passwordEnabled: false,
    passwordLastUsed: null,
    passwordLastChanged: null,
    mfaActive: false,
    ...rest,
    accessKeys: [key(1, key1), key(2, key2)],
  };
}

/** The `<root_account>` row: password_enabled is `not_supported` there, hence null. */
export function root(o: RowOpts = {}): CredentialReportRow {
  return { ...user(ROOT_USER, { passwordEnabled: null, ...o }), arn: `arn:aws:iam::${ACCOUNT}:root` };
}

/** A console user who signed in yesterday. */
export const consoleUser = (name: string, o: RowOpts = {}): CredentialReportRow =>
  user(name, { passwordEnabled: true, passwordLastUsed: daysAgo(1), passwordLastChanged: daysAgo(100), ...o });

/** An active key created `ageDays` ago and last used `usedDaysAgo` ago (null: never). */
export const activeKey = (ageDays: number, usedDaysAgo: number | null = 1): KeyOpts => ({
  active: true,
  lastRotated: daysAgo(ageDays),
  lastUsed: usedDaysAgo === null ? null : daysAgo(usedDaysAgo),
});

export const withReport = (...rows: CredentialReportRow[]) => snapshot().global(IAM_CREDENTIAL_REPORT, { generatedAt: daysAgo(0), rows });

// ---------------------------------------------------------------- authorization details

/** A statement as written in IAM JSON. */
export type RawStatement = Record<string, unknown>;

/** Build a document the way the collector does: from IAM JSON, through the shared parser. */
export const policyDoc = (Statement: RawStatement | RawStatement[]): PolicyDocument =>
  parsePolicyDocument(JSON.stringify({ Version: '2012-10-17', Statement }));

export const allowAll: RawStatement = { Effect: 'Allow', Action: '*', Resource: '*' };
export const inlinePolicy = (name: string, ...statements: RawStatement[]): InlinePolicy => ({ name, document: policyDoc(statements) });

export function iamUser(name: string, o: Partial<IamUser> = {}): IamUser {
  return { name, arn: `arn:aws:iam::${ACCOUNT}:user/${name}`, path: '/', attachedPolicyArns: [], inlinePolicies: [], groups: [], ...o };
}

export function iamGroup(name: string, o: Partial<IamGroup> = {}): IamGroup {
  return { name, arn: `arn:aws:iam::${ACCOUNT}:group/${name}`, path: '/', attachedPolicyArns: [], inlinePolicies: [], ...o };
}

export function iamRole(name: string, o: Partial<IamRole> = {}): IamRole {
  return {
    name,
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`,
    path: '/',
    attachedPolicyArns: [],
    inlinePolicies: [],
    trustPolicy: null,
    ...o,
  };
}

export function managedPolicy(name: string, ...statements: RawStatement[]): CustomerManagedPolicy {
  return { name, arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`, attachmentCount: 0, document: policyDoc(statements) };
}

export const withDetails = (o: Partial<AuthorizationDetails> = {}) =>
  snapshot().global(IAM_AUTHORIZATION_DETAILS, { users: [], groups: [], roles: [], policies: [], ...o });

export const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
export const SUPPORT = 'arn:aws:iam::aws:policy/AWSSupportAccess';
