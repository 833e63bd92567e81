import type { Check } from '../../../../../model/check.js';
import { PUBLIC_ACCESS_SEMANTICS, publicPolicyFinding } from '../../../policy/public-finding.js';
import { eachDescribed } from '../../resource-kit.js';
import { SQS_QUEUES, sqsQueueArn } from '../state.js';

const TYPE = 'AWS::SQS::Queue';

export const sqsQueuePolicyNotPublic: Check = {
  meta: {
    id: 'aws.sqs.queue-policy-not-public',
    title: 'SQS queue policies do not grant access to everyone',
    provider: 'aws',
    service: 'sqs',
    resourceType: TYPE,
    severity: 'high',
    requires: [SQS_QUEUES],
    rationale:
      'Fails when the queue policy lets the public use the queue: anyone could then send, read or delete messages. ' +
      'A statement for an SNS topic or S3 bucket pinned with a fixed aws:SourceArn or aws:SourceAccount passes. A queue without a policy passes. ' +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Name the principals that need the queue, or pin the statement with aws:SourceArn / aws:SourceAccount / aws:PrincipalOrgID.',
      console: 'SQS → queue → Access policy → Edit',
      cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes Policy=file://policy.json',
    },
  },
  evaluate(ctx) {
    return eachDescribed(
      ctx,
      SQS_QUEUES,
      TYPE,
      (url, region) => sqsQueueArn(ctx.snapshot.partition, region, url),
      (q, resource) => publicPolicyFinding(resource, `Queue ${q.name}`, q.policy),
    );
  },
};
