/** IAM Access Analyzer inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';

export interface AccessAnalyzer {
  name: string;
  arn: string;
  /** `ACCOUNT`, `ORGANIZATION`, or the `_UNUSED_ACCESS` / `_INTERNAL_ACCESS` variants. */
  type: string;
  /** `ACTIVE`, `CREATING`, `DISABLED` or `FAILED`. */
  status: string;
}

/** `ListAnalyzers` (paginated), every type. */
export const ACCESSANALYZER_ANALYZERS = inventoryKey<AccessAnalyzer[]>('aws.accessanalyzer.analyzers', 'regional');
