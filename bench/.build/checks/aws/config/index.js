import { configRecorderEnabled } from './aws.config.recorder-enabled.js';
export const configChecks = [configRecorderEnabled];
