import { res } from '../../service-kit/cases.fixtures.js';
import { CLUSTER, type ManagedCluster } from './state.js';

export const cluster = (name: string, properties: ManagedCluster['properties'] = {}): ManagedCluster => res(CLUSTER, name, properties);
