import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { DMS_REPLICATION_INSTANCES } from '../state.js';

export const dmsReplicationInstanceNotPublic = eachResource(
  {
    id: 'aws.dms.replication-instance-not-public',
    title: 'DMS replication instances are not publicly accessible',
    service: 'dms',
    resourceType: 'AWS::DMS::ReplicationInstance',
    severity: 'critical',
    requires: [DMS_REPLICATION_INSTANCES],
    rationale:
      'A replication instance with PubliclyAccessible true gets a public IP address, so the host that reads the source database and ' +
      'writes the target is reachable from outside its VPC. Security Hub (DMS.1) fails such instances; so does this check. A ' +
      'private instance reaches on-premises databases through VPN, Direct Connect or peering instead.',
    remediation: {
      text: 'Public accessibility cannot be changed in place: create a private replication instance, move the tasks to it, and delete the public one.',
      console: 'DMS → Replication instances → Create → Connectivity and security → clear Publicly accessible',
    },
  },
  DMS_REPLICATION_INSTANCES,
  (i, r) =>
    i.publiclyAccessible
      ? fail(r, 'public', `Replication instance ${i.name} is publicly accessible.`, { publiclyAccessible: true })
      : pass(r, 'private', `Replication instance ${i.name} is not publicly accessible.`, { publiclyAccessible: false }),
);
