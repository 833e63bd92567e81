/** IAM Access Analyzer inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** `ListAnalyzers` (paginated), every type. */
export const ACCESSANALYZER_ANALYZERS = inventoryKey('aws.accessanalyzer.analyzers', 'regional');
