/**
 * IAM collectors. IAM is global: every key is collected once, through the client in the
 * home region the store passes as `region`.
 */
import type { AttachedPermissionsBoundary, AttachedPolicy, ManagedPolicyDetail, PolicyDetail } from '@aws-sdk/client-iam';
import { api, perResource, unreadable } from '../../../../inventory/collector.js';
import { Interner, own } from '../../../../inventory/compact.js';
import type { Fetched } from '../../../../model/fetched.js';
import type { PerResource } from '../../../../model/keys.js';
import type { AwsCollector } from '../../context.js';
import { errorCode } from '../../errors.js';
import { PolicyParseError, parsePolicyDocument } from '../../iam-policy.js';
import { awsManagedInUse } from './effective.js';
import {
  type AccountSummary,
  type AuthorizationDetails,
  type CredentialReport,
  type CredentialReportRow,
  type CustomerManagedPolicy,
  IAM_ACCOUNT_SUMMARY,
  IAM_AUTHORIZATION_DETAILS,
  IAM_AWS_MANAGED_POLICIES,
  IAM_CREDENTIAL_REPORT,
  IAM_ORGANIZATIONS_FEATURES,
  IAM_PASSWORD_POLICY,
  IAM_SERVER_CERTIFICATES,
  IAM_VIRTUAL_MFA_DEVICES,
  type InlinePolicy,
  type OrganizationsFeatures,
  type PasswordPolicy,
  type PolicyDocument,
  type ReportAccessKey,
  type ServerCertificate,
  type VirtualMfaDevice,
} from './state.js';

const GENERATE_REPORT = api('iam:GenerateCredentialReport');
const GET_REPORT = api('iam:GetCredentialReport');
const GET_AUTH_DETAILS = api('iam:GetAccountAuthorizationDetails');
const GET_SUMMARY = api('iam:GetAccountSummary');
const GET_PASSWORD_POLICY = api('iam:GetAccountPasswordPolicy');

// ---------------------------------------------------------------- credential report

/** How long to wait for AWS to finish generating the credential report. */
export interface ReportPolling {
  maxPolls: number;
  intervalMs: number;
}

export const DEFAULT_REPORT_POLLING: ReportPolling = { maxPolls: 10, intervalMs: 2_000 };

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * RFC 4180 CSV: IAM user names may contain commas, so quoted fields must be honoured. Fields
 * are cut from the text in runs, not built a character at a time: a report of 20,000 users
 * would otherwise leave millions of intermediate strings behind.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  // Start of the text not yet added to `field`.
  let from = 0;
  const take = (to: number): void => {
    if (to > from) field += text.slice(from, to);
  };
  const endField = (at: number): void => {
    take(at);
    row.push(field);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') continue;
      take(i);
      if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
      from = i + 1;
    } else if (c === '"') {
      take(i);
      quoted = true;
      from = i + 1;
    } else if (c === ',') {
      endField(i);
      from = i + 1;
    } else if (c === '\n' || c === '\r') {
      endField(i);
      rows.push(row);
      row = [];
      if (c === '\r' && text[i + 1] === '\n') i++;
      from = i + 1;
    }
  }
  take(text.length);
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** The report's ways of saying "no value". */
const NO_VALUE = new Set(['N/A', 'no_information', 'not_supported', '']);

function reportDate(v: string, column: string): string | null {
  if (NO_VALUE.has(v)) return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new Error(`credential report column ${column} has an unreadable date '${v}'`);
  return d.toISOString();
}

function reportBool(v: string, column: string): boolean | null {
  if (NO_VALUE.has(v)) return null;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new Error(`credential report column ${column} has an unreadable flag '${v}'`);
}

/** Parse the report CSV into typed rows. A missing column fails the key rather than defaulting. */
export function parseCredentialReport(csv: string): CredentialReportRow[] {
  const [header, ...body] = parseCsv(csv);
  if (!header) throw new Error('credential report is empty');
  const index = new Map(header.map((h, i) => [h.trim(), i]));
  // Fields are slices of the whole report: names and ARNs are copied out, and the dates, of
  // which a report holds few distinct ones, are converted once each and shared.
  const intern = new Interner();
  const dates = new Map<string, string | null>();
  const date = (v: string, column: string): string | null => {
    let d = dates.get(v);
    if (d === undefined) {
      const iso = reportDate(v, column);
      d = iso === null ? null : intern.str(iso);
      dates.set(own(v), d);
    }
    return d;
  };
  return body.map((cells) => {
    const col = (name: string): string => {
      const i = index.get(name);
      if (i === undefined) throw new Error(`credential report has no ${name} column`);
      return cells[i] ?? '';
    };
    const flag = (name: string): boolean => {
      const b = reportBool(col(name), name);
      if (b === null) throw new Error(`credential report column ${name} is empty for ${col('user')}`);
      return b;
    };
    const key = (slot: 1 | 2): ReportAccessKey => ({
      slot,
      active: flag(`access_key_${slot}_active`),
      lastRotated: date(col(`access_key_${slot}_last_rotated`), `access_key_${slot}_last_rotated`),
      lastUsed: date(col(`access_key_${slot}_last_used_date`), `access_key_${slot}_last_used_date`),
    });
    return {
      user: own(col('user')),
      arn: own(col('arn')),
      userCreationTime: date(col('user_creation_time'), 'user_creation_time'),
      passwordEnabled: reportBool(col('password_enabled'), 'password_enabled'),
      passwordLastUsed: date(col('password_last_used'), 'password_last_used'),
      passwordLastChanged: date(col('password_last_changed'), 'password_last_changed'),
      mfaActive: flag('mfa_active'),
      accessKeys: [key(1), key(2)],
    };
  });
}

export function credentialReportCollector(polling: ReportPolling = DEFAULT_REPORT_POLLING): AwsCollector<CredentialReport> {
  return {
    key: IAM_CREDENTIAL_REPORT,
    service: 'iam',
    apis: [GENERATE_REPORT, GET_REPORT],
    async collect(ctx, region) {
      const { GenerateCredentialReportCommand, GetCredentialReportCommand } = await import('@aws-sdk/client-iam');
      const client = await ctx.client('iam', region);
      // AWS's documented flow is generate-then-get: GenerateCredentialReport starts (or reuses)
      // a report and answers STARTED / INPROGRESS until it is ready. This loop waits for that
      // asynchronous job; it is not a retry of failures, which the SDK's retry strategy owns.
      await ctx.call(GENERATE_REPORT, async () => {
        for (let poll = 1; ; poll++) {
          const { State } = await client.send(new GenerateCredentialReportCommand({}));
          if (State === 'COMPLETE') return;
          if (poll >= polling.maxPolls) {
            throw Object.assign(new Error(`credential report still ${State ?? 'not ready'} after ${poll} polls; scan again in a minute`), {
              name: 'ReportInProgress',
            });
          }
          await sleep(polling.intervalMs);
        }
      });
      return ctx.call(GET_REPORT, async () => {
        const out = await client.send(new GetCredentialReportCommand({}));
        if (!out.Content) throw Object.assign(new Error('GetCredentialReport returned no content'), { name: 'ReportNotPresent' });
        return {
          generatedAt: out.GeneratedTime ? out.GeneratedTime.toISOString() : null,
          rows: parseCredentialReport(new TextDecoder().decode(out.Content)),
        };
      });
    },
  };
}

// ---------------------------------------------------------------- authorization details

/**
 * IAM returns policy documents URL-encoded (RFC 3986). Some emulators return plain JSON,
 * which a '%' inside would make undecodable, hence the fallback to the raw text. A document
 * that is not a valid policy fails the key: the checks cannot judge what it allows.
 */
export function decodePolicyDocument(raw: string, what: string): PolicyDocument {
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    text = raw;
  }
  try {
    return parsePolicyDocument(text);
  } catch (err) {
    if (err instanceof PolicyParseError) throw new PolicyParseError(`${what}: ${err.message}`);
    throw err;
  }
}

/** A policy document decoded once per distinct text and built from shared parts (see `Interner`). */
function sharedDocument(intern: Interner, raw: string, what: string): PolicyDocument {
  return intern.parse('iam-policy', raw, (text) => intern.json(decodePolicyDocument(text, what)));
}

function inline(intern: Interner, list: PolicyDetail[] | undefined, owner: string): InlinePolicy[] {
  return (list ?? []).map((p) => {
    const name = intern.str(p.PolicyName ?? '');
    if (!p.PolicyDocument) throw new Error(`inline policy ${name} of ${owner} has no document`);
    return { name, document: sharedDocument(intern, p.PolicyDocument, `inline policy ${name} of ${owner}`) };
  });
}

function attached(intern: Interner, list: AttachedPolicy[] | undefined): string[] {
  return (list ?? [])
    .map((p) => p.PolicyArn)
    .filter((a): a is string => !!a)
    .map((a) => intern.str(a))
    .sort();
}

function customerPolicy(intern: Interner, p: ManagedPolicyDetail): CustomerManagedPolicy {
  const name = own(p.PolicyName ?? '');
  const version = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion);
  // Without the default version we cannot say what the policy allows: fail the key, never guess.
  if (!version?.Document) throw new Error(`managed policy ${name} has no default version document`);
  return {
    name,
    arn: own(p.Arn ?? ''),
    attachmentCount: p.AttachmentCount ?? 0,
    document: sharedDocument(intern, version.Document, `managed policy ${name}`),
  };
}

const byName = <T extends { name: string }>(a: T, b: T): number => a.name.localeCompare(b.name);

const authorizationDetails: AwsCollector<AuthorizationDetails> = {
  key: IAM_AUTHORIZATION_DETAILS,
  service: 'iam',
  apis: [GET_AUTH_DETAILS],
  async collect(ctx, region) {
    const { paginateGetAccountAuthorizationDetails } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    const out: AuthorizationDetails = { users: [], groups: [], roles: [], policies: [] };
    // Names and ARNs are copied out of each page and repeated values shared, so no page's
    // answer outlives its loop turn (see `Interner`).
    const intern = new Interner();
    const boundary = (b: AttachedPermissionsBoundary | undefined): { permissionsBoundaryArn?: string } =>
      b?.PermissionsBoundaryArn ? { permissionsBoundaryArn: intern.str(b.PermissionsBoundaryArn) } : {};
    // AWSManagedPolicy is left out of the filter: those documents are large and the checks only
    // need their ARNs, which principals list under AttachedManagedPolicies.
    const Filter = ['User', 'Group', 'Role', 'LocalManagedPolicy'] as const;
    await ctx.call(GET_AUTH_DETAILS, async () => {
      for await (const page of paginateGetAccountAuthorizationDetails({ client }, { Filter: [...Filter], MaxItems: 1000 })) {
        for (const u of page.UserDetailList ?? []) {
          const name = own(u.UserName ?? '');
          out.users.push({
            name,
            arn: own(u.Arn ?? ''),
            path: intern.str(u.Path ?? '/'),
            attachedPolicyArns: attached(intern, u.AttachedManagedPolicies),
            inlinePolicies: inline(intern, u.UserPolicyList, `user ${name}`),
            groups: intern.strs(u.GroupList ?? []).sort(),
            ...boundary(u.PermissionsBoundary),
          });
        }
        for (const g of page.GroupDetailList ?? []) {
          const name = own(g.GroupName ?? '');
          out.groups.push({
            name,
            arn: own(g.Arn ?? ''),
            path: intern.str(g.Path ?? '/'),
            attachedPolicyArns: attached(intern, g.AttachedManagedPolicies),
            inlinePolicies: inline(intern, g.GroupPolicyList, `group ${name}`),
          });
        }
        for (const r of page.RoleDetailList ?? []) {
          const name = own(r.RoleName ?? '');
          out.roles.push({
            name,
            arn: own(r.Arn ?? ''),
            path: intern.str(r.Path ?? '/'),
            attachedPolicyArns: attached(intern, r.AttachedManagedPolicies),
            inlinePolicies: inline(intern, r.RolePolicyList, `role ${name}`),
            ...boundary(r.PermissionsBoundary),
            trustPolicy: r.AssumeRolePolicyDocument
              ? sharedDocument(intern, r.AssumeRolePolicyDocument, `trust policy of role ${name}`)
              : null,
          });
        }
        for (const p of page.Policies ?? []) out.policies.push(customerPolicy(intern, p));
      }
    });
    out.users.sort(byName);
    out.groups.sort(byName);
    out.roles.sort(byName);
    out.policies.sort(byName);
    return out;
  },
};

// ---------------------------------------------------------------- account summary, password policy

const accountSummary: AwsCollector<AccountSummary> = {
  key: IAM_ACCOUNT_SUMMARY,
  service: 'iam',
  apis: [GET_SUMMARY],
  async collect(ctx, region) {
    const { GetAccountSummaryCommand } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    const { SummaryMap: map = {} } = await ctx.call(GET_SUMMARY, () => client.send(new GetAccountSummaryCommand({})));
    const flag = (name: 'AccountMFAEnabled' | 'AccountAccessKeysPresent'): boolean => {
      const v = map[name];
      if (v === undefined) throw new Error(`GetAccountSummary returned no ${name}`);
      return v > 0;
    };
    return { accountMfaEnabled: flag('AccountMFAEnabled'), accountAccessKeysPresent: flag('AccountAccessKeysPresent') };
  },
};

/** The wire code is NoSuchEntity; SDK v3 names the exception NoSuchEntityException. */
const NO_POLICY = new Set(['NoSuchEntity', 'NoSuchEntityException']);

const passwordPolicy: AwsCollector<PasswordPolicy | null> = {
  key: IAM_PASSWORD_POLICY,
  service: 'iam',
  apis: [GET_PASSWORD_POLICY],
  async collect(ctx, region) {
    const { GetAccountPasswordPolicyCommand } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    return ctx.call(GET_PASSWORD_POLICY, async () => {
      const res = await client.send(new GetAccountPasswordPolicyCommand({})).catch((err: unknown) => {
        // No custom policy set is an answer about the account, not a failure to read it.
        if (NO_POLICY.has(errorCode(err) ?? '')) return null;
        throw err;
      });
      if (res === null) return null;
      const p = res.PasswordPolicy;
      if (!p) throw new Error('GetAccountPasswordPolicy returned no PasswordPolicy');
      // IAM omits a requirement it does not enforce; absent therefore reads as "not required".
      return {
        minimumPasswordLength: p.MinimumPasswordLength ?? null,
        requireSymbols: p.RequireSymbols ?? false,
        requireNumbers: p.RequireNumbers ?? false,
        requireUppercase: p.RequireUppercaseCharacters ?? false,
        requireLowercase: p.RequireLowercaseCharacters ?? false,
        passwordReusePrevention: p.PasswordReusePrevention ?? null,
        maxPasswordAge: p.ExpirePasswords === false ? null : (p.MaxPasswordAge ?? null),
        allowUsersToChangePassword: p.AllowUsersToChangePassword ?? false,
        hardExpiry: p.HardExpiry ?? false,
      };
    });
  },
};

// ---------------------------------------------------------------- AWS-managed policy documents

const GET_POLICY = api('iam:GetPolicy');
const GET_POLICY_VERSION = api('iam:GetPolicyVersion');

/**
 * The default version of every AWS-managed policy in use (attached to a user, group or role,
 * or set as a permissions boundary): `GetPolicy` for the default version id, then one
 * `GetPolicyVersion`. Only the policies in use are read, each once, so the large catalogue of
 * AWS-managed policies never is.
 */
const awsManagedPolicies: AwsCollector<PerResource<PolicyDocument>> = {
  key: IAM_AWS_MANAGED_POLICIES,
  service: 'iam',
  apis: [GET_POLICY, GET_POLICY_VERSION],
  dependsOn: [IAM_AUTHORIZATION_DETAILS],
  async collect(ctx, region) {
    const { GetPolicyCommand, GetPolicyVersionCommand } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    const arns = awsManagedInUse(await ctx.need(IAM_AUTHORIZATION_DETAILS, region));
    return perResource(
      arns,
      (arn) => arn,
      async (arn): Promise<Fetched<PolicyDocument>> => {
        const policy = await ctx.attempt(GET_POLICY, () => client.send(new GetPolicyCommand({ PolicyArn: arn })));
        if (!policy.ok) return policy;
        const versionId = policy.value?.Policy?.DefaultVersionId;
        if (!versionId) return unreadable(GET_POLICY, `${arn} has no default version id`);
        const version = await ctx.attempt(GET_POLICY_VERSION, () =>
          client.send(new GetPolicyVersionCommand({ PolicyArn: arn, VersionId: versionId })),
        );
        if (!version.ok) return version;
        const raw = version.value?.PolicyVersion?.Document;
        if (!raw) return unreadable(GET_POLICY_VERSION, `${arn} version ${versionId} has no document`);
        try {
          return { ok: true, value: decodePolicyDocument(raw, `AWS-managed policy ${arn}`) };
        } catch (err) {
          return unreadable(GET_POLICY_VERSION, (err as Error).message);
        }
      },
    );
  },
};

// ---------------------------------------------------------------- CIS: MFA devices, server certificates, root access

const LIST_VIRTUAL_MFA = api('iam:ListVirtualMFADevices');
const LIST_SERVER_CERTIFICATES = api('iam:ListServerCertificates');
const LIST_ORGANIZATIONS_FEATURES = api('iam:ListOrganizationsFeatures');

const virtualMfaDevices: AwsCollector<VirtualMfaDevice[]> = {
  key: IAM_VIRTUAL_MFA_DEVICES,
  service: 'iam',
  apis: [LIST_VIRTUAL_MFA],
  async collect(ctx, region) {
    const { paginateListVirtualMFADevices } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    const out: VirtualMfaDevice[] = [];
    await ctx.call(LIST_VIRTUAL_MFA, async () => {
      // Only devices assigned to a user matter; unassigned ones protect nobody.
      for await (const page of paginateListVirtualMFADevices({ client }, { AssignmentStatus: 'Assigned' })) {
        for (const d of page.VirtualMFADevices ?? []) {
          if (d.SerialNumber) out.push({ serialNumber: d.SerialNumber, ...(d.User?.Arn ? { userArn: d.User.Arn } : {}) });
        }
      }
    });
    return out.sort((a, b) => a.serialNumber.localeCompare(b.serialNumber));
  },
};

const serverCertificates: AwsCollector<ServerCertificate[]> = {
  key: IAM_SERVER_CERTIFICATES,
  service: 'iam',
  apis: [LIST_SERVER_CERTIFICATES],
  async collect(ctx, region) {
    const { paginateListServerCertificates } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    const out: ServerCertificate[] = [];
    await ctx.call(LIST_SERVER_CERTIFICATES, async () => {
      for await (const page of paginateListServerCertificates({ client }, {})) {
        for (const c of page.ServerCertificateMetadataList ?? []) {
          if (!c.ServerCertificateName || !c.Expiration) continue;
          out.push({ name: c.ServerCertificateName, arn: c.Arn ?? '', expiration: new Date(c.Expiration).toISOString() });
        }
      }
    });
    return out.sort(byName);
  },
};

/** The answers that say where the question belongs rather than that it failed. */
const FEATURE_SCOPES: Record<string, OrganizationsFeatures> = {
  AccountNotManagementOrDelegatedAdministratorException: { scope: 'member-account' },
  OrganizationNotFoundException: { scope: 'no-organization' },
  ServiceAccessNotEnabledException: { scope: 'trusted-access-off' },
};

const organizationsFeatures: AwsCollector<OrganizationsFeatures> = {
  key: IAM_ORGANIZATIONS_FEATURES,
  service: 'iam',
  apis: [LIST_ORGANIZATIONS_FEATURES],
  async collect(ctx, region) {
    const { ListOrganizationsFeaturesCommand } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    return ctx.call(LIST_ORGANIZATIONS_FEATURES, async () => {
      try {
        const out = await client.send(new ListOrganizationsFeaturesCommand({}));
        return { scope: 'organization' as const, enabledFeatures: [...(out.EnabledFeatures ?? [])].sort() };
      } catch (err) {
        const scope = FEATURE_SCOPES[errorCode(err) ?? ''];
        if (scope) return scope;
        throw err;
      }
    });
  },
};

export const iamCollectors: readonly AwsCollector<unknown>[] = [
  accountSummary,
  authorizationDetails,
  awsManagedPolicies,
  credentialReportCollector(),
  organizationsFeatures,
  passwordPolicy,
  serverCertificates,
  virtualMfaDevices,
] as readonly AwsCollector<unknown>[];
