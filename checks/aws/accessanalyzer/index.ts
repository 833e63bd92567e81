import type { Check } from '../../../src/model/check.js';
import { accessAnalyzerAnalyzerPresent } from './aws.accessanalyzer.analyzer-present.js';

export const accessAnalyzerChecks: readonly Check[] = [accessAnalyzerAnalyzerPresent];
