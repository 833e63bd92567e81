/** Amazon Inspector state the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';

/** `BatchGetAccountStatus` for the scanned account in one region: status per scan type. */
export interface InspectorStatus {
  /** `ENABLED`, `DISABLED`, `ENABLING`, `SUSPENDED`, … for the account as a whole. */
  account: string;
  /** Scan type (`ec2`, `ecr`, `lambda`, `lambdaCode`, `codeRepository`) → status. */
  scans: Record<string, string>;
}

export const INSPECTOR_STATUS = inventoryKey<InspectorStatus>('aws.inspector2.accountStatus', 'regional');
