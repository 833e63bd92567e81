/**
 * The synthetic estate built directly as snapshots, without a scan: for scenarios too large to
 * collect in a benchmark's time (an Organization of a million resources) and for scale tests.
 *
 * A tiny scan of the same fake AWS (`synthetic.ts`, every listing empty) gives the template:
 * every inventory key the collectors write, shaped as they write it. The estate's listings are
 * then generated into it with the same pattern of passing and failing resources the fake serves
 * (`accountHandlers`), so evaluating a generated account judges what a scan of it would. The
 * shapes are the collectors' (services' state.ts, which shared code must not import):
 * test/bench/estate.test.ts holds them equal to a real scan's.
 */
type Value = Record<string, unknown>;

import { ALL_CHECKS } from '../src/engine/registry.js';
import { GLOBAL, type PerResource } from '../src/model/keys.js';
import type { InventoryEntry, Snapshot } from '../src/model/snapshot.js';
import type { PolicyDocument, PolicyStatement } from '../src/providers/aws/iam-policy.js';
import { collectAws } from '../src/providers/aws/scan.js';
import { fakeService } from '../src/providers/aws/simulator.js';
import { accountHandlers, accountId, FakeAws, HOME, regionsOf, type Scenario } from './synthetic.js';

const TEMPLATE_ACCOUNT = accountId(0);

/**
 * The account every generated one starts from: a scan of the scenario's regions with no
 * buckets, principals, groups, volumes or keys, so it is quick and holds every other key.
 */
export async function templateSnapshot(s: Scenario): Promise<Snapshot> {
  const empty: Scenario = {
    ...s,
    accounts: 1,
    buckets: 0,
    users: 0,
    roles: 0,
    policies: 0,
    securityGroups: 0,
    logGroups: 0,
    volumes: 0,
    kmsKeys: 0,
    latencyMs: 0,
    // No server-side throttling: the template's calls are not what is measured.
    serverLimitFactor: 1000,
  };
  return collectAws(ALL_CHECKS, {
    credentials: { accessKeyId: 'AKIDBENCH', secretAccessKey: 'bench' },
    homeRegion: HOME,
    regions: regionsOf(empty),
    configure: fakeService(accountHandlers(empty, new FakeAws(empty), TEMPLATE_ACCOUNT)),
  });
}

const AT = '2024-01-01T00:00:00.000Z';
const stmt = (p: Omit<PolicyStatement, 'condition'> & { condition?: PolicyStatement['condition'] }): PolicyDocument => ({
  version: '2012-10-17',
  statements: [{ condition: {}, ...p }],
});
const perResource = <T>(names: readonly string[], value: (name: string, i: number) => T): PerResource<T> => {
  const out: PerResource<T> = {};
  names.forEach((n, i) => {
    out[n] = { ok: true, value: value(n, i) };
  });
  return out;
};

function iam(s: Scenario, account: string): { details: Value; rows: Value[] } {
  const users: Value[] = [];
  const rows: Value[] = [];
  for (let i = 0; i < s.users; i++) {
    const arn = `arn:aws:iam::${account}:user/user-${i}`;
    users.push({
      name: `user-${i}`,
      arn,
      path: '/',
      attachedPolicyArns: i % 10 === 0 ? ['arn:aws:iam::aws:policy/ReadOnlyAccess'] : [],
      inlinePolicies: [],
      groups: [],
    });
    rows.push({
      user: `user-${i}`,
      arn,
      userCreationTime: AT,
      passwordEnabled: true,
      passwordLastUsed: '2026-01-01T00:00:00.000Z',
      passwordLastChanged: '2025-06-01T00:00:00.000Z',
      mfaActive: i % 7 !== 0,
      accessKeys: [
        { slot: 1, active: true, lastRotated: '2025-01-01T00:00:00.000Z', lastUsed: '2026-01-02T00:00:00.000Z' },
        { slot: 2, active: false, lastRotated: null, lastUsed: null },
      ],
    });
  }
  const trust = stmt({ effect: 'Allow', principal: { Service: ['lambda.amazonaws.com'] }, action: ['sts:AssumeRole'] });
  const roles: Value[] = [];
  for (let n = 0; n < s.roles; n++)
    roles.push({
      name: `role-${n}`,
      arn: `arn:aws:iam::${account}:role/role-${n}`,
      path: '/',
      attachedPolicyArns: [`arn:aws:iam::${account}:policy/policy-${n % Math.max(1, s.policies)}`],
      inlinePolicies: [
        { name: 'inline', document: stmt({ effect: 'Allow', action: ['s3:GetObject'], resource: [`arn:aws:s3:::bench-${n}/*`] }) },
      ],
      trustPolicy: trust,
    });
  const policies: Value[] = [];
  for (let n = 0; n < s.policies; n++)
    policies.push({
      name: `policy-${n}`,
      arn: `arn:aws:iam::${account}:policy/policy-${n}`,
      attachmentCount: 1,
      document: stmt({ effect: 'Allow', action: n % 97 === 0 ? ['*'] : ['ec2:Describe*'], resource: ['*'] }),
    });
  return { details: { users, groups: [], roles, policies }, rows };
}

function s3(s: Scenario, account: string, regions: readonly string[]): Record<string, unknown> {
  const buckets: { name: string; arn: string; region: string; createdAt: string }[] = [];
  for (let i = 0; i < s.buckets; i++) {
    const name = `bench-${account}-${String(i).padStart(6, '0')}`;
    buckets.push({ name, arn: `arn:aws:s3:::${name}`, region: regions[i % regions.length]!, createdAt: AT });
  }
  const names = buckets.map((b) => b.name);
  const block = { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true };
  const acl = { ownerId: 'owner', grants: [{ granteeType: 'CanonicalUser', id: 'owner', permission: 'FULL_CONTROL' }] };
  const encryption = { algorithm: 'AES256', bucketKeyEnabled: false };
  return {
    'aws.s3.buckets': buckets,
    'aws.s3.bucketVersioning': perResource(names, (_, i) => ({
      status: i % 4 ? 'Enabled' : 'Disabled',
      mfaDelete: false,
    })),
    'aws.s3.bucketPublicAccessBlock': perResource<Value | null>(names, (_, i) => (i % 5 === 0 ? null : block)),
    'aws.s3.bucketAcl': perResource(names, () => acl),
    'aws.s3.bucketPolicy': perResource<PolicyDocument | null>(names, (name, i) =>
      i % 3
        ? null
        : stmt({
            effect: 'Deny',
            principal: { AWS: ['*'] },
            action: ['s3:*'],
            resource: [`arn:aws:s3:::${name}/*`],
            condition: { Bool: { 'aws:SecureTransport': ['false'] } },
          }),
    ),
    'aws.s3.bucketEncryption': perResource(names, () => encryption),
    'aws.s3.bucketLogging': perResource<Value | null>(names, (_, i) => (i % 2 ? { targetBucket: 'logs', targetPrefix: 'x/' } : null)),
    'aws.s3.bucketObjectLock': perResource(names, () => null),
  };
}

function regional(s: Scenario, account: string, region: string): Record<string, unknown> {
  const rule = (port: number, cidr: string): Value => ({
    protocol: 'tcp',
    fromPort: port,
    toPort: port,
    ipv4Ranges: [cidr],
    ipv6Ranges: [],
    prefixListIds: [],
    referencedGroups: [],
  });
  const egress: Value[] = [{ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'], ipv6Ranges: [], prefixListIds: [], referencedGroups: [] }];
  const groups: Value[] = [];
  for (let i = 0; i < s.securityGroups; i++) {
    const id = `sg-${region}-${i}`;
    groups.push({
      id,
      arn: `arn:aws:ec2:${region}:${account}:security-group/${id}`,
      name: i === 0 ? 'default' : `sg-${i}`,
      vpcId: 'vpc-1',
      isDefault: i === 0,
      ingress: [i % 50 === 1 ? rule(22, '0.0.0.0/0') : rule(443, '10.0.0.0/8')],
      egress,
    });
  }
  const volumes: Value[] = [];
  for (let i = 0; i < s.volumes; i++) {
    const id = `vol-${region}-${i}`;
    volumes.push({
      id,
      arn: `arn:aws:ec2:${region}:${account}:volume/${id}`,
      encrypted: i % 9 !== 0,
      state: 'in-use',
      attachedInstanceIds: [`i-${i}`],
    });
  }
  const logGroups: Value[] = [];
  for (let i = 0; i < s.logGroups; i++)
    logGroups.push({
      name: `/bench/${i}`,
      arn: `arn:aws:logs:${region}:${account}:log-group:/bench/${i}`,
      retentionInDays: i % 4 ? 365 : null,
      storedBytes: 1024,
    });
  const keyIds = Array.from({ length: s.kmsKeys }, (_, i) => `${region}-key-${String(i).padStart(5, '0')}`);
  // Every third key is AWS-managed, as the fake serves them: rotation and policy are read for the others only.
  const customer = keyIds.filter((_, i) => i % 3 !== 0);
  const keyPolicy = stmt({ effect: 'Allow', principal: { AWS: [`arn:aws:iam::${account}:root`] }, action: ['kms:*'], resource: ['*'] });
  return {
    'aws.ec2.securityGroups': groups,
    'aws.ec2.volumes': volumes,
    'aws.logs.logGroups': logGroups,
    'aws.kms.keys': perResource(keyIds, (keyId, i) => ({
      keyId,
      arn: `arn:aws:kms:${region}:${account}:key/${keyId}`,
      keyManager: i % 3 !== 0 ? 'CUSTOMER' : 'AWS',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      keyState: 'Enabled',
      origin: 'AWS_KMS',
      multiRegion: false,
    })),
    'aws.kms.keyRotation': perResource(customer, () => ({ enabled: true, periodDays: 365 })),
    'aws.kms.keyPolicies': perResource<PolicyDocument>(customer, () => keyPolicy),
  };
}

/**
 * Account number `index` of the scenario as a snapshot: the template under the account's id,
 * with the scenario's buckets, principals, policies, groups, volumes, log groups and keys.
 */
export function estateSnapshot(template: Snapshot, s: Scenario, index: number): Snapshot {
  const account = accountId(index);
  const snap = JSON.parse(JSON.stringify(template).replaceAll(TEMPLATE_ACCOUNT, account)) as Snapshot;
  const regions = regionsOf(s);
  const set = (key: string, scope: string, value: unknown): void => {
    const entry = snap.inventory[key]?.[scope];
    if (!entry) throw new Error(`the template has no ${key}@${scope}: did a collector change its key?`);
    (entry as InventoryEntry).result = { ok: true, value };
  };
  const { details, rows } = iam(s, account);
  set('aws.iam.authorizationDetails', GLOBAL, details);
  const report = snap.inventory['aws.iam.credentialReport']?.[GLOBAL]?.result;
  if (!report?.ok) throw new Error('the template has no credential report');
  const collected = report.value as { rows: Value[] };
  const root = collected.rows.filter((r) => r.user === '<root_account>');
  set('aws.iam.credentialReport', GLOBAL, { ...collected, rows: [...root, ...rows] });
  if (s.users > 0)
    set('aws.iam.awsManagedPolicies', GLOBAL, {
      'arn:aws:iam::aws:policy/ReadOnlyAccess': {
        ok: true,
        value: stmt({ effect: 'Allow', action: ['ec2:Describe*'], resource: ['*'] }),
      },
    });
  for (const [key, value] of Object.entries(s3(s, account, regions))) set(key, GLOBAL, value);
  for (const region of regions) for (const [key, value] of Object.entries(regional(s, account, region))) set(key, region, value);
  return snap;
}

/** The scenario's accounts one at a time, so a writer that streams never holds them all. */
export async function* estateSnapshots(s: Scenario): AsyncGenerator<Snapshot> {
  const template = await templateSnapshot(s);
  for (let i = 0; i < s.accounts; i++) yield estateSnapshot(template, s, i);
}

/** One account of 100,000 resources over 4 regions: the benchmark's `large` live scenario. */
export const LARGE_ACCOUNT: Scenario = {
  name: '100,000 resources (1 account, 4 regions)',
  accounts: 1,
  regions: 4,
  buckets: 2500,
  users: 20000,
  roles: 42500,
  policies: 5000,
  trails: 4,
  securityGroups: 6000,
  logGroups: 1000,
  volumes: 496,
  kmsKeys: 3,
  latencyMs: 5,
  serverLimitFactor: 1,
};

/** `accounts` accounts of `LARGE_ACCOUNT`, as an Organization scan would save them. */
export function organization(accounts: number): Scenario {
  return { ...LARGE_ACCOUNT, name: `${accounts} accounts of 100,000 resources`, accounts };
}
