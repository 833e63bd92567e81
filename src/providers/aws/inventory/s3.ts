/** S3 inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey, type PerResource } from '../../../inventory/keys.js';

export interface S3Bucket {
  name: string;
  arn: string;
  region: string;
  createdAt?: string;
}

export interface BucketVersioning {
  status: 'Enabled' | 'Suspended' | 'Disabled';
  mfaDelete: boolean;
}

/** `ListBuckets` (paginated) with each bucket's region, so per-bucket calls go to the right endpoint. */
export const S3_BUCKETS = inventoryKey<S3Bucket[]>('aws.s3.buckets', 'global');
/** Per bucket name. */
export const S3_BUCKET_VERSIONING = inventoryKey<PerResource<BucketVersioning>>('aws.s3.bucketVersioning', 'global');
