/** One owner only (fails the 2-3 rule), a custom role granting `*` (fails), no root elevation and no co-administrators (pass). */
import { DEMO_SUBSCRIPTION } from '../../../../../demo/azure/ids.js';
import type { ReplayRoutes } from '../../replay.js';
import { demoList, page } from '../../service-kit/demo.js';
import { CLASSIC_ADMIN, OWNER_ROLE, READER_ROLE_FOR_DEMO, ROLE_ASSIGNMENT, ROLE_DEFINITION } from './state.js';

const sub = `/subscriptions/${DEMO_SUBSCRIPTION}`;
const assignment = (n: number, role: string, principalType: string) => ({
  id: `${sub}/providers/${ROLE_ASSIGNMENT}/0000000${n}-demo`,
  name: `0000000${n}-demo`,
  type: ROLE_ASSIGNMENT,
  properties: {
    roleDefinitionId: `${sub}/providers/${ROLE_DEFINITION}/${role}`,
    principalId: `7d3c0e1a-0000-4000-8000-00000000000${n}`,
    principalType,
    scope: sub,
  },
});

export const authorizationDemo: ReplayRoutes = {
  [demoList(ROLE_ASSIGNMENT)]: page([assignment(1, OWNER_ROLE, 'User'), assignment(2, READER_ROLE_FOR_DEMO, 'Group')]),
  [demoList(ROLE_DEFINITION)]: page([
    {
      id: `${sub}/providers/${ROLE_DEFINITION}/9b1c0000-demo`,
      name: '9b1c0000-demo',
      type: ROLE_DEFINITION,
      properties: { roleName: 'Legacy Ops Admin', type: 'CustomRole', permissions: [{ actions: ['*'] }], assignableScopes: [sub] },
    },
  ]),
  [demoList(CLASSIC_ADMIN)]: page([
    {
      id: `${sub}/providers/${CLASSIC_ADMIN}/service-admin`,
      name: 'service-admin',
      type: CLASSIC_ADMIN,
      properties: { role: 'ServiceAdministrator;AccountAdministrator' },
    },
  ]),
};
