import { res } from '../../service-kit/cases.fixtures.js';
import type { FlexibleServer, ServerParameter } from '../../service-kit/flexible.js';
import { SERVER } from './state.js';

export const server = (name: string, properties: FlexibleServer['properties'] = {}): FlexibleServer => res(SERVER, name, properties);
export const param = (name: string, value: string): ServerParameter => ({ name, properties: { value } });
