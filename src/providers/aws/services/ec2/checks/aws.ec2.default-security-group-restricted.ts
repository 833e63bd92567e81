import type { Check } from '../../../../../model/check.js';
import { accountResource, awsResource, fail, pass, readRegional } from '../../../../check-kit.js';
import { EC2_SECURITY_GROUPS } from '../state.js';

export const ec2DefaultSecurityGroupRestricted: Check = {
  meta: {
    id: 'aws.ec2.default-security-group-restricted',
    title: 'Default security groups allow no traffic',
    provider: 'aws',
    service: 'ec2',
    resourceType: 'AWS::EC2::SecurityGroup',
    severity: 'medium',
    requires: [EC2_SECURITY_GROUPS],
    rationale:
      "Evaluates the `default` security group of every VPC in every scanned region. Passes when it has no inbound and no outbound rules; fails when it has any (AWS creates it allowing all traffic between its members and all outbound traffic). Resources launched without an explicit group land in the default one, so leaving it open grants network access nobody chose; purpose-built groups make each resource's exposure deliberate.",
    remediation: {
      text: 'Move resources to purpose-built security groups, then delete every inbound and outbound rule of the default group (the group itself cannot be deleted).',
      console: 'VPC → Security groups → default → Inbound rules / Outbound rules → Edit → Delete all',
      cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions <rules> && aws ec2 revoke-security-group-egress --group-id <sg-id> --ip-permissions <rules>',
    },
    cis: ['6.5'],
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      EC2_SECURITY_GROUPS,
      (r) => accountResource(ctx, 'AWS::::Account', r),
      (groups, region) =>
        groups
          .filter((g) => g.isDefault)
          .map((g) => {
            const resource = awsResource(ctx, 'AWS::EC2::SecurityGroup', region, g.arn, `default (${g.vpcId ?? g.id})`);
            const observed = { vpcId: g.vpcId ?? null, ingressRules: g.ingress.length, egressRules: g.egress.length };
            return g.ingress.length || g.egress.length
              ? fail(
                  resource,
                  'default-sg-has-rules',
                  `Default security group ${g.id} of ${g.vpcId ?? 'its VPC'} has ${g.ingress.length} inbound and ${g.egress.length} outbound rule(s).`,
                  observed,
                )
              : pass(
                  resource,
                  'default-sg-restricted',
                  `Default security group ${g.id} of ${g.vpcId ?? 'its VPC'} allows no traffic.`,
                  observed,
                );
          }),
    );
  },
};
