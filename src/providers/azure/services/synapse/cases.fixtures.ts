import { res } from '../../service-kit/cases.fixtures.js';
import { type SynapseWorkspace, WORKSPACE } from './state.js';

export const workspace = (name: string, properties: SynapseWorkspace['properties'] = {}): SynapseWorkspace =>
  res(WORKSPACE, name, properties);
