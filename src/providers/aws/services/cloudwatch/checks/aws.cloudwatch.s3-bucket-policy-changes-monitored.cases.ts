import type { CheckCases } from '../../../../../../test/support/snapshot.js';
import { chainCases } from '../chain.fixtures.js';
import { cloudWatchS3BucketPolicyChangesMonitored } from './aws.cloudwatch.s3-bucket-policy-changes-monitored.js';

export const table: CheckCases = {
  check: cloudWatchS3BucketPolicyChangesMonitored,
  cases: chainCases(cloudWatchS3BucketPolicyChangesMonitored),
};
