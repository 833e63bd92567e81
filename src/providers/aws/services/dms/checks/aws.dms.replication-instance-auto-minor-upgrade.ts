import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { DMS_REPLICATION_INSTANCES } from '../state.js';

export const dmsReplicationInstanceAutoMinorUpgrade = eachResource(
  {
    id: 'aws.dms.replication-instance-auto-minor-upgrade',
    title: 'DMS replication instances apply minor engine upgrades automatically',
    service: 'dms',
    resourceType: 'AWS::DMS::ReplicationInstance',
    severity: 'medium',
    requires: [DMS_REPLICATION_INSTANCES],
    rationale:
      'With AutoMinorVersionUpgrade true, DMS applies new minor engine versions, which carry security fixes, in the maintenance ' +
      'window. Security Hub (DMS.6) fails instances where it is false; so does this check.',
    remediation: {
      text: 'Turn on automatic minor version upgrades.',
      cli: 'aws dms modify-replication-instance --replication-instance-arn <arn> --auto-minor-version-upgrade',
    },
  },
  DMS_REPLICATION_INSTANCES,
  (i, r) =>
    i.autoMinorVersionUpgrade
      ? pass(r, 'auto-upgrade', `Replication instance ${i.name} applies minor upgrades automatically.`, { autoMinorVersionUpgrade: true })
      : fail(r, 'no-auto-upgrade', `Replication instance ${i.name} does not apply minor upgrades automatically.`, {
          autoMinorVersionUpgrade: false,
        }),
);
