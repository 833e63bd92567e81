import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachDescribed } from '../../resource-kit.js';
import { SQS_QUEUES, sqsQueueArn } from '../state.js';

const TYPE = 'AWS::SQS::Queue';

export const sqsQueueEncrypted: Check = {
  meta: {
    id: 'aws.sqs.queue-encrypted',
    title: 'SQS queues encrypt messages at rest',
    provider: 'aws',
    service: 'sqs',
    resourceType: TYPE,
    severity: 'medium',
    requires: [SQS_QUEUES],
    rationale:
      'Passes when the queue has server-side encryption, either with SQS-owned keys (SqsManagedSseEnabled) or with a KMS key ' +
      '(KmsMasterKeyId); fails when neither is set and messages are stored unencrypted. Queues created since late 2022 get SSE-SQS ' +
      'by default, so a failure is usually an old queue or one where encryption was turned off.',
    remediation: {
      text: 'Turn on SSE-SQS, or SSE-KMS with a customer-managed key when the key policy should govern access.',
      console: 'SQS → queue → Edit → Encryption',
      cli: 'aws sqs set-queue-attributes --queue-url <url> --attributes SqsManagedSseEnabled=true',
    },
  },
  evaluate(ctx) {
    return eachDescribed(
      ctx,
      SQS_QUEUES,
      TYPE,
      (url, region) => sqsQueueArn(ctx.snapshot.partition, region, url),
      (q, resource) => {
        if (q.kmsKeyId)
          return pass(resource, 'sse-kms', `Queue ${q.name} is encrypted with KMS key ${q.kmsKeyId}.`, { kmsKeyId: q.kmsKeyId });
        return q.sqsManagedSse
          ? pass(resource, 'sse-sqs', `Queue ${q.name} is encrypted with SQS-owned keys.`, { sqsManagedSse: true })
          : fail(resource, 'unencrypted', `Queue ${q.name} stores messages unencrypted.`, { sqsManagedSse: false, kmsKeyId: null });
      },
    );
  },
};
