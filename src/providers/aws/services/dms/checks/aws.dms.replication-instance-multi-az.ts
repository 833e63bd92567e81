import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { DMS_REPLICATION_INSTANCES } from '../state.js';

export const dmsReplicationInstanceMultiAz = eachResource(
  {
    id: 'aws.dms.replication-instance-multi-az',
    title: 'DMS replication instances are deployed across Availability Zones',
    service: 'dms',
    resourceType: 'AWS::DMS::ReplicationInstance',
    severity: 'low',
    requires: [DMS_REPLICATION_INSTANCES],
    rationale:
      'With MultiAZ true, DMS keeps a synchronously replicated standby of the replication instance in another Availability Zone and ' +
      'fails over to it, so ongoing replication survives the loss of one zone. Security Hub (DMS.13) fails single-AZ instances; so ' +
      'does this check. A one-off migration may not need it, which is why the severity is low.',
    remediation: {
      text: 'Turn on Multi-AZ for replication instances that run ongoing replication.',
      cli: 'aws dms modify-replication-instance --replication-instance-arn <arn> --multi-az --apply-immediately',
    },
  },
  DMS_REPLICATION_INSTANCES,
  (i, r) =>
    i.multiAz
      ? pass(r, 'multi-az', `Replication instance ${i.name} is Multi-AZ.`, { multiAz: true })
      : fail(r, 'single-az', `Replication instance ${i.name} runs in one Availability Zone.`, { multiAz: false }),
);
