import type { AwsService } from '../../service.js';
import { dmsReplicationInstanceAutoMinorUpgrade } from './checks/aws.dms.replication-instance-auto-minor-upgrade.js';
import { dmsReplicationInstanceMultiAz } from './checks/aws.dms.replication-instance-multi-az.js';
import { dmsReplicationInstanceNotPublic } from './checks/aws.dms.replication-instance-not-public.js';
import { dmsCollectors } from './collect.js';
import { demo } from './demo.js';

export const dms: AwsService = {
  id: 'dms',
  collectors: dmsCollectors,
  checks: [dmsReplicationInstanceAutoMinorUpgrade, dmsReplicationInstanceMultiAz, dmsReplicationInstanceNotPublic],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
