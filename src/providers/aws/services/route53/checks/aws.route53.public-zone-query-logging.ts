import type { Check } from '../../../../../model/check.js';
import { errorFinding, fail, notApplicable, pass, readFetched } from '../../../../check-kit.js';
import { eachGlobal } from '../../resource-kit.js';
import { ROUTE53_QUERY_LOGGING, ROUTE53_ZONES } from '../state.js';
import { HOSTED_ZONE } from './aws.route53.public-zone-dnssec-signing.js';

export const route53PublicZoneQueryLogging: Check = {
  meta: {
    id: 'aws.route53.public-zone-query-logging',
    title: 'Public hosted zones log DNS queries',
    provider: 'aws',
    service: 'route53',
    resourceType: HOSTED_ZONE,
    severity: 'low',
    requires: [ROUTE53_ZONES, ROUTE53_QUERY_LOGGING],
    rationale:
      'A query logging configuration sends every DNS query Route 53 answers for a public zone (name, type, response code, edge ' +
      'location, resolver address) to a CloudWatch Logs group in us-east-1, evidence for investigating reconnaissance, abuse and ' +
      'misrouting. Passes when ListQueryLoggingConfigs lists a configuration for the zone; fails otherwise; private zones are not ' +
      'applicable (their queries are logged by Resolver query logging instead).',
    remediation: {
      text: 'Create a CloudWatch Logs group in us-east-1 whose resource policy lets Route 53 write, then a query logging configuration for the zone.',
      console: 'Route 53 → Hosted zones → zone → Configure query logging',
      cli: 'aws route53 create-query-logging-config --hosted-zone-id <zone-id> --cloud-watch-logs-log-group-arn <log-group-arn>',
    },
  },
  evaluate(ctx) {
    const configs = readFetched(ctx, ROUTE53_QUERY_LOGGING);
    return eachGlobal(ctx, ROUTE53_ZONES, HOSTED_ZONE, (zone, resource) => {
      if (zone.private)
        return notApplicable(resource, 'private-zone', `${zone.name} is a private zone; query logging applies to public zones.`);
      if (!configs.ok) return errorFinding(resource, configs.error);
      const group = configs.value[zone.id];
      return group
        ? pass(resource, 'logging', `${zone.name} logs its DNS queries to ${group}.`, { logGroup: group })
        : fail(resource, 'no-logging', `${zone.name} has no query logging configuration.`, { logGroup: null });
    });
  },
};
