import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { eventhubCollectors } from './collect.js';
import { AZURE_EVENTHUB_NAMESPACES, EVENTHUB_NAMESPACE } from './state.js';

describeArmCollectors('eventhub', eventhubCollectors, [
  {
    key: AZURE_EVENTHUB_NAMESPACES,
    type: EVENTHUB_NAMESPACE,
    extra: {
      sku: { name: 'Premium', tier: 'Premium' },
      properties: { disableLocalAuth: true, minimumTlsVersion: '1.2', serviceBusEndpoint: 'https://s3cret.servicebus.windows.net' },
    },
  },
]);
