import type { Check } from '../../../../../model/check.js';
import { all, fail, lookup, notApplicable, pass } from '../../../../check-kit.js';
import { eachGlobal } from '../../resource-kit.js';
import { ROUTE53_DNSSEC, ROUTE53_ZONES } from '../state.js';

export const HOSTED_ZONE = 'AWS::Route53::HostedZone';

export const route53PublicZoneDnssecSigning: Check = {
  meta: {
    id: 'aws.route53.public-zone-dnssec-signing',
    title: 'Public hosted zones are signed with DNSSEC',
    provider: 'aws',
    service: 'route53',
    resourceType: HOSTED_ZONE,
    severity: 'medium',
    requires: [ROUTE53_ZONES, ROUTE53_DNSSEC],
    rationale:
      "DNSSEC signing lets validating resolvers prove a public zone's answers came from Route 53 unaltered, defeating cache poisoning " +
      'and spoofed answers. GetDNSSEC reports ServeSignature SIGNING only while Route 53 signs the zone with an active key-signing key; ' +
      'NOT_SIGNING, ACTION_NEEDED (a KMS key problem) or INTERNAL_FAILURE mean answers go out unsigned. Passes on SIGNING; fails ' +
      'otherwise; private zones are not applicable (Route 53 signs only public zones).',
    remediation: {
      text: 'Create a key-signing key backed by an asymmetric KMS key in us-east-1, enable DNSSEC signing, then add the DS record at the parent zone.',
      console: 'Route 53 → Hosted zones → zone → DNSSEC signing → Enable DNSSEC signing',
      cli: 'aws route53 enable-hosted-zone-dnssec --hosted-zone-id <zone-id>',
    },
  },
  evaluate(ctx) {
    return eachGlobal(ctx, ROUTE53_ZONES, HOSTED_ZONE, (zone, resource) => {
      if (zone.private)
        return notApplicable(resource, 'private-zone', `${zone.name} is a private zone; DNSSEC signing applies to public zones.`);
      const got = all(resource, [lookup(ctx, ROUTE53_DNSSEC, zone.id)]);
      if (!got.ok) return got.finding;
      const status = got.values[0];
      return status === 'SIGNING'
        ? pass(resource, 'signing', `${zone.name} is signed with DNSSEC.`, { serveSignature: status })
        : fail(resource, 'not-signing', `${zone.name} is not signed with DNSSEC (${status}).`, { serveSignature: status });
    });
  },
};
