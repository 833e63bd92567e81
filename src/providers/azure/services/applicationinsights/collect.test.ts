import { describeArmCollectors } from '../../service-kit/collect.fixtures.js';
import { appInsightsCollectors } from './collect.js';
import { AZURE_APP_INSIGHTS, COMPONENT } from './state.js';

describeArmCollectors('applicationinsights', appInsightsCollectors, [
  {
    key: AZURE_APP_INSIGHTS,
    type: COMPONENT,
    extra: { kind: 'web', properties: { InstrumentationKey: 's3cret', ConnectionString: 'InstrumentationKey=s3cret' } },
  },
]);
