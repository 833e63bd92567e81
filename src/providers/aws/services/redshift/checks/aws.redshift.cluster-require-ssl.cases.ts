import { type CheckCases, denied, ok, snapshot } from '../../../../../../test/support/snapshot.js';
import type { Fetched } from '../../../../../model/fetched.js';
import { R } from '../../cases.fixtures.js';
import { REDSHIFT_CLUSTERS, REDSHIFT_REQUIRE_SSL } from '../state.js';
import { redshiftClusterRequireSsl as check } from './aws.redshift.cluster-require-ssl.js';
import { cluster } from './redshift.fixtures.js';

const with_ = (groups: Record<string, Fetched<string | null>>, names = Object.keys(groups)) =>
  snapshot()
    .regional(REDSHIFT_CLUSTERS, R, [cluster({ parameterGroups: names })])
    .regional(REDSHIFT_REQUIRE_SSL, R, groups);

export const table: CheckCases = {
  check,
  cases: [
    { name: 'require_ssl true passes', snapshot: with_({ secure: ok('true') }), expected: [['pass', 'ssl-required']] },
    {
      name: 'the default group (false) fails',
      snapshot: with_({ 'default.redshift-1.0': ok('false') }),
      expected: [['fail', 'ssl-not-required']],
    },
    { name: 'a group without the parameter fails', snapshot: with_({ odd: ok(null) }), expected: [['fail', 'ssl-not-required']] },
    {
      name: 'an unreadable group is an error',
      snapshot: with_({ secure: denied('redshift:DescribeClusterParameters') }),
      expected: [['error', 'error.denied']],
    },
  ],
};
