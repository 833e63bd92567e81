/** Builders for the SQS case tables. */
import { ok } from '../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../model/fetched.js';
import type { SqsQueue } from './state.js';

export const R = 'us-east-1';
export const URL_ = 'https://sqs.us-east-1.amazonaws.com/111122223333/jobs';

export function queue(extra: Partial<SqsQueue> = {}): Record<string, Fetched<SqsQueue>> {
  return { [URL_]: ok({ name: 'jobs', arn: 'arn:aws:sqs:us-east-1:111122223333:jobs', sqsManagedSse: true, policy: null, ...extra }) };
}
