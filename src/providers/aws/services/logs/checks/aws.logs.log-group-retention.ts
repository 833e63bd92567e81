import type { Check } from '../../../../../model/check.js';
import { accountResource, awsResource, fail, notApplicable, pass, readRegional } from '../../../../check-kit.js';
import { LOGS_LOG_GROUPS } from '../state.js';

const TYPE = 'AWS::Logs::LogGroup';

export const logsLogGroupRetention: Check = {
  meta: {
    id: 'aws.logs.log-group-retention',
    title: 'CloudWatch Logs groups keep events long enough',
    provider: 'aws',
    service: 'logs',
    resourceType: TYPE,
    severity: 'low',
    requires: [LOGS_LOG_GROUPS],
    rationale:
      'Passes when a log group keeps events for at least the configured minimum (params.logRetentionDays, 365 days by default) ' +
      'or never expires them; fails when a shorter retention is set. Groups in the DELIVERY log class are not applicable: ' +
      'CloudWatch holds their events for one day by design while they are delivered to S3 or Firehose, where retention is ' +
      'governed. Logs deleted too early cannot support an investigation, an audit or a legal hold.',
    remediation: {
      text: 'Set the log group retention to at least the required period (or archive the logs elsewhere before they expire).',
      console: 'CloudWatch → Log groups → group → Actions → Edit retention setting',
      cli: 'aws logs put-retention-policy --log-group-name <name> --retention-in-days 365',
    },
  },
  evaluate(ctx) {
    const min = ctx.params.logRetentionDays;
    return readRegional(
      ctx,
      LOGS_LOG_GROUPS,
      (region) => accountResource(ctx, TYPE, region),
      (groups, region) =>
        groups.map((g) => {
          const resource = awsResource(ctx, TYPE, region, g.arn, g.name);
          if (g.logGroupClass === 'DELIVERY') {
            return notApplicable(
              resource,
              'delivery-class',
              `Log group ${g.name} is a DELIVERY-class group; its retention is set at the delivery destination.`,
              { logGroupClass: g.logGroupClass },
            );
          }
          if (g.retentionInDays === null) {
            return pass(resource, 'never-expires', `Log group ${g.name} never expires its events.`, { retentionInDays: null });
          }
          return g.retentionInDays >= min
            ? pass(resource, 'retention-sufficient', `Log group ${g.name} keeps events for ${g.retentionInDays} days (minimum ${min}).`, {
                retentionInDays: g.retentionInDays,
                minimumDays: min,
              })
            : fail(
                resource,
                'retention-too-short',
                `Log group ${g.name} keeps events for only ${g.retentionInDays} days (minimum ${min}).`,
                { retentionInDays: g.retentionInDays, minimumDays: min },
              );
        }),
    );
  },
};
