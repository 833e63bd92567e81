import { res } from '../../service-kit/cases.fixtures.js';
import { type ContainerRegistry, REGISTRY } from './state.js';

export const registry = (name: string, properties: ContainerRegistry['properties'] = {}, sku = 'Premium'): ContainerRegistry => ({
  ...res(REGISTRY, name, properties),
  sku: { name: sku },
});
