import type { AwsService } from '../../service.js';
import { organizationsDelegatedAdministratorRegistered } from './checks/aws.organizations.delegated-administrator-registered.js';
import { organizationsScpDeniesLeaving } from './checks/aws.organizations.scp-denies-leaving.js';
import { organizationsScpRegionGuardrail } from './checks/aws.organizations.scp-region-guardrail.js';
import { organizationsCollectors } from './collect.js';
import { demoOrganizations } from './demo.js';

export const organizations: AwsService = {
  id: 'organizations',
  collectors: organizationsCollectors,
  // Sorted by id.
  checks: [organizationsDelegatedAdministratorRegistered, organizationsScpDeniesLeaving, organizationsScpRegionGuardrail],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoOrganizations,
};
