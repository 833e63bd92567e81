import type { AwsService } from '../service.js';
import { accessAnalyzer } from './accessanalyzer/index.js';
import { cloudTrail } from './cloudtrail/index.js';
import { config } from './config/index.js';
import { ec2 } from './ec2/index.js';
import { guardDuty } from './guardduty/index.js';
import { iam } from './iam/index.js';
import { kms } from './kms/index.js';
import { logs } from './logs/index.js';
import { organizations } from './organizations/index.js';
import { s3 } from './s3/index.js';
import { securityHub } from './securityhub/index.js';

export type { AwsService } from '../service.js';

/**
 * Every AWS service, one entry each. Adding a service is a folder under `services/` with an
 * `index.ts` exporting its `AwsService`, plus one line here.
 */
export const AWS_SERVICES: readonly AwsService[] = [
  accessAnalyzer,
  cloudTrail,
  config,
  ec2,
  guardDuty,
  iam,
  kms,
  logs,
  organizations,
  s3,
  securityHub,
];
