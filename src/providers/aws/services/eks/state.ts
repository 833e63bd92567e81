/** EKS state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

/** `DescribeCluster`, reduced. */
export interface EksCluster {
  name: string;
  arn: string;
  /** Kubernetes minor version, e.g. `1.31`. */
  version: string;
  endpointPublicAccess: boolean;
  endpointPrivateAccess: boolean;
  /** Sources allowed to reach the public endpoint (EKS answers 0.0.0.0/0 when unrestricted). */
  publicAccessCidrs: string[];
  /** Control-plane log types that are enabled (`api`, `audit`, `authenticator`, `controllerManager`, `scheduler`). */
  enabledLogTypes: string[];
  /** KMS key ARN that envelope-encrypts Kubernetes secrets, when configured. */
  secretsKeyArn?: string;
}

/** `ListClusters`, then `DescribeCluster` per cluster; keyed by cluster name. */
export const EKS_CLUSTERS = inventoryKey<PerResource<EksCluster>>('aws.eks.clusters', 'regional');

export function eksClusterArn(partition: string, region: string, account: string, name: string): string {
  return `arn:${partition}:eks:${region}:${account}:cluster/${name}`;
}
