/** Builders for the activity log alert case tables. */
import { SUB } from '../../service-kit/cases.fixtures.js';
import type { ActivityLogAlert, AlertLeaf } from './state.js';

export const cat = (category: string): AlertLeaf => ({ field: 'category', equals: category });
export const opn = (operation: string): AlertLeaf => ({ field: 'operationName', equals: operation });

export function alert(
  name: string,
  allOf: AlertLeaf[],
  o: { enabled?: boolean; actionGroups?: string[]; scope?: string } = {},
): ActivityLogAlert {
  return {
    id: `${SUB}/resourceGroups/rg-mon/providers/Microsoft.Insights/activityLogAlerts/${name}`,
    name,
    type: 'Microsoft.Insights/activityLogAlerts',
    location: 'global',
    properties: {
      ...(o.enabled === undefined ? {} : { enabled: o.enabled }),
      scopes: [o.scope ?? SUB],
      condition: { allOf },
      actions: {
        actionGroups: (o.actionGroups ?? ['ag-oncall']).map((g) => ({
          actionGroupId: `${SUB}/resourceGroups/rg-mon/providers/microsoft.insights/actionGroups/${g}`,
        })),
      },
    },
  };
}
