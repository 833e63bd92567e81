import { silenceSdkNodeWarning } from '../../src/cli/warnings.js';

silenceSdkNodeWarning();
