import type { AwsService } from '../../service.js';
import { accessAnalyzerAnalyzerPresent } from './checks/aws.accessanalyzer.analyzer-present.js';
import { accessAnalyzerCollectors } from './collect.js';
import { demoAccessAnalyzer } from './demo.js';

export const accessAnalyzer: AwsService = {
  id: 'accessanalyzer',
  collectors: accessAnalyzerCollectors,
  // Sorted by id.
  checks: [accessAnalyzerAnalyzerPresent],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoAccessAnalyzer,
};
