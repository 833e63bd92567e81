import { either, itemCheck, skip } from '../../../service-kit/check.js';
import { AZURE_REGISTRIES, REGISTRY } from '../state.js';

export const containerregistryContentTrustEnabled = itemCheck(
  {
    id: 'azure.containerregistry.content-trust-enabled',
    title: 'Premium container registries enforce content trust',
    service: 'containerregistry',
    resourceType: REGISTRY,
    severity: 'low',
    rationale:
      'One result per registry. Passes when the trust policy status is `enabled`, so signed images can be pushed and verified by clients. Fails when disabled. Not applicable below Premium, where content trust does not exist. (Docker Content Trust is being retired in favour of Notary v2 signing; a passing registry shows intent to sign, not that images are signed.)',
    remediation: {
      text: 'Enable content trust on the Premium registry and sign images in the pipeline.',
      cli: 'az acr config content-trust update --registry <registry> --status enabled',
    },
  },
  AZURE_REGISTRIES,
  (x) =>
    (x.sku?.name ?? '') !== 'Premium'
      ? skip('not-premium', `Registry ${x.name} is ${x.sku?.name ?? 'not'} Premium; content trust is unavailable.`)
      : either(
          (x.properties.policies?.trustPolicy?.status ?? 'disabled').toLowerCase() === 'enabled',
          ['content-trust', `Registry ${x.name} enforces content trust.`],
          ['no-content-trust', `Registry ${x.name} does not enforce content trust.`],
        ),
);
