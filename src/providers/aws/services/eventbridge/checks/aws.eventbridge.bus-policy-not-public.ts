import type { Check } from '../../../../../model/check.js';
import { PUBLIC_ACCESS_SEMANTICS, publicPolicyFinding } from '../../../policy/public-finding.js';
import { eachDescribed } from '../../resource-kit.js';
import { EVENTBRIDGE_BUSES, eventBusArn } from '../state.js';

const TYPE = 'AWS::Events::EventBus';

export const eventBridgeBusPolicyNotPublic: Check = {
  meta: {
    id: 'aws.eventbridge.bus-policy-not-public',
    title: 'EventBridge event bus policies do not grant access to everyone',
    provider: 'aws',
    service: 'eventbridge',
    resourceType: TYPE,
    severity: 'high',
    requires: [EVENTBRIDGE_BUSES],
    rationale:
      "An event bus's resource-based policy decides which other accounts and services may put events on it or manage its rules; " +
      'every bus (the default bus, custom and partner buses) is judged. Fails when the policy lets the public use the bus: anyone could then ' +
      'inject events that set off the rules and their targets. A statement for everyone pinned with a fixed aws:SourceArn, aws:SourceAccount ' +
      'or aws:PrincipalOrgID passes. A bus without a policy passes: only identities of its own account can use it. ' +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Name the accounts that may send events, or pin the statement with aws:PrincipalOrgID / aws:SourceAccount.',
      console: 'EventBridge → Event buses → bus → Permissions → Manage permissions',
      cli: 'aws events put-permission --event-bus-name <name> --policy file://policy.json',
    },
  },
  evaluate(ctx) {
    const { partition, account } = ctx.snapshot;
    return eachDescribed(
      ctx,
      EVENTBRIDGE_BUSES,
      TYPE,
      (name, region) => eventBusArn(partition, region, account, name),
      (b, resource) => publicPolicyFinding(resource, `Event bus ${b.name}`, b.policy),
    );
  },
};
