/** EMR inventory shapes and keys. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** `GetBlockPublicAccessConfiguration`: the account's setting in one region. */
export interface EmrBlockPublicAccess {
  blockPublicSecurityGroupRules: boolean;
  /** Port ranges exempted from the block, as `[min, max]` (a single port has min = max). */
  permittedRanges: readonly (readonly [number, number])[];
}

/** A RUNNING or WAITING cluster with the public addresses of its running primary (master) nodes. */
export interface EmrCluster extends Named {
  /** `name` is the cluster id (`j-…`); this is the name it was given. */
  clusterName: string;
  masterInstances: number;
  masterPublicIps: readonly string[];
}

export const EMR_BLOCK_PUBLIC_ACCESS = inventoryKey<EmrBlockPublicAccess>('aws.emr.blockPublicAccess', 'regional');
/** `ListClusters` (RUNNING, WAITING), then `DescribeCluster` and `ListInstances` of the primary nodes; keyed by cluster id. */
export const EMR_CLUSTERS = inventoryKey<PerResource<EmrCluster>>('aws.emr.clusters', 'regional');

export function emrClusterArn(partition: string, region: string, account: string, id: string): string {
  return `arn:${partition}:elasticmapreduce:${region}:${account}:cluster/${id}`;
}
