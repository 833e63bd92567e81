import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { REDSHIFT_CLUSTERS } from '../state.js';

export const redshiftClusterAutoVersionUpgrade = eachResource(
  {
    id: 'aws.redshift.cluster-auto-version-upgrade',
    title: 'Redshift clusters take engine upgrades automatically',
    service: 'redshift',
    resourceType: 'AWS::Redshift::Cluster',
    severity: 'medium',
    requires: [REDSHIFT_CLUSTERS],
    rationale:
      'Passes when AllowVersionUpgrade is on, so Redshift applies new engine versions (with their security fixes) during the maintenance window. Fails when upgrades wait for someone to apply them.',
    remediation: {
      text: 'Allow version upgrades in the maintenance window.',
      cli: 'aws redshift modify-cluster --cluster-identifier <id> --allow-version-upgrade',
    },
  },
  REDSHIFT_CLUSTERS,
  (c, r) =>
    c.allowVersionUpgrade
      ? pass(r, 'auto-upgrade-on', `Cluster ${c.name} takes engine version upgrades in its maintenance window.`, {
          allowVersionUpgrade: c.allowVersionUpgrade,
        })
      : fail(r, 'auto-upgrade-off', `Cluster ${c.name} does not take engine version upgrades automatically.`, {
          allowVersionUpgrade: c.allowVersionUpgrade,
        }),
);
