import { DEMO_ACCOUNT, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import type { ServiceId } from '../../clients.js';
import { awsError, type FakeHandlers } from '../../simulator.js';

/**
 * Two trails. `org-trail` (home us-east-1) is the compliant one: multi-region, logging,
 * all management events through an advanced selector, validation, KMS and CloudWatch Logs.
 * `eu-audit` (home eu-west-1) is a single-region leftover: no validation, no KMS, no
 * CloudWatch Logs, write-only classic selector, logging into the unlogged access-log bucket.
 */
const ORG_TRAIL = {
  Name: 'org-trail',
  S3BucketName: 'acme-cloudtrail-logs',
  S3KeyPrefix: 'cloudtrail',
  IncludeGlobalServiceEvents: true,
  IsMultiRegionTrail: true,
  HomeRegion: 'us-east-1',
  TrailARN: `arn:aws:cloudtrail:us-east-1:${DEMO_ACCOUNT}:trail/org-trail`,
  LogFileValidationEnabled: true,
  CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${DEMO_ACCOUNT}:log-group:/aws/cloudtrail/org-trail:*`,
  CloudWatchLogsRoleArn: `arn:aws:iam::${DEMO_ACCOUNT}:role/CloudTrail_CloudWatchLogs_Role`,
  KmsKeyId: `arn:aws:kms:us-east-1:${DEMO_ACCOUNT}:key/0a1b2c3d-1111-4444-8888-000000000001`,
  HasCustomEventSelectors: true,
  HasInsightSelectors: false,
  IsOrganizationTrail: true,
};

const EU_AUDIT = {
  Name: 'eu-audit',
  S3BucketName: 'acme-access-logs',
  S3KeyPrefix: 'eu-audit',
  IncludeGlobalServiceEvents: false,
  IsMultiRegionTrail: false,
  HomeRegion: 'eu-west-1',
  TrailARN: `arn:aws:cloudtrail:eu-west-1:${DEMO_ACCOUNT}:trail/eu-audit`,
  LogFileValidationEnabled: false,
  HasCustomEventSelectors: true,
  HasInsightSelectors: false,
  IsOrganizationTrail: false,
};

const TRAILS = [ORG_TRAIL, EU_AUDIT];

/** Find a trail by name or ARN, as CloudTrail accepts either. */
function trailFor(input: Record<string, unknown>, field: 'Name' | 'TrailName') {
  const ref = input[field];
  const t = TRAILS.find((x) => x.Name === ref || x.TrailARN === ref);
  if (!t) throw awsError('TrailNotFoundException', 400, `Unknown trail: ${String(ref)}`);
  return t;
}

/** Minutes before DEMO_NOW, for delivery times. */
const minutesAgo = (m: number): Date => new Date(demoDaysAgo(0).getTime() - m * 60_000);

export const demoCloudTrail: Partial<Record<ServiceId, FakeHandlers>> = {
  cloudtrail: {
    // No pagination. Shadow trails (a multi-region trail seen outside its home) are included
    // unless the caller asks not to, as the real API does.
    DescribeTrails: (input, region) => ({
      trailList: TRAILS.filter((t) => t.HomeRegion === region || (input.includeShadowTrails !== false && t.IsMultiRegionTrail)),
    }),
    GetTrailStatus: (input) => {
      const t = trailFor(input, 'Name');
      return t === ORG_TRAIL
        ? {
            IsLogging: true,
            LatestDeliveryTime: minutesAgo(4),
            LatestDigestDeliveryTime: minutesAgo(31),
            LatestCloudWatchLogsDeliveryTime: minutesAgo(2),
            StartLoggingTime: demoDaysAgo(700),
            TimeLoggingStarted: demoDaysAgo(700).toISOString(),
          }
        : {
            IsLogging: true,
            LatestDeliveryTime: minutesAgo(9),
            StartLoggingTime: demoDaysAgo(410),
            TimeLoggingStarted: demoDaysAgo(410).toISOString(),
          };
    },
    GetEventSelectors: (input) => {
      const t = trailFor(input, 'TrailName');
      return t === ORG_TRAIL
        ? {
            TrailARN: t.TrailARN,
            AdvancedEventSelectors: [
              { Name: 'Management events', FieldSelectors: [{ Field: 'eventCategory', Equals: ['Management'] }] },
              {
                Name: 'S3 writes to the data lake',
                FieldSelectors: [
                  { Field: 'eventCategory', Equals: ['Data'] },
                  { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
                  { Field: 'readOnly', Equals: ['false'] },
                  { Field: 'resources.ARN', StartsWith: ['arn:aws:s3:::acme-data-lake/'] },
                ],
              },
            ],
          }
        : {
            TrailARN: t.TrailARN,
            EventSelectors: [
              { ReadWriteType: 'WriteOnly', IncludeManagementEvents: true, DataResources: [], ExcludeManagementEventSources: [] },
            ],
          };
    },
  },
};
