import type { AwsCollector } from '../context.js';
import { accessAnalyzerCollectors } from './accessanalyzer.js';
import { cloudTrailCollectors } from './cloudtrail.js';
import { configCollectors } from './config.js';
import { ec2Collectors } from './ec2.js';
import { guardDutyCollectors } from './guardduty.js';
import { iamCollectors } from './iam.js';
import { kmsCollectors } from './kms.js';
import { logsCollectors } from './logs.js';
import { organizationsCollectors } from './organizations.js';
import { s3Collectors } from './s3.js';
import { securityHubCollectors } from './securityhub.js';

/** Every AWS collector, by inventory key. An explicit list: nothing registers itself. */
export const AWS_COLLECTORS: readonly AwsCollector<unknown>[] = [
  ...accessAnalyzerCollectors,
  ...cloudTrailCollectors,
  ...configCollectors,
  ...ec2Collectors,
  ...guardDutyCollectors,
  ...iamCollectors,
  ...kmsCollectors,
  ...logsCollectors,
  ...organizationsCollectors,
  ...s3Collectors,
  ...securityHubCollectors,
];
