import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { RDS_INSTANCES } from '../state.js';

export const rdsInstanceAutoMinorUpgradeEnabled = eachResource(
  {
    id: 'aws.rds.instance-auto-minor-upgrade-enabled',
    title: 'RDS DB instances take minor engine upgrades automatically',
    service: 'rds',
    resourceType: 'AWS::RDS::DBInstance',
    severity: 'medium',
    requires: [RDS_INSTANCES],
    cis: ['2.2.2'],
    rationale:
      'Passes when AutoMinorVersionUpgrade is on, so RDS applies minor engine versions (which carry security fixes) in the ' +
      'maintenance window. Fails when it is off and patches wait for someone to upgrade by hand.',
    remediation: {
      text: 'Turn on auto minor version upgrade.',
      cli: 'aws rds modify-db-instance --db-instance-identifier <id> --auto-minor-version-upgrade --apply-immediately',
    },
  },
  RDS_INSTANCES,
  (i, r) =>
    i.autoMinorVersionUpgrade
      ? pass(r, 'auto-upgrade-on', `${i.name} takes minor engine upgrades automatically.`, { autoMinorVersionUpgrade: true })
      : fail(r, 'auto-upgrade-off', `${i.name} does not take minor engine upgrades automatically.`, { autoMinorVersionUpgrade: false }),
);
