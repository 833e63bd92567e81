/** The demo estate's DMS: a private, Multi-AZ instance for ongoing replication, and a public one left over from a migration. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const INSTANCES = [
  { ReplicationInstanceIdentifier: 'orders-cdc', PubliclyAccessible: false, AutoMinorVersionUpgrade: true, MultiAZ: true },
  { ReplicationInstanceIdentifier: 'legacy-migration', PubliclyAccessible: true, AutoMinorVersionUpgrade: false, MultiAZ: false },
];

export const demo: Partial<Record<string, FakeHandlers>> = {
  dms: {
    DescribeReplicationInstances: (_input, region) => ({
      ReplicationInstances:
        region === REGION
          ? INSTANCES.map((i) => ({
              ...i,
              ReplicationInstanceArn: `arn:aws:dms:${region}:${DEMO_ACCOUNT}:rep:${i.ReplicationInstanceIdentifier.toUpperCase()}`,
            }))
          : [],
    }),
  },
};
