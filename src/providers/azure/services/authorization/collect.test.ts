import { describe, expect, it } from 'vitest';
import { SUB, scanWith } from '../../../../../test/providers/azure/harness.js';
import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { authorizationCollectors } from './collect.js';
import {
  AZURE_CLASSIC_ADMINS,
  AZURE_CUSTOM_ROLES,
  AZURE_ROLE_ASSIGNMENTS,
  CLASSIC_ADMIN,
  ROLE_ASSIGNMENT,
  ROLE_DEFINITION,
} from './state.js';

describeArmCollectors('authorization', authorizationCollectors, [
  {
    key: AZURE_ROLE_ASSIGNMENTS,
    type: ROLE_ASSIGNMENT,
    extra: { properties: { scope: '/', roleDefinitionId: 'x', principalId: 'p', condition: 's3cret' } },
  },
  { key: AZURE_CUSTOM_ROLES, type: ROLE_DEFINITION, extra: { properties: { roleName: 'r', permissions: [{ actions: ['*'] }] } } },
  {
    key: AZURE_CLASSIC_ADMINS,
    type: CLASSIC_ADMIN,
    extra: { properties: { role: 'CoAdministrator', emailAddress: 's3cret@example.com' } },
  },
]);

describe('authorization: server-side filters', () => {
  it('asks for assignments at or above the subscription and for custom roles only', async () => {
    const seen: Record<string, string> = {};
    const capture = (name: string) => (req: { query: URLSearchParams }) => {
      seen[name] = req.query.get('$filter') ?? '';
      return { body: { value: [] } };
    };
    await scanWith(
      {
        [`GET /subscriptions/${SUB}/providers/${ROLE_ASSIGNMENT}`]: capture('assignments'),
        [`GET /subscriptions/${SUB}/providers/${ROLE_DEFINITION}`]: capture('roles'),
      },
      [AZURE_ROLE_ASSIGNMENTS, AZURE_CUSTOM_ROLES],
      { collectors: authorizationCollectors as never },
    );
    expect(seen).toEqual({ assignments: 'atScope()', roles: "type eq 'CustomRole'" });
  });
});
