import { type CheckCases, denied } from '../../../../../../test/support/snapshot.js';
import { withDnssec } from '../state.fixtures.js';
import { route53PublicZoneDnssecSigning as check } from './aws.route53.public-zone-dnssec-signing.js';

export const table: CheckCases = {
  check,
  cases: [
    { name: 'signing passes', snapshot: withDnssec('SIGNING'), expected: [['pass', 'signing']] },
    { name: 'not signing fails', snapshot: withDnssec('NOT_SIGNING'), expected: [['fail', 'not-signing']] },
    { name: 'a KMS key problem fails', snapshot: withDnssec('ACTION_NEEDED'), expected: [['fail', 'not-signing']] },
    {
      name: 'a private zone is not applicable',
      snapshot: withDnssec('NOT_SIGNING', { private: true }),
      expected: [['not_applicable', 'private-zone']],
    },
    { name: 'denied GetDNSSEC is an error', snapshot: withDnssec(denied('route53:GetDNSSEC')), expected: [['error', 'error.denied']] },
  ],
};
