import type { AzureService } from '../../service.js';
import { searchServiceCmkEnforced } from './checks/azure.search.service-cmk-enforced.js';
import { searchServiceLocalAuthDisabled } from './checks/azure.search.service-local-auth-disabled.js';
import { searchServicePublicNetworkAccessDisabled } from './checks/azure.search.service-public-network-access-disabled.js';
import { searchCollectors } from './collect.js';
import { searchDemo } from './demo.js';

export const search: AzureService = {
  id: 'search',
  collectors: searchCollectors,
  checks: [searchServiceCmkEnforced, searchServiceLocalAuthDisabled, searchServicePublicNetworkAccessDisabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: searchDemo,
};
