import type { Check } from '../../../../../model/check.js';
import { all, fail, globMatch, pass, readFetched } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { ECR_REGISTRY_SCANNING, ECR_REPOSITORIES, type EcrRegistryScanning } from '../state.js';

const TYPE = 'AWS::ECR::Repository';

/** The registry rule that scans this repository automatically, if any. */
function coveringRule(scanning: EcrRegistryScanning, name: string): string | undefined {
  const automatic = scanning.scanType === 'ENHANCED' ? ['SCAN_ON_PUSH', 'CONTINUOUS_SCAN'] : ['SCAN_ON_PUSH'];
  return scanning.rules.find((r) => automatic.includes(r.frequency) && r.filters.some((f) => globMatch(f, name)))?.frequency;
}

export const ecrRepositoryScanOnPush: Check = {
  meta: {
    id: 'aws.ecr.repository-scan-on-push',
    title: 'ECR repositories scan images for vulnerabilities automatically',
    provider: 'aws',
    service: 'ecr',
    resourceType: TYPE,
    severity: 'medium',
    requires: [ECR_REPOSITORIES, ECR_REGISTRY_SCANNING],
    rationale:
      'Passes when pushed images are scanned without anyone asking: a registry scanning rule whose wildcard filter matches the ' +
      "repository (BASIC: scan on push; ENHANCED, i.e. Amazon Inspector: scan on push or continuous), or the repository's own " +
      'scanOnPush flag. Fails when neither applies, so vulnerable images reach deployment unnoticed. If the repository flag is off ' +
      'and the registry configuration could not be read, the result is an error.',
    remediation: {
      text: 'Add a registry scanning rule (preferably enhanced, continuous scanning through Amazon Inspector) with a filter covering the repository.',
      console: 'ECR → Private registry → Scanning → Edit',
      cli: 'aws ecr put-registry-scanning-configuration --scan-type ENHANCED --rules \'[{"scanFrequency":"CONTINUOUS_SCAN","repositoryFilters":[{"filter":"*","filterType":"WILDCARD"}]}]\'',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, ECR_REPOSITORIES, TYPE, (r, resource, region) => {
      if (r.scanOnPush)
        return pass(resource, 'repository-scan-on-push', `Repository ${r.name} scans images on push.`, { scanOnPush: true });
      const got = all(resource, [readFetched(ctx, ECR_REGISTRY_SCANNING, region)]);
      if (!got.ok) return got.finding;
      const [scanning] = got.values;
      const rule = coveringRule(scanning, r.name);
      return rule
        ? pass(resource, 'registry-rule', `Repository ${r.name} is scanned by a ${scanning.scanType} ${rule} registry rule.`, {
            scanType: scanning.scanType,
            frequency: rule,
          })
        : fail(resource, 'not-scanned', `Repository ${r.name} is not scanned automatically.`, {
            scanType: scanning.scanType,
            scanOnPush: false,
          });
    });
  },
};
