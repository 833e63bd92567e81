import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { aksCollectors } from './collect.js';
import { AZURE_AKS_CLUSTERS, CLUSTER } from './state.js';

describeArmCollectors('aks', aksCollectors, [
  {
    key: AZURE_AKS_CLUSTERS,
    type: CLUSTER,
    extra: { properties: { enableRBAC: true, servicePrincipalProfile: { clientId: 'x', secret: 's3cret' } } },
  },
]);
