import type { AwsService } from '../../service.js';
import { mskClusterEnhancedMonitoring } from './checks/aws.msk.cluster-enhanced-monitoring.js';
import { mskClusterInTransitTls } from './checks/aws.msk.cluster-in-transit-tls.js';
import { mskClusterPublicAccessDisabled } from './checks/aws.msk.cluster-public-access-disabled.js';
import { mskClusterUnauthenticatedAccessDisabled } from './checks/aws.msk.cluster-unauthenticated-access-disabled.js';
import { mskCollectors } from './collect.js';
import { demo } from './demo.js';

export const msk: AwsService = {
  id: 'msk',
  collectors: mskCollectors,
  checks: [mskClusterEnhancedMonitoring, mskClusterInTransitTls, mskClusterPublicAccessDisabled, mskClusterUnauthenticatedAccessDisabled],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
