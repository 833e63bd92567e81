/** The subscription inherits an enforced tagging initiative but the MCSB initiative was removed. */
import { DEMO_SUBSCRIPTION } from '../../../../../demo/azure/ids.js';
import type { ReplayRoutes } from '../../replay.js';
import { demoList, page } from '../../service-kit/demo.js';
import { POLICY_ASSIGNMENT } from './state.js';

const mg = '/providers/Microsoft.Management/managementGroups/acme';

export const policyDemo: ReplayRoutes = {
  [demoList(POLICY_ASSIGNMENT)]: page([
    {
      id: `${mg}/providers/${POLICY_ASSIGNMENT}/require-tags`,
      name: 'require-tags',
      type: POLICY_ASSIGNMENT,
      properties: {
        displayName: 'Require owner tag',
        policyDefinitionId: `${mg}/providers/Microsoft.Authorization/policySetDefinitions/acme-tags`,
        enforcementMode: 'Default',
        scope: mg,
      },
    },
    {
      id: `/subscriptions/${DEMO_SUBSCRIPTION}/providers/${POLICY_ASSIGNMENT}/audit-locations`,
      name: 'audit-locations',
      type: POLICY_ASSIGNMENT,
      properties: {
        displayName: 'Allowed locations (audit)',
        policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/e56962a6-4747-49cd-b67b-bf8b01975c4c',
        enforcementMode: 'DoNotEnforce',
        scope: `/subscriptions/${DEMO_SUBSCRIPTION}`,
      },
    },
  ]),
};
