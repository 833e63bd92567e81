import { errorFinding, fail, lookup, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { REDSHIFT_CLUSTERS, REDSHIFT_REQUIRE_SSL } from '../state.js';

export const redshiftClusterRequireSsl = eachResource(
  {
    id: 'aws.redshift.cluster-require-ssl',
    title: 'Redshift clusters refuse connections without TLS',
    service: 'redshift',
    resourceType: 'AWS::Redshift::Cluster',
    severity: 'high',
    requires: [REDSHIFT_CLUSTERS, REDSHIFT_REQUIRE_SSL],
    rationale:
      'Passes when every parameter group the cluster uses sets require_ssl to true, so Redshift rejects clients that do not ' +
      'negotiate TLS. Fails when it is false, which is the default of the default parameter group: clients may then send ' +
      'credentials and query results in clear text.',
    remediation: {
      text: 'Use a custom parameter group with require_ssl set to true (a reboot applies it).',
      cli: 'aws redshift modify-cluster-parameter-group --parameter-group-name <group> --parameters ParameterName=require_ssl,ParameterValue=true',
    },
  },
  REDSHIFT_CLUSTERS,
  (c, r, ctx, region) => {
    if (c.parameterGroups.length === 0)
      return fail(r, 'ssl-not-required', `Cluster ${c.name} names no parameter group requiring TLS.`, { parameterGroups: [] });
    const values: Record<string, string | null> = {};
    for (const g of c.parameterGroups) {
      const got = lookup(ctx, REDSHIFT_REQUIRE_SSL, g, region);
      if (!got.ok) return errorFinding(r, got.error);
      values[g] = got.value;
    }
    const lax = Object.entries(values).filter(([, v]) => v?.toLowerCase() !== 'true');
    return lax.length === 0
      ? pass(r, 'ssl-required', `Cluster ${c.name} requires TLS.`, { requireSsl: values })
      : fail(r, 'ssl-not-required', `Cluster ${c.name} accepts connections without TLS (${lax.map(([g]) => g).join(', ')}).`, {
          requireSsl: values,
        });
  },
);
