import { accessAnalyzerChecks } from '../../../../checks/aws/accessanalyzer/index.js';
import { cloudTrailChecks } from '../../../../checks/aws/cloudtrail/index.js';
import { configChecks } from '../../../../checks/aws/config/index.js';
import { ec2Checks } from '../../../../checks/aws/ec2/index.js';
import { guardDutyChecks } from '../../../../checks/aws/guardduty/index.js';
import { iamChecks } from '../../../../checks/aws/iam/index.js';
import { kmsChecks } from '../../../../checks/aws/kms/index.js';
import { logsChecks } from '../../../../checks/aws/logs/index.js';
import { s3Checks } from '../../../../checks/aws/s3/index.js';
import { securityHubChecks } from '../../../../checks/aws/securityhub/index.js';
import type { ServiceModule } from '../../service.js';
import { accessAnalyzerCollectors } from '../collectors/accessanalyzer.js';
import { cloudTrailCollectors } from '../collectors/cloudtrail.js';
import { configCollectors } from '../collectors/config.js';
import { ec2Collectors } from '../collectors/ec2.js';
import { guardDutyCollectors } from '../collectors/guardduty.js';
import { iamCollectors } from '../collectors/iam.js';
import { kmsCollectors } from '../collectors/kms.js';
import { logsCollectors } from '../collectors/logs.js';
import { organizationsCollectors } from '../collectors/organizations.js';
import { s3Collectors } from '../collectors/s3.js';
import { securityHubCollectors } from '../collectors/securityhub.js';
import type { AwsCollector } from '../context.js';
import type { FakeHandlers } from '../simulator.js';
import { account } from './account/index.js';
import { cloudWatch } from './cloudwatch/index.js';
import { macie } from './macie/index.js';

/** Demo answers are keyed by the client id (`awsClient`'s first argument), then the operation. */
export type AwsService = ServiceModule<AwsCollector<unknown>, Partial<Record<string, FakeHandlers>>>;

/**
 * Every AWS service, one entry each. Adding a service is a folder under `services/` with an
 * `index.ts` exporting its `AwsService`, plus one line here.
 */
export const AWS_SERVICES: readonly AwsService[] = [
  account,
  { id: 'accessanalyzer', collectors: accessAnalyzerCollectors, checks: accessAnalyzerChecks },
  { id: 'cloudtrail', collectors: cloudTrailCollectors, checks: cloudTrailChecks },
  cloudWatch,
  { id: 'config', collectors: configCollectors, checks: configChecks },
  { id: 'ec2', collectors: ec2Collectors, checks: ec2Checks },
  { id: 'guardduty', collectors: guardDutyCollectors, checks: guardDutyChecks },
  { id: 'iam', collectors: iamCollectors, checks: iamChecks },
  { id: 'kms', collectors: kmsCollectors, checks: kmsChecks },
  { id: 'logs', collectors: logsCollectors, checks: logsChecks },
  macie,
  { id: 'organizations', collectors: organizationsCollectors, checks: [] },
  { id: 's3', collectors: s3Collectors, checks: s3Checks },
  { id: 'securityhub', collectors: securityHubCollectors, checks: securityHubChecks },
];
