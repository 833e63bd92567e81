import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { mysqlCollectors } from './collect.js';
import { AZURE_MYSQL_PARAMETERS, AZURE_MYSQL_SERVERS, SERVER } from './state.js';

describeArmCollectors('mysql', mysqlCollectors, [
  {
    key: AZURE_MYSQL_SERVERS,
    type: SERVER,
    extra: {
      properties: { administratorLogin: 'admin', administratorLoginPassword: 's3cret', network: { publicNetworkAccess: 'Disabled' } },
    },
    children: [
      {
        key: AZURE_MYSQL_PARAMETERS,
        suffix: '/configurations',
        answer: { body: { value: [{ name: 'require_secure_transport', properties: { value: 'on' } }] } },
      },
    ],
  },
]);
