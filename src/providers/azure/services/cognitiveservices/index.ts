import type { AzureService } from '../../service.js';
import { cognitiveservicesAccountCmkEncrypted } from './checks/azure.cognitiveservices.account-cmk-encrypted.js';
import { cognitiveservicesAccountLocalAuthDisabled } from './checks/azure.cognitiveservices.account-local-auth-disabled.js';
import { cognitiveservicesAccountOutboundRestricted } from './checks/azure.cognitiveservices.account-outbound-restricted.js';
import { cognitiveservicesAccountPublicNetworkAccessDisabled } from './checks/azure.cognitiveservices.account-public-network-access-disabled.js';
import { cognitiveCollectors } from './collect.js';
import { cognitiveDemo } from './demo.js';

export const cognitiveservices: AzureService = {
  id: 'cognitiveservices',
  collectors: cognitiveCollectors,
  checks: [
    cognitiveservicesAccountCmkEncrypted,
    cognitiveservicesAccountLocalAuthDisabled,
    cognitiveservicesAccountOutboundRestricted,
    cognitiveservicesAccountPublicNetworkAccessDisabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: cognitiveDemo,
};
