/**
 * Data factories through the generic ARM client. The factory resource holds no linked-service
 * definitions; of its repo and global-parameter settings nothing is named here, so nothing is kept.
 */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AZURE_DATA_FACTORIES, type DataFactory, FACTORY } from './state.js';

const SHAPE: Shape<DataFactory> = {
  ...{ id: true, name: true, type: true, location: true, tags: true },
  properties: { publicNetworkAccess: true, encryption: { vaultBaseUrl: true, keyName: true } },
};

export const dataFactoryCollectors = [
  armList(AZURE_DATA_FACTORIES, FACTORY, '2018-06-01', SHAPE, withTags),
] as readonly AzureCollector<unknown>[];
