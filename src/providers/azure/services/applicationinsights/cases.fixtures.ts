import { res } from '../../service-kit/cases.fixtures.js';
import { COMPONENT, type InsightsComponent } from './state.js';

export const component = (name: string, properties: InsightsComponent['properties'] = {}): InsightsComponent => ({
  ...res(COMPONENT, name, properties),
  kind: 'web',
});
