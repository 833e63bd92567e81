/** GuardDuty inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** `ListDetectors` (paginated), then `GetDetector` per detector; keyed by detector id. */
export const GUARDDUTY_DETECTORS = inventoryKey('aws.guardduty.detectors', 'regional');
