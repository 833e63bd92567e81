import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { OPENSEARCH_DOMAINS } from '../state.js';

export const openSearchDomainErrorLogsEnabled = eachResource(
  {
    id: 'aws.opensearch.domain-error-logs-enabled',
    title: 'OpenSearch domains publish error logs',
    service: 'opensearch',
    resourceType: 'AWS::OpenSearchService::Domain',
    severity: 'low',
    requires: [OPENSEARCH_DOMAINS],
    rationale:
      'Passes when LogPublishingOptions.ES_APPLICATION_LOGS is enabled, so cluster errors and warnings (failed node joins, rejected requests, plugin failures) are kept in CloudWatch Logs. Slow logs are a tuning aid and are not required here.',
    remediation: {
      text: 'Publish error logs to a CloudWatch Logs group.',
      cli: 'aws opensearch update-domain-config --domain-name <name> --log-publishing-options ES_APPLICATION_LOGS={CloudWatchLogsLogGroupArn=<arn>,Enabled=true}',
    },
  },
  OPENSEARCH_DOMAINS,
  (d, r) =>
    d.logs.ES_APPLICATION_LOGS === true
      ? pass(r, 'error-logs-on', `Domain ${d.name} publishes error logs to CloudWatch Logs.`, {
          errorLogs: d.logs.ES_APPLICATION_LOGS ?? false,
        })
      : fail(r, 'error-logs-off', `Domain ${d.name} publishes no error logs.`, { errorLogs: d.logs.ES_APPLICATION_LOGS ?? false }),
);
