import { DEMO_ACCOUNT, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import { home } from '../../../../../demo/aws/detective.js';
import type { ServiceId } from '../../clients.js';
import type { FakeHandlers } from '../../simulator.js';

/** Access Analyzer: an ACCOUNT analyzer in us-east-1, none elsewhere (it is not denied by the SCP). */
export const demoAccessAnalyzer: Partial<Record<ServiceId, FakeHandlers>> = {
  accessanalyzer: {
    ListAnalyzers: (_i, region) => ({
      analyzers: home(region)
        ? [
            {
              arn: `arn:aws:access-analyzer:us-east-1:${DEMO_ACCOUNT}:analyzer/acme-account-analyzer`,
              name: 'acme-account-analyzer',
              type: 'ACCOUNT',
              status: 'ACTIVE',
              createdAt: demoDaysAgo(450),
              lastResourceAnalyzed: 'arn:aws:s3:::acme-cloudtrail-logs',
              lastResourceAnalyzedAt: demoDaysAgo(1),
              tags: {},
            },
          ]
        : [],
    }),
  },
};
