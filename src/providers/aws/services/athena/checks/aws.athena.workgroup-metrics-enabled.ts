import { missingData } from '../../../../../model/fetched.js';
import { errorFinding, fail, pass } from '../../../../check-kit.js';
import { arnIn, eachEntry } from '../../each-resource.js';
import { ATHENA_WORKGROUPS } from '../state.js';

export const athenaWorkgroupMetricsEnabled = eachEntry(
  {
    id: 'aws.athena.workgroup-metrics-enabled',
    title: 'Athena workgroups publish query metrics to CloudWatch',
    service: 'athena',
    resourceType: 'AWS::Athena::WorkGroup',
    severity: 'low',
    requires: [ATHENA_WORKGROUPS],
    rationale:
      'Security Hub control Athena.4 ("workgroups should have logging enabled") and the AWS Config rule athena-workgroup-logging-enabled ' +
      'judge one setting: PublishCloudWatchMetricsEnabled, which makes the workgroup publish per-query metrics (data scanned, run time, ' +
      'state) to CloudWatch, where unusual query activity can be seen and alarmed on. Passes when GetWorkGroup reports it true; fails ' +
      'when false; an answer without the field is an error, never read as off. Low severity: the metrics aid monitoring, while CloudTrail ' +
      'records who ran each query.',
    remediation: {
      text: 'Turn on "Publish query metrics to AWS CloudWatch" for the workgroup.',
      console: 'Athena → Workgroups → workgroup → Edit → Settings → Publish query metrics to AWS CloudWatch',
      cli: 'aws athena update-work-group --work-group <name> --configuration-updates PublishCloudWatchMetricsEnabled=true',
    },
  },
  ATHENA_WORKGROUPS,
  (ctx, region, name) => arnIn(ctx, 'athena', region, `workgroup/${name}`),
  (w, resource) => {
    if (w.metrics === null)
      return errorFinding(
        resource,
        missingData('athena:GetWorkGroup', `workgroup ${w.name}: no PublishCloudWatchMetricsEnabled in the answer`),
      );
    return w.metrics
      ? pass(resource, 'metrics-enabled', `Workgroup ${w.name} publishes query metrics to CloudWatch.`, { metrics: true })
      : fail(resource, 'metrics-disabled', `Workgroup ${w.name} does not publish query metrics to CloudWatch.`, { metrics: false });
  },
);
