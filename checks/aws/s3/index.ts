import type { Check } from '../../../src/model/check.js';
import { s3BucketVersioningEnabled } from './aws.s3.bucket-versioning-enabled.js';

export const s3Checks: readonly Check[] = [s3BucketVersioningEnabled];
