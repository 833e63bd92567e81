import { api } from '../../../../inventory/collector.js';
import { errorCode } from '../../errors.js';
import { PolicyParseError, parsePolicyDocument } from '../../iam-policy.js';
import {
  IAM_ACCOUNT_SUMMARY,
  IAM_AUTHORIZATION_DETAILS,
  IAM_CREDENTIAL_REPORT,
  IAM_ORGANIZATIONS_FEATURES,
  IAM_PASSWORD_POLICY,
  IAM_SERVER_CERTIFICATES,
  IAM_VIRTUAL_MFA_DEVICES,
} from './state.js';

const GENERATE_REPORT = api('iam:GenerateCredentialReport');
const GET_REPORT = api('iam:GetCredentialReport');
const GET_AUTH_DETAILS = api('iam:GetAccountAuthorizationDetails');
const GET_SUMMARY = api('iam:GetAccountSummary');
const GET_PASSWORD_POLICY = api('iam:GetAccountPasswordPolicy');
export const DEFAULT_REPORT_POLLING = { maxPolls: 10, intervalMs: 2_000 };
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** RFC 4180 CSV: IAM user names may contain commas, so quoted fields must be honoured. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endRow = () => {
    row.push(field);
    rows.push(row);
    row = [];
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c !== '"') field += c;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length) endRow();
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}
/** The report's ways of saying "no value". */
const NO_VALUE = new Set(['N/A', 'no_information', 'not_supported', '']);
function reportDate(v, column) {
  if (NO_VALUE.has(v)) return null;
  const d = new Date(v);
  if (Number.isNaN(d.getTime())) throw new Error(`credential report column ${column} has an unreadable date '${v}'`);
  return d.toISOString();
}
function reportBool(v, column) {
  if (NO_VALUE.has(v)) return null;
  if (v === 'true' || v === 'false') return v === 'true';
  throw new Error(`credential report column ${column} has an unreadable flag '${v}'`);
}
/** Parse the report CSV into typed rows. A missing column fails the key rather than defaulting. */
export function parseCredentialReport(csv) {
  const [header, ...body] = parseCsv(csv);
  if (!header) throw new Error('credential report is empty');
  const index = new Map(header.map((h, i) => [h.trim(), i]));
  return body.map((cells) => {
    const col = (name) => {
      const i = index.get(name);
      if (i === undefined) throw new Error(`credential report has no ${name} column`);
      return cells[i] ?? '';
    };
    const flag = (name) => {
      const b = reportBool(col(name), name);
      if (b === null) throw new Error(`credential report column ${name} is empty for ${col('user')}`);
      return b;
    };
    const key = (slot) => ({
      slot,
      active: flag(`access_key_${slot}_active`),
      lastRotated: reportDate(col(`access_key_${slot}_last_rotated`), `access_key_${slot}_last_rotated`),
      lastUsed: reportDate(col(`access_key_${slot}_last_used_date`), `access_key_${slot}_last_used_date`),
    });
    return {
      user: col('user'),
      arn: col('arn'),
      userCreationTime: reportDate(col('user_creation_time'), 'user_creation_time'),
      passwordEnabled: reportBool(col('password_enabled'), 'password_enabled'),
      passwordLastUsed: reportDate(col('password_last_used'), 'password_last_used'),
      passwordLastChanged: reportDate(col('password_last_changed'), 'password_last_changed'),
      mfaActive: flag('mfa_active'),
      accessKeys: [key(1), key(2)],
    };
  });
}
export function credentialReportCollector(polling = DEFAULT_REPORT_POLLING) {
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
export function decodePolicyDocument(raw, what) {
  let text;
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
function inline(list, owner) {
  return (list ?? []).map((p) => {
    const name = p.PolicyName ?? '';
    if (!p.PolicyDocument) throw new Error(`inline policy ${name} of ${owner} has no document`);
    return { name, document: decodePolicyDocument(p.PolicyDocument, `inline policy ${name} of ${owner}`) };
  });
}
function attached(list) {
  return (list ?? [])
    .map((p) => p.PolicyArn)
    .filter((a) => !!a)
    .sort();
}
function customerPolicy(p) {
  const name = p.PolicyName ?? '';
  const version = (p.PolicyVersionList ?? []).find((v) => v.IsDefaultVersion);
  // Without the default version we cannot say what the policy allows: fail the key, never guess.
  if (!version?.Document) throw new Error(`managed policy ${name} has no default version document`);
  return {
    name,
    arn: p.Arn ?? '',
    attachmentCount: p.AttachmentCount ?? 0,
    document: decodePolicyDocument(version.Document, `managed policy ${name}`),
  };
}
const byName = (a, b) => a.name.localeCompare(b.name);
const authorizationDetails = {
  key: IAM_AUTHORIZATION_DETAILS,
  service: 'iam',
  apis: [GET_AUTH_DETAILS],
  async collect(ctx, region) {
    const { paginateGetAccountAuthorizationDetails } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    const out = { users: [], groups: [], roles: [], policies: [] };
    // AWSManagedPolicy is left out of the filter: those documents are large and the checks only
    // need their ARNs, which principals list under AttachedManagedPolicies.
    const Filter = ['User', 'Group', 'Role', 'LocalManagedPolicy'];
    await ctx.call(GET_AUTH_DETAILS, async () => {
      for await (const page of paginateGetAccountAuthorizationDetails({ client }, { Filter: [...Filter], MaxItems: 1000 })) {
        for (const u of page.UserDetailList ?? []) {
          const name = u.UserName ?? '';
          out.users.push({
            name,
            arn: u.Arn ?? '',
            path: u.Path ?? '/',
            attachedPolicyArns: attached(u.AttachedManagedPolicies),
            inlinePolicies: inline(u.UserPolicyList, `user ${name}`),
            groups: [...(u.GroupList ?? [])].sort(),
          });
        }
        for (const g of page.GroupDetailList ?? []) {
          const name = g.GroupName ?? '';
          out.groups.push({
            name,
            arn: g.Arn ?? '',
            path: g.Path ?? '/',
            attachedPolicyArns: attached(g.AttachedManagedPolicies),
            inlinePolicies: inline(g.GroupPolicyList, `group ${name}`),
          });
        }
        for (const r of page.RoleDetailList ?? []) {
          const name = r.RoleName ?? '';
          out.roles.push({
            name,
            arn: r.Arn ?? '',
            path: r.Path ?? '/',
            attachedPolicyArns: attached(r.AttachedManagedPolicies),
            inlinePolicies: inline(r.RolePolicyList, `role ${name}`),
            trustPolicy: r.AssumeRolePolicyDocument
              ? decodePolicyDocument(r.AssumeRolePolicyDocument, `trust policy of role ${name}`)
              : null,
          });
        }
        for (const p of page.Policies ?? []) out.policies.push(customerPolicy(p));
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
const accountSummary = {
  key: IAM_ACCOUNT_SUMMARY,
  service: 'iam',
  apis: [GET_SUMMARY],
  async collect(ctx, region) {
    const { GetAccountSummaryCommand } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    const { SummaryMap: map = {} } = await ctx.call(GET_SUMMARY, () => client.send(new GetAccountSummaryCommand({})));
    const flag = (name) => {
      const v = map[name];
      if (v === undefined) throw new Error(`GetAccountSummary returned no ${name}`);
      return v > 0;
    };
    return { accountMfaEnabled: flag('AccountMFAEnabled'), accountAccessKeysPresent: flag('AccountAccessKeysPresent') };
  },
};
/** The wire code is NoSuchEntity; SDK v3 names the exception NoSuchEntityException. */
const NO_POLICY = new Set(['NoSuchEntity', 'NoSuchEntityException']);
const passwordPolicy = {
  key: IAM_PASSWORD_POLICY,
  service: 'iam',
  apis: [GET_PASSWORD_POLICY],
  async collect(ctx, region) {
    const { GetAccountPasswordPolicyCommand } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    return ctx.call(GET_PASSWORD_POLICY, async () => {
      const res = await client.send(new GetAccountPasswordPolicyCommand({})).catch((err) => {
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
// ---------------------------------------------------------------- CIS: MFA devices, server certificates, root access
const LIST_VIRTUAL_MFA = api('iam:ListVirtualMFADevices');
const LIST_SERVER_CERTIFICATES = api('iam:ListServerCertificates');
const LIST_ORGANIZATIONS_FEATURES = api('iam:ListOrganizationsFeatures');
const virtualMfaDevices = {
  key: IAM_VIRTUAL_MFA_DEVICES,
  service: 'iam',
  apis: [LIST_VIRTUAL_MFA],
  async collect(ctx, region) {
    const { paginateListVirtualMFADevices } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    const out = [];
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
const serverCertificates = {
  key: IAM_SERVER_CERTIFICATES,
  service: 'iam',
  apis: [LIST_SERVER_CERTIFICATES],
  async collect(ctx, region) {
    const { paginateListServerCertificates } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    const out = [];
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
const FEATURE_SCOPES = {
  AccountNotManagementOrDelegatedAdministratorException: { scope: 'member-account' },
  OrganizationNotFoundException: { scope: 'no-organization' },
  ServiceAccessNotEnabledException: { scope: 'trusted-access-off' },
};
const organizationsFeatures = {
  key: IAM_ORGANIZATIONS_FEATURES,
  service: 'iam',
  apis: [LIST_ORGANIZATIONS_FEATURES],
  async collect(ctx, region) {
    const { ListOrganizationsFeaturesCommand } = await import('@aws-sdk/client-iam');
    const client = await ctx.client('iam', region);
    return ctx.call(LIST_ORGANIZATIONS_FEATURES, async () => {
      try {
        const out = await client.send(new ListOrganizationsFeaturesCommand({}));
        return { scope: 'organization', enabledFeatures: [...(out.EnabledFeatures ?? [])].sort() };
      } catch (err) {
        const scope = FEATURE_SCOPES[errorCode(err) ?? ''];
        if (scope) return scope;
        throw err;
      }
    });
  },
};
export const iamCollectors = [
  accountSummary,
  authorizationDetails,
  credentialReportCollector(),
  organizationsFeatures,
  passwordPolicy,
  serverCertificates,
  virtualMfaDevices,
];
