import { either, itemCheck } from '../../../service-kit/check.js';
import { AZURE_REGISTRIES, REGISTRY } from '../state.js';

export const containerregistryAnonymousPullDisabled = itemCheck(
  {
    id: 'azure.containerregistry.anonymous-pull-disabled',
    title: 'Container registries do not allow anonymous pull',
    service: 'containerregistry',
    resourceType: REGISTRY,
    severity: 'high',
    rationale:
      'One result per registry. Passes when `anonymousPullEnabled` is false or absent (the default); fails when true, which lets anyone on the internet download every image, including any secrets or proprietary code baked into them.',
    remediation: { text: 'Disable anonymous pull access.', cli: 'az acr update --name <registry> --anonymous-pull-enabled false' },
  },
  AZURE_REGISTRIES,
  (x) =>
    either(
      x.properties.anonymousPullEnabled !== true,
      ['no-anonymous-pull', `Registry ${x.name} requires authentication to pull.`],
      ['anonymous-pull', `Registry ${x.name} lets anyone pull images.`],
    ),
);
