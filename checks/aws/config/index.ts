import type { Check } from '../../../src/model/check.js';
import { configRecorderEnabled } from './aws.config.recorder-enabled.js';

export const configChecks: readonly Check[] = [configRecorderEnabled];
