import type { AzureService } from '../../service.js';
import { authorizationNoClassicAdministrators } from './checks/azure.authorization.no-classic-administrators.js';
import { authorizationNoCustomAdminRole } from './checks/azure.authorization.no-custom-admin-role.js';
import { authorizationNoRootUserAccessAdmin } from './checks/azure.authorization.no-root-user-access-admin.js';
import { authorizationOwnerCountInRange } from './checks/azure.authorization.owner-count-in-range.js';
import { authorizationCollectors } from './collect.js';
import { authorizationDemo } from './demo.js';

export const authorization: AzureService = {
  id: 'authorization',
  collectors: authorizationCollectors,
  checks: [
    authorizationNoClassicAdministrators,
    authorizationNoCustomAdminRole,
    authorizationNoRootUserAccessAdmin,
    authorizationOwnerCountInRange,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: authorizationDemo,
};
