import { api } from '../../../../inventory/collector.js';
import type { AwsCollector } from '../../context.js';
import { errorCode, required } from '../../errors.js';
import { parsePolicyDocument } from '../../iam-policy.js';
import {
  type DelegatedAdministrators,
  ORGANIZATIONS_DELEGATED_ADMINS,
  ORGANIZATIONS_MEMBERSHIP,
  ORGANIZATIONS_SCPS,
  type OrganizationMembership,
  type ServiceControlPolicies,
  type ServiceControlPolicy,
} from './state.js';

const DESCRIBE_ORGANIZATION = api('organizations:DescribeOrganization');
/** The answer of an account that belongs to no organisation: data, not an error. */
const NOT_IN_USE = 'AWSOrganizationsNotInUseException';

const membership: AwsCollector<OrganizationMembership | null> = {
  key: ORGANIZATIONS_MEMBERSHIP,
  service: 'organizations',
  apis: [DESCRIBE_ORGANIZATION],
  async collect(ctx, home) {
    const { DescribeOrganizationCommand } = await import('@aws-sdk/client-organizations');
    const client = await ctx.client('organizations', home);
    return ctx.call(DESCRIBE_ORGANIZATION, async () => {
      try {
        const out = await client.send(new DescribeOrganizationCommand({}));
        return {
          id: required(out.Organization?.Id, 'DescribeOrganization', 'Organization.Id'),
          managementAccountId: required(out.Organization?.MasterAccountId, 'DescribeOrganization', 'Organization.MasterAccountId'),
        };
      } catch (err) {
        if (errorCode(err) === NOT_IN_USE) return null;
        throw err;
      }
    });
  },
};

const LIST_POLICIES = api('organizations:ListPolicies');
const DESCRIBE_POLICY = api('organizations:DescribePolicy');
const LIST_TARGETS = api('organizations:ListTargetsForPolicy');
const LIST_DELEGATED_ADMINS = api('organizations:ListDelegatedAdministrators');

/** Only the management account holds the organisation's policies; other accounts skip the calls. */
async function isManagement(ctx: Parameters<AwsCollector<unknown>['collect']>[0], home: string): Promise<boolean> {
  const m = await ctx.need(ORGANIZATIONS_MEMBERSHIP, home);
  return m !== null && m.managementAccountId === ctx.account.id;
}

const serviceControlPolicies: AwsCollector<ServiceControlPolicies> = {
  key: ORGANIZATIONS_SCPS,
  service: 'organizations',
  apis: [LIST_POLICIES, DESCRIBE_POLICY, LIST_TARGETS],
  dependsOn: [ORGANIZATIONS_MEMBERSHIP],
  async collect(ctx, home) {
    if (!(await isManagement(ctx, home))) return { scope: 'not-management' };
    const { paginateListPolicies, paginateListTargetsForPolicy, DescribePolicyCommand } = await import('@aws-sdk/client-organizations');
    const client = await ctx.client('organizations', home);
    const summaries: { id: string; name: string; awsManaged: boolean }[] = [];
    await ctx.call(LIST_POLICIES, async () => {
      for await (const page of paginateListPolicies({ client }, { Filter: 'SERVICE_CONTROL_POLICY' })) {
        for (const p of page.Policies ?? [])
          if (p.Id) summaries.push({ id: p.Id, name: p.Name ?? p.Id, awsManaged: p.AwsManaged ?? false });
      }
    });
    // No bulk call returns policy content or targets: one DescribePolicy and one target listing per SCP.
    const policies: ServiceControlPolicy[] = [];
    for (const s of summaries.sort((a, b) => a.id.localeCompare(b.id))) {
      const described = await ctx.call(DESCRIBE_POLICY, () => client.send(new DescribePolicyCommand({ PolicyId: s.id })));
      const targets: ServiceControlPolicy['targets'] = [];
      await ctx.call(LIST_TARGETS, async () => {
        for await (const page of paginateListTargetsForPolicy({ client }, { PolicyId: s.id })) {
          for (const t of page.Targets ?? [])
            if (t.TargetId) targets.push({ id: t.TargetId, type: t.Type ?? 'UNKNOWN', name: t.Name ?? t.TargetId });
        }
      });
      policies.push({ ...s, document: parsePolicyDocument(described.Policy?.Content ?? '{}'), targets });
    }
    return { scope: 'management', policies };
  },
};

const delegatedAdministrators: AwsCollector<DelegatedAdministrators> = {
  key: ORGANIZATIONS_DELEGATED_ADMINS,
  service: 'organizations',
  apis: [LIST_DELEGATED_ADMINS],
  dependsOn: [ORGANIZATIONS_MEMBERSHIP],
  async collect(ctx, home) {
    if (!(await isManagement(ctx, home))) return { scope: 'not-management' };
    const { paginateListDelegatedAdministrators } = await import('@aws-sdk/client-organizations');
    const client = await ctx.client('organizations', home);
    const accounts: { id: string; name: string }[] = [];
    await ctx.call(LIST_DELEGATED_ADMINS, async () => {
      for await (const page of paginateListDelegatedAdministrators({ client }, {})) {
        for (const a of page.DelegatedAdministrators ?? []) if (a.Id) accounts.push({ id: a.Id, name: a.Name ?? a.Id });
      }
    });
    return { scope: 'management', accounts: accounts.sort((a, b) => a.id.localeCompare(b.id)) };
  },
};

export const organizationsCollectors: readonly AwsCollector<unknown>[] = [
  membership,
  serviceControlPolicies,
  delegatedAdministrators,
] as readonly AwsCollector<unknown>[];
