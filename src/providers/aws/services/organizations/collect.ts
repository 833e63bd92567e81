import { api } from '../../../../inventory/collector.js';
import type { AwsCollector } from '../../context.js';
import { errorCode, required } from '../../errors.js';
import { ORGANIZATIONS_MEMBERSHIP, type OrganizationMembership } from './state.js';

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

export const organizationsCollectors: readonly AwsCollector<unknown>[] = [membership] as readonly AwsCollector<unknown>[];
