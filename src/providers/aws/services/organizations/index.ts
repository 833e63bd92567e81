import type { AwsService } from '../../service.js';
import { organizationsCollectors } from './collect.js';

export const organizations: AwsService = {
  id: 'organizations',
  collectors: organizationsCollectors,
  checks: [],
};
