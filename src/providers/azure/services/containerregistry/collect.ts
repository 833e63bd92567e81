/** Container registries through the generic ARM client. */
import type { AzureCollector } from '../../context.js';
import { armList } from '../../service-kit/collect.js';
import { type Shape, withTags } from '../../wire.js';
import { AZURE_REGISTRIES, type ContainerRegistry, REGISTRY } from './state.js';

const SHAPE: Shape<ContainerRegistry> = {
  id: true,
  name: true,
  type: true,
  location: true,
  tags: true,
  sku: { name: true },
  properties: {
    adminUserEnabled: true,
    publicNetworkAccess: true,
    networkRuleSet: { defaultAction: true, ipRules: { value: true } },
    policies: { trustPolicy: { status: true }, quarantinePolicy: { status: true } },
    anonymousPullEnabled: true,
  },
};

export const registryCollectors = [
  armList(AZURE_REGISTRIES, REGISTRY, '2023-07-01', SHAPE, withTags),
] as readonly AzureCollector<unknown>[];
