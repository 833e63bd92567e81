import type { Check } from '../../../../../model/check.js';
import { PUBLIC_ACCESS_SEMANTICS, publicPolicyFinding } from '../../../policy/public-finding.js';
import { eachDescribed } from '../../resource-kit.js';
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
      'Fails when the topic policy lets the public use the topic: anyone could then publish to it or subscribe to it. ' +
      "The default policy SNS writes on every topic (everyone, pinned by AWS:SourceOwner to the owner's account) passes, as does a topic without a policy. " +
      PUBLIC_ACCESS_SEMANTICS,
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
      (t, resource) => publicPolicyFinding(resource, `Topic ${t.name}`, t.policy),
    );
  },
};
