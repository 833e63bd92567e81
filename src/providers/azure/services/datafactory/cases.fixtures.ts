import { res } from '../../service-kit/cases.fixtures.js';
import { type DataFactory, FACTORY } from './state.js';

export const factory = (name: string, properties: DataFactory['properties'] = {}): DataFactory => res(FACTORY, name, properties);
