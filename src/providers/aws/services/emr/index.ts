import type { AwsService } from '../../service.js';
import { emrBlockPublicAccessEnabled } from './checks/aws.emr.block-public-access-enabled.js';
import { emrClusterMasterNoPublicIp } from './checks/aws.emr.cluster-master-no-public-ip.js';
import { emrCollectors } from './collect.js';
import { demo } from './demo.js';

export const emr: AwsService = {
  id: 'emr',
  collectors: emrCollectors,
  checks: [emrBlockPublicAccessEnabled, emrClusterMasterNoPublicIp],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
