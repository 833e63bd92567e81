import type { ServiceId } from '../../src/providers/aws/clients.js';
import { AWS_SERVICES } from '../../src/providers/aws/services/index.js';
import type { FakeHandlers } from '../../src/providers/aws/simulator.js';
import { DEMO_ACCOUNT, DEMO_ORG_ID, DEMO_REGIONS } from './clock.js';

const identity: Partial<Record<ServiceId, FakeHandlers>> = {
  sts: {
    GetCallerIdentity: () => ({
      Account: DEMO_ACCOUNT,
      Arn: `arn:aws:sts::${DEMO_ACCOUNT}:assumed-role/annexa-audit/annexa`,
      UserId: 'AROADEMO:annexa',
    }),
  },
  // The demo account is its organisation's management account.
  organizations: {
    DescribeOrganization: () => ({
      Organization: {
        Id: DEMO_ORG_ID,
        Arn: `arn:aws:organizations::${DEMO_ACCOUNT}:organization/${DEMO_ORG_ID}`,
        MasterAccountId: DEMO_ACCOUNT,
        FeatureSet: 'ALL',
      },
    }),
  },
};

/** All demo handlers, qualified by client (`s3:ListBuckets`) so services never collide. */
export function demoHandlers(): FakeHandlers {
  const out: FakeHandlers = {};
  for (const part of [identity, ...AWS_SERVICES.flatMap((s) => (s.demo ? [s.demo] : []))]) {
    for (const [service, handlers] of Object.entries(part)) {
      for (const [op, h] of Object.entries(handlers ?? {})) {
        if (op.includes(':')) throw new Error(`demo handler ${service}.${op}: name operations without a client prefix`);
        const key = `${service}:${op}`;
        if (out[key]) throw new Error(`two demo modules answer ${key}`);
        out[key] = h;
      }
    }
  }
  // Region discovery is answered here unless the EC2 demo already does.
  out['ec2:DescribeRegions'] ??= () => ({
    Regions: DEMO_REGIONS.map((RegionName) => ({ RegionName, OptInStatus: 'opt-in-not-required' })),
  });
  return out;
}
