import type { AwsService } from '../../service.js';
import { redshiftClusterAuditLoggingEnabled } from './checks/aws.redshift.cluster-audit-logging-enabled.js';
import { redshiftClusterAutoVersionUpgrade } from './checks/aws.redshift.cluster-auto-version-upgrade.js';
import { redshiftClusterEncrypted } from './checks/aws.redshift.cluster-encrypted.js';
import { redshiftClusterEnhancedVpcRouting } from './checks/aws.redshift.cluster-enhanced-vpc-routing.js';
import { redshiftClusterNotPubliclyAccessible } from './checks/aws.redshift.cluster-not-publicly-accessible.js';
import { redshiftClusterRequireSsl } from './checks/aws.redshift.cluster-require-ssl.js';
import { redshiftClusterSnapshotRetention } from './checks/aws.redshift.cluster-snapshot-retention.js';
import { redshiftCollectors } from './collect.js';
import { redshiftDemo } from './demo.js';

export const redshift: AwsService = {
  id: 'redshift',
  collectors: redshiftCollectors,
  checks: [
    redshiftClusterAuditLoggingEnabled,
    redshiftClusterAutoVersionUpgrade,
    redshiftClusterEncrypted,
    redshiftClusterEnhancedVpcRouting,
    redshiftClusterNotPubliclyAccessible,
    redshiftClusterRequireSsl,
    redshiftClusterSnapshotRetention,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: redshiftDemo,
};
