/** The demo estate's DNS: a signed, logged public zone, an unsigned unlogged one and a private zone. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const SHOP = 'Z01SHOP00000001';
const LEGACY = 'Z02LEGACY000002';
const INTERNAL = 'Z03INTERNAL0003';

export const demo: Partial<Record<string, FakeHandlers>> = {
  route53: {
    ListHostedZones: () => ({
      HostedZones: [
        { Id: `/hostedzone/${SHOP}`, Name: 'shop.example.com.', CallerReference: 'a', Config: { PrivateZone: false } },
        { Id: `/hostedzone/${LEGACY}`, Name: 'legacy.example.com.', CallerReference: 'b', Config: { PrivateZone: false } },
        { Id: `/hostedzone/${INTERNAL}`, Name: 'corp.internal.', CallerReference: 'c', Config: { PrivateZone: true } },
      ],
      IsTruncated: false,
      MaxItems: 100,
    }),
    GetDNSSEC: (input) => ({
      Status: { ServeSignature: String(input.HostedZoneId).endsWith(SHOP) ? 'SIGNING' : 'NOT_SIGNING' },
      KeySigningKeys: [],
    }),
    ListQueryLoggingConfigs: () => ({
      QueryLoggingConfigs: [
        {
          Id: 'qlc-1',
          HostedZoneId: SHOP,
          CloudWatchLogsLogGroupArn: `arn:aws:logs:us-east-1:${DEMO_ACCOUNT}:log-group:/aws/route53/shop.example.com`,
        },
      ],
    }),
  },
};
