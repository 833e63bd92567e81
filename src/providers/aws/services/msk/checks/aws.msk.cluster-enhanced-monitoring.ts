import { errorFinding, fail, notApplicable, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { MSK_CLUSTERS, MSK_MONITORING_LEVELS, provisionedMissing } from '../state.js';

const MINIMUM = MSK_MONITORING_LEVELS.indexOf('PER_TOPIC_PER_BROKER');

export const mskClusterEnhancedMonitoring = eachResource(
  {
    id: 'aws.msk.cluster-enhanced-monitoring',
    title: 'MSK clusters publish per-topic metrics to CloudWatch',
    service: 'msk',
    resourceType: 'AWS::MSK::Cluster',
    severity: 'low',
    requires: [MSK_CLUSTERS],
    rationale:
      "A provisioned cluster's EnhancedMonitoring level decides which broker metrics reach CloudWatch: DEFAULT and PER_BROKER give " +
      'cluster and broker totals only, PER_TOPIC_PER_BROKER and PER_TOPIC_PER_PARTITION add per-topic throughput and consumer lag, which is ' +
      'what shows a stalled consumer or a topic flooded with records. Security Hub control MSK.2 requires at least PER_TOPIC_PER_BROKER: ' +
      'passes at that level or above; fails at DEFAULT (the level when none is chosen) or PER_BROKER. Serverless clusters have no ' +
      'monitoring levels: not applicable. Low severity: it aids monitoring, not protection.',
    remediation: {
      text: 'Raise the cluster monitoring level to per-topic per-broker (metrics above DEFAULT are billed).',
      console: 'Amazon MSK → cluster → Properties → Monitoring metrics → Edit',
      cli: 'aws kafka update-monitoring --cluster-arn <arn> --current-version <v> --enhanced-monitoring PER_TOPIC_PER_BROKER',
    },
  },
  MSK_CLUSTERS,
  (c, resource) => {
    const gap = provisionedMissing(c);
    if (gap) return errorFinding(resource, gap);
    if (!c.provisioned)
      return notApplicable(resource, 'serverless', `Serverless cluster ${c.name} has no monitoring levels.`, { type: c.type });
    const level = c.provisioned.monitoring;
    const observed = { enhancedMonitoring: level };
    return MSK_MONITORING_LEVELS.indexOf(level as (typeof MSK_MONITORING_LEVELS)[number]) >= MINIMUM
      ? pass(resource, 'per-topic-metrics', `Cluster ${c.name} publishes ${level} metrics.`, observed)
      : fail(resource, 'basic-metrics', `Cluster ${c.name} publishes only ${level} metrics, no per-topic metrics.`, observed);
  },
);
