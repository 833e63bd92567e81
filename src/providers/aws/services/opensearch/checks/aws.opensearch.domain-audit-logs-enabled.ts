import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { OPENSEARCH_DOMAINS } from '../state.js';

export const openSearchDomainAuditLogsEnabled = eachResource(
  {
    id: 'aws.opensearch.domain-audit-logs-enabled',
    title: 'OpenSearch domains publish audit logs',
    service: 'opensearch',
    resourceType: 'AWS::OpenSearchService::Domain',
    severity: 'medium',
    requires: [OPENSEARCH_DOMAINS],
    rationale:
      'Passes when LogPublishingOptions.AUDIT_LOGS is enabled: authentication attempts and access to indices and documents are recorded in CloudWatch Logs. Audit logs need fine-grained access control; without it this check fails too.',
    remediation: {
      text: 'Enable fine-grained access control, then publish audit logs to a CloudWatch Logs group.',
      cli: 'aws opensearch update-domain-config --domain-name <name> --log-publishing-options AUDIT_LOGS={CloudWatchLogsLogGroupArn=<arn>,Enabled=true}',
    },
  },
  OPENSEARCH_DOMAINS,
  (d, r) =>
    d.logs.AUDIT_LOGS === true
      ? pass(r, 'audit-logs-on', `Domain ${d.name} publishes audit logs to CloudWatch Logs.`, { auditLogs: d.logs.AUDIT_LOGS ?? false })
      : fail(r, 'audit-logs-off', `Domain ${d.name} publishes no audit logs.`, { auditLogs: d.logs.AUDIT_LOGS ?? false }),
);
