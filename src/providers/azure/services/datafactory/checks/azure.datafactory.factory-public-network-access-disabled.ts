import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_DATA_FACTORIES, FACTORY } from '../state.js';

export const datafactoryFactoryPublicNetworkAccessDisabled = itemCheck(
  {
    id: 'azure.datafactory.factory-public-network-access-disabled',
    title: 'Data factories are reached only through private endpoints',
    service: 'datafactory',
    resourceType: FACTORY,
    severity: 'medium',
    rationale:
      'One result per factory. Passes when `publicNetworkAccess` is Disabled: the factory\'s service endpoint, which self-hosted integration runtimes and authoring clients talk to, then answers only over private endpoints. Fails when Enabled or absent, as the built-in policy "Public network access on Azure Data Factory should be disabled" judges it (anything but Disabled), since the endpoint is then reachable from the internet.',
    remediation: {
      text: 'Create private endpoints for the factory (dataFactory sub-resource) and disable public network access.',
      cli: 'az resource update --ids <factory-id> --set properties.publicNetworkAccess=Disabled',
    },
  },
  AZURE_DATA_FACTORIES,
  (x) =>
    either(
      x.properties.publicNetworkAccess === 'Disabled',
      ['public-disabled', `Factory ${x.name} has public network access disabled.`],
      ['public-enabled', `Factory ${x.name} is reachable from public networks.`],
      { publicNetworkAccess: x.properties.publicNetworkAccess ?? null },
    ),
);
