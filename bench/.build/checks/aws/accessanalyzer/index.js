import { accessAnalyzerAnalyzerPresent } from './aws.accessanalyzer.analyzer-present.js';
export const accessAnalyzerChecks = [accessAnalyzerAnalyzerPresent];
