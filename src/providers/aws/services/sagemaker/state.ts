/** SageMaker inventory shapes and keys. No SDK imports: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** `DescribeNotebookInstance`, reduced to what the checks read. */
export interface NotebookInstance extends Named {
  /** `Enabled` or `Disabled`; SageMaker's default is `Enabled`. */
  directInternetAccess: string;
  /** `Enabled` or `Disabled`; SageMaker's default is `Enabled`. */
  rootAccess: string;
  /** The subnet of the customer VPC the instance's network interface is placed in, when there is one. */
  subnetId?: string;
  /** The KMS key that encrypts the instance's ML storage volume, when one was chosen. */
  kmsKeyId?: string;
}

/** `ListNotebookInstances`, then `DescribeNotebookInstance` per instance; keyed by instance name. */
export const SAGEMAKER_NOTEBOOKS = inventoryKey<PerResource<NotebookInstance>>('aws.sagemaker.notebookInstances', 'regional');

/** Notebook instance ARNs carry the name in lower case. */
export function notebookArn(partition: string, region: string, account: string, name: string): string {
  return `arn:${partition}:sagemaker:${region}:${account}:notebook-instance/${name.toLowerCase()}`;
}
