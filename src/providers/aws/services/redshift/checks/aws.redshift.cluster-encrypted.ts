import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { REDSHIFT_CLUSTERS } from '../state.js';

export const redshiftClusterEncrypted = eachResource(
  {
    id: 'aws.redshift.cluster-encrypted',
    title: 'Redshift clusters are encrypted at rest',
    service: 'redshift',
    resourceType: 'AWS::Redshift::Cluster',
    severity: 'high',
    requires: [REDSHIFT_CLUSTERS],
    rationale:
      'Passes when DescribeClusters reports Encrypted: data blocks, system metadata and snapshots are encrypted with a KMS key. Fails otherwise.',
    remediation: {
      text: 'Turn on encryption for the cluster (Redshift migrates the data to encrypted storage).',
      cli: 'aws redshift modify-cluster --cluster-identifier <id> --encrypted --kms-key-id <key>',
    },
  },
  REDSHIFT_CLUSTERS,
  (c, r) =>
    c.encrypted
      ? pass(r, 'encrypted', `Cluster ${c.name} is encrypted at rest.`, { encrypted: c.encrypted })
      : fail(r, 'not-encrypted', `Cluster ${c.name} is not encrypted at rest.`, { encrypted: c.encrypted }),
);
