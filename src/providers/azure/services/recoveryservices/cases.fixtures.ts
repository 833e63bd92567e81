import { res } from '../../service-kit/cases.fixtures.js';
import { type RecoveryVault, VAULT } from './state.js';

export const vault = (name: string, properties: RecoveryVault['properties'] = {}): RecoveryVault => res(VAULT, name, properties);
