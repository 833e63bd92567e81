import type { Check } from '../../../../../model/check.js';
import { accountResource, fail, pass, readRegional } from '../../../../check-kit.js';
import { EMR_BLOCK_PUBLIC_ACCESS } from '../state.js';

const TYPE = 'AWS::::Account';
const SSH = 22;

export const emrBlockPublicAccessEnabled: Check = {
  meta: {
    id: 'aws.emr.block-public-access-enabled',
    title: 'EMR block public access is on, with no exception but SSH',
    provider: 'aws',
    service: 'emr',
    resourceType: TYPE,
    severity: 'critical',
    requires: [EMR_BLOCK_PUBLIC_ACCESS],
    rationale:
      'EMR block public access is a per-region account setting: when BlockPublicSecurityGroupRules is true, EMR refuses to start a ' +
      'cluster whose security groups allow inbound traffic from 0.0.0.0/0 or ::/0, except on the ports listed in ' +
      'PermittedPublicSecurityGroupRuleRanges (port 22 by default). Security Hub (EMR.2) fails a region where the setting is off, ' +
      'or on with any exempted port other than 22; so does this check, one finding per region.',
    remediation: {
      text: 'Turn on EMR block public access in each region and remove every exception except port 22.',
      cli: 'aws emr put-block-public-access-configuration --block-public-access-configuration BlockPublicSecurityGroupRules=true,PermittedPublicSecurityGroupRuleRanges=[{MinRange=22,MaxRange=22}]',
    },
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      EMR_BLOCK_PUBLIC_ACCESS,
      (region) => accountResource(ctx, TYPE, region),
      (bpa, region) => {
        const r = accountResource(ctx, TYPE, region);
        const extra = bpa.permittedRanges.filter(([min, max]) => !(min === SSH && max === SSH));
        const observed = {
          blockPublicSecurityGroupRules: bpa.blockPublicSecurityGroupRules,
          permittedRanges: bpa.permittedRanges.map(([min, max]) => (min === max ? `${min}` : `${min}-${max}`)),
        };
        if (!bpa.blockPublicSecurityGroupRules) return [fail(r, 'off', `EMR block public access is off in ${region}.`, observed)];
        if (extra.length > 0)
          return [
            fail(
              r,
              'extra-ports',
              `EMR block public access in ${region} exempts ports other than 22: ${observed.permittedRanges.join(', ')}.`,
              observed,
            ),
          ];
        return [pass(r, 'on', `EMR block public access is on in ${region}, with no exception but SSH.`, observed)];
      },
    );
  },
};
