import type { AzureService } from '../../service.js';
import { datafactoryFactoryCmkEncrypted } from './checks/azure.datafactory.factory-cmk-encrypted.js';
import { datafactoryFactoryPublicNetworkAccessDisabled } from './checks/azure.datafactory.factory-public-network-access-disabled.js';
import { dataFactoryCollectors } from './collect.js';
import { dataFactoryDemo } from './demo.js';

export const datafactory: AzureService = {
  id: 'datafactory',
  collectors: dataFactoryCollectors,
  checks: [datafactoryFactoryCmkEncrypted, datafactoryFactoryPublicNetworkAccessDisabled],
  links: new URL('./links.yaml', import.meta.url),
  demo: dataFactoryDemo,
};
