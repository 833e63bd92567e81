import { DEMO_ACCOUNT, demoDaysAgo } from '../../../../../demo/aws/clock.js';
import type { ServiceId } from '../../clients.js';
import type { FakeHandlers } from '../../simulator.js';

/**
 * Demo log groups, all in us-east-1 (the other regions have none): the org-trail group
 * kept 400 days, a Lambda group kept 14 days, and an audit group that never expires.
 * DescribeLogGroups answers in two pages, as a large account would.
 */
interface DemoGroup {
  name: string;
  retentionInDays?: number;
  storedBytes: number;
  createdDaysAgo: number;
  kmsKeyId?: string;
}

const US_EAST_1: DemoGroup[] = [
  { name: '/acme/payments/audit', storedBytes: 7_340_032_000, createdDaysAgo: 820 },
  {
    name: '/aws/cloudtrail/org-trail',
    retentionInDays: 400,
    storedBytes: 52_428_800_000,
    createdDaysAgo: 700,
    kmsKeyId: `arn:aws:kms:us-east-1:${DEMO_ACCOUNT}:key/0a1b2c3d-1111-4444-8888-000000000001`,
  },
  { name: '/aws/lambda/thumbnailer', retentionInDays: 14, storedBytes: 104_857_600, createdDaysAgo: 240 },
];
const PAGE_SIZE = 2;

function shape(g: DemoGroup) {
  const arn = `arn:aws:logs:us-east-1:${DEMO_ACCOUNT}:log-group:${g.name}`;
  return {
    logGroupName: g.name,
    creationTime: demoDaysAgo(g.createdDaysAgo).getTime(),
    ...(g.retentionInDays ? { retentionInDays: g.retentionInDays } : {}),
    metricFilterCount: g.name.startsWith('/aws/cloudtrail/') ? 4 : 0,
    arn: `${arn}:*`,
    storedBytes: g.storedBytes,
    ...(g.kmsKeyId ? { kmsKeyId: g.kmsKeyId } : {}),
    logGroupClass: 'STANDARD',
    logGroupArn: arn,
  };
}

export const demoLogs: Partial<Record<ServiceId, FakeHandlers>> = {
  logs: {
    DescribeLogGroups: (input, region) => {
      if (region !== 'us-east-1') return { logGroups: [] };
      const start = input.nextToken === 'page-2' ? PAGE_SIZE : 0;
      const page = US_EAST_1.slice(start, start + PAGE_SIZE).map(shape);
      return { logGroups: page, ...(start + PAGE_SIZE < US_EAST_1.length ? { nextToken: 'page-2' } : {}) };
    },
  },
};
