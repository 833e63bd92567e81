import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, pass, readRegional } from '../../../../check-kit.js';
import { SECURITYHUB_HUB } from '../state.js';

const TYPE = 'AWS::SecurityHub::Hub';

export const securityHubHubEnabled: Check = {
  meta: {
    id: 'aws.securityhub.hub-enabled',
    title: 'Security Hub is enabled in every region',
    provider: 'aws',
    service: 'securityhub',
    resourceType: TYPE,
    severity: 'medium',
    requires: [SECURITYHUB_HUB],
    rationale:
      'One finding per scanned region. Passes when the account is subscribed to Security Hub in the region; fails when Security Hub ' +
      'answers that the account is not subscribed. A denied or failed DescribeHub is an error, never a fail. Security Hub gathers ' +
      'GuardDuty, Inspector, Config and partner findings in one place and runs the standard control checks continuously, so gaps ' +
      "in a region are gaps in the security team's view.",
    remediation: {
      text: 'Enable Security Hub in the region (for an organization, enable it centrally from the delegated administrator with a configuration policy).',
      console: 'Security Hub → Go to Security Hub → Enable Security Hub (per region)',
      cli: 'aws securityhub enable-security-hub --region <region>',
    },
    cis: ['5.16'],
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      SECURITYHUB_HUB,
      (region) => accountResource(ctx, TYPE, region),
      (hub, region) => {
        const resource = accountResource(ctx, TYPE, region);
        return hub
          ? [
              pass(
                resource,
                'hub-enabled',
                `Security Hub is enabled in ${region}${hub.subscribedAt ? ` (since ${hub.subscribedAt.slice(0, 10)})` : ''}.`,
                { hubArn: hub.hubArn, ...(hub.subscribedAt ? { subscribedAt: hub.subscribedAt } : {}) },
              ),
            ]
          : [fail(resource, 'not-subscribed', `Security Hub is not enabled in ${region}.`, { subscribed: false })];
      },
    );
  },
};
