import { guardDutyDetectorEnabled } from './aws.guardduty.detector-enabled.js';
export const guardDutyChecks = [guardDutyDetectorEnabled];
