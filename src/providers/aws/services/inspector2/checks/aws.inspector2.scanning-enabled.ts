import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, paramsOf, pass, readRegional } from '../../../../check-kit.js';
import { INSPECTOR_PARAMS } from '../params.js';
import { INSPECTOR_STATUS } from '../state.js';

const TYPE = 'AWS::Inspector2::Account';

export const inspector2ScanningEnabled: Check = {
  meta: {
    id: 'aws.inspector2.scanning-enabled',
    title: 'Amazon Inspector scans EC2, ECR and Lambda in every region',
    provider: 'aws',
    service: 'inspector2',
    resourceType: TYPE,
    severity: 'high',
    requires: [INSPECTOR_STATUS],
    rationale:
      'Amazon Inspector continuously scans EC2 instances, ECR images and Lambda functions for known software vulnerabilities and ' +
      'unintended network exposure, per region. One finding per scanned region: passes when every scan type in ' +
      'aws.inspector2.requiredScans (by default ec2, ecr and lambda) has status ENABLED; fails naming the types that are disabled, ' +
      'suspended or still enabling.',
    remediation: {
      text: 'Activate Inspector in every region (through a delegated administrator for the organisation) for EC2, ECR and Lambda scanning.',
      console: 'Inspector → Get started → Activate Inspector (per region), or Account management → Activate scanning types',
      cli: 'aws inspector2 enable --resource-types EC2 ECR LAMBDA --region <region>',
    },
  },
  evaluate(ctx) {
    const required = paramsOf(ctx, 'aws.inspector2', INSPECTOR_PARAMS).requiredScans;
    return readRegional(
      ctx,
      INSPECTOR_STATUS,
      (region) => accountResource(ctx, TYPE, region),
      (status, region) => {
        const resource = accountResource(ctx, TYPE, region);
        const off = required.filter((t) => status.scans[t] !== 'ENABLED');
        return [
          off.length === 0
            ? pass(resource, 'enabled', `Inspector scans ${required.join(', ')} in ${region}.`, { scans: status.scans })
            : fail(
                resource,
                'not-scanning',
                `Inspector does not scan ${off.map((t) => `${t} (${status.scans[t] ?? 'DISABLED'})`).join(', ')} in ${region}.`,
                {
                  scans: status.scans,
                  missing: off,
                },
              ),
        ];
      },
    );
  },
};
