/** The demo estate's WAF: a logged edge ACL with managed rules and an empty, unlogged regional ACL. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const EDGE = { Name: 'edge-protection', Id: '1a2b3c', ARN: `arn:aws:wafv2:us-east-1:${DEMO_ACCOUNT}:global/webacl/edge-protection/1a2b3c` };
const API = { Name: 'api-protection', Id: '4d5e6f', ARN: `arn:aws:wafv2:eu-west-1:${DEMO_ACCOUNT}:regional/webacl/api-protection/4d5e6f` };

export const demo: Partial<Record<string, FakeHandlers>> = {
  wafv2: {
    ListWebACLs: (input, region) => ({ WebACLs: input.Scope === 'CLOUDFRONT' ? [EDGE] : region === 'eu-west-1' ? [API] : [] }),
    GetWebACL: (input) => ({
      WebACL:
        input.Name === EDGE.Name
          ? {
              ...EDGE,
              DefaultAction: { Allow: {} },
              Rules: [
                { Name: 'AWSManagedRulesCommonRuleSet', Priority: 0 },
                { Name: 'RateLimit', Priority: 1 },
              ],
            }
          : { ...API, DefaultAction: { Allow: {} }, Rules: [] },
    }),
    ListLoggingConfigurations: (input) => ({
      LoggingConfigurations:
        input.Scope === 'CLOUDFRONT'
          ? [{ ResourceArn: EDGE.ARN, LogDestinationConfigs: [`arn:aws:logs:us-east-1:${DEMO_ACCOUNT}:log-group:aws-waf-logs-edge`] }]
          : [],
    }),
  },
};
