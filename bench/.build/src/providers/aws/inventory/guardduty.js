/** GuardDuty inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../inventory/keys.js';
/** `ListDetectors` (paginated), then `GetDetector` per detector; keyed by detector id. */
export const GUARDDUTY_DETECTORS = inventoryKey('aws.guardduty.detectors', 'regional');
export function guardDutyDetectorArn(partition, region, account, detectorId) {
    return `arn:${partition}:guardduty:${region}:${account}:detector/${detectorId}`;
}
