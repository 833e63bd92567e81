/** A private, CMK-encrypted ingestion factory and a legacy factory left public on Microsoft-managed keys. */
import type { ReplayRoutes } from '../../replay.js';
import { demoArm, demoList, page } from '../../service-kit/demo.js';
import { FACTORY } from './state.js';

export const dataFactoryDemo: ReplayRoutes = {
  [demoList(FACTORY)]: page([
    demoArm(
      'rg-data',
      FACTORY,
      'acme-ingest-adf',
      { publicNetworkAccess: 'Disabled', encryption: { vaultBaseUrl: 'https://acme-kv-app.vault.azure.net', keyName: 'adf' } },
      { identity: { type: 'SystemAssigned' } },
    ),
    demoArm('rg-legacy', FACTORY, 'acme-legacy-adf', { publicNetworkAccess: 'Enabled' }, { identity: { type: 'SystemAssigned' } }),
  ]),
};
