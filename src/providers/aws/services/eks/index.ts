import type { AwsService } from '../../service.js';
import { eksClusterControlPlaneLogging } from './checks/aws.eks.cluster-control-plane-logging.js';
import { eksClusterEndpointRestricted } from './checks/aws.eks.cluster-endpoint-restricted.js';
import { eksClusterSecretsEncrypted } from './checks/aws.eks.cluster-secrets-encrypted.js';
import { eksClusterVersionSupported } from './checks/aws.eks.cluster-version-supported.js';
import { eksCollectors } from './collect.js';
import { demo } from './demo.js';

export const eks: AwsService = {
  id: 'eks',
  collectors: eksCollectors,
  checks: [eksClusterControlPlaneLogging, eksClusterEndpointRestricted, eksClusterSecretsEncrypted, eksClusterVersionSupported],
  links: new URL('./links.yaml', import.meta.url),
  demo,
};
