/** The demo estate's EKS: a hardened production cluster and an old, open test cluster. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const CLUSTERS: Record<string, object> = {
  prod: {
    version: '1.34',
    resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] },
    logging: { clusterLogging: [{ types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'], enabled: true }] },
    encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: `arn:aws:kms:${REGION}:${DEMO_ACCOUNT}:key/5f1c0d2e-demo` } }],
  },
  sandbox: {
    version: '1.29',
    resourcesVpcConfig: { endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'] },
    logging: {
      clusterLogging: [
        { types: ['api', 'audit'], enabled: true },
        { types: ['authenticator', 'controllerManager', 'scheduler'], enabled: false },
      ],
    },
  },
};

export const demo: Partial<Record<string, FakeHandlers>> = {
  eks: {
    ListClusters: (_input, region) => ({ clusters: region === REGION ? Object.keys(CLUSTERS) : [] }),
    DescribeCluster: (input, region) => ({
      cluster: { name: input.name, arn: `arn:aws:eks:${region}:${DEMO_ACCOUNT}:cluster/${input.name}`, ...CLUSTERS[input.name as string] },
    }),
  },
};
