import type { Check } from '../../../../../model/check.js';
import { RESTRICTING_CONDITION_KEYS } from '../../../iam-policy.js';
import { eachDescribed, policyFinding } from '../../resource-kit.js';
import { SNS_TOPICS } from '../state.js';

const TYPE = 'AWS::SNS::Topic';

export const snsTopicPolicyNotPublic: Check = {
  meta: {
    id: 'aws.sns.topic-policy-not-public',
    title: 'SNS topic policies do not grant access to everyone',
    provider: 'aws',
    service: 'sns',
    resourceType: TYPE,
    severity: 'high',
    requires: [SNS_TOPICS],
    rationale:
      'Fails when the topic policy has an Allow statement for everyone ("*", {"AWS":"*"} or NotPrincipal) not pinned by a condition ' +
      `on ${RESTRICTING_CONDITION_KEYS.join(', ')}, or by SNS's own AWS:SourceOwner with exact account ids (as in the default ` +
      'policy SNS writes on every topic). An open statement lets anyone publish to or subscribe to the topic. Passes otherwise.',
    remediation: {
      text: 'Name the publishing and subscribing principals, or pin the statement with AWS:SourceOwner, aws:SourceArn or aws:PrincipalOrgID.',
      console: 'SNS → Topics → topic → Edit → Access policy',
      cli: 'aws sns set-topic-attributes --topic-arn <arn> --attribute-name Policy --attribute-value file://policy.json',
    },
  },
  evaluate(ctx) {
    return eachDescribed(
      ctx,
      SNS_TOPICS,
      TYPE,
      (arn) => arn,
      (t, resource) => policyFinding(resource, `Topic ${t.name}`, t.policy, ['AWS:SourceOwner']),
    );
  },
};
