/** Application Insights components through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AZURE_APP_INSIGHTS, COMPONENT, type InsightsComponent } from './state.js';

// The connection string and instrumentation key are not named, so never kept.
const SHAPE: Shape<InsightsComponent> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  kind: true,
  properties: { WorkspaceResourceId: true, IngestionMode: true, DisableLocalAuth: true },
};

export const appInsightsCollectors = [
  armList(AZURE_APP_INSIGHTS, COMPONENT, '2020-02-02', SHAPE, withTags),
] as readonly AzureCollector<unknown>[];
