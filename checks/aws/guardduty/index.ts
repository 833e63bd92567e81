import type { Check } from '../../../src/model/check.js';
import { guardDutyDetectorEnabled } from './aws.guardduty.detector-enabled.js';

export const guardDutyChecks: readonly Check[] = [guardDutyDetectorEnabled];
