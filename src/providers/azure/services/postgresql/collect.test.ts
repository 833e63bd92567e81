import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { postgresqlCollectors } from './collect.js';
import { AZURE_PG_PARAMETERS, AZURE_PG_SERVERS, SERVER } from './state.js';

describeArmCollectors('postgresql', postgresqlCollectors, [
  {
    key: AZURE_PG_SERVERS,
    type: SERVER,
    extra: {
      properties: { administratorLogin: 'admin', administratorLoginPassword: 's3cret', network: { publicNetworkAccess: 'Disabled' } },
    },
    children: [
      {
        key: AZURE_PG_PARAMETERS,
        suffix: '/configurations',
        answer: { body: { value: [{ name: 'require_secure_transport', properties: { value: 'on' } }] } },
      },
    ],
  },
]);
