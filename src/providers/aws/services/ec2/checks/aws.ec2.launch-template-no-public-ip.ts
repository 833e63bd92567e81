import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachRegional } from '../../resource-kit.js';
import { EC2_LAUNCH_TEMPLATES } from '../launch-template-state.js';

const TYPE = 'AWS::EC2::LaunchTemplate';

export const ec2LaunchTemplateNoPublicIp: Check = {
  meta: {
    id: 'aws.ec2.launch-template-no-public-ip',
    title: 'EC2 launch templates do not assign public IP addresses to network interfaces',
    provider: 'aws',
    service: 'ec2',
    resourceType: TYPE,
    severity: 'high',
    requires: [EC2_LAUNCH_TEMPLATES],
    rationale:
      'A public address puts each launched instance directly on the internet, limited only by its security groups. Security Hub ' +
      '(EC2.25, Config rule ec2-launch-template-public-ip-disabled) fails a launch template whose default version has at least one ' +
      'network interface with AssociatePublicIpAddress true; so does this check. Passes otherwise; where the version leaves it unset, ' +
      "the subnet's auto-assign setting decides, which this check does not judge.",
    remediation: {
      text: 'Create a new template version whose network interfaces do not associate a public IP address, and make it the default.',
      console:
        'EC2 → Launch templates → template → Actions → Modify template (create new version) → Network settings → Auto-assign public IP: Disable',
    },
  },
  evaluate(ctx) {
    return eachRegional(ctx, EC2_LAUNCH_TEMPLATES, TYPE, (t, resource) => {
      const observed = { defaultVersion: t.defaultVersion, publicIpInterfaces: t.publicIpInterfaces.join(',') };
      const which = `Launch template ${t.name} (default version ${t.defaultVersion})`;
      return t.publicIpInterfaces.length > 0
        ? fail(resource, 'public-ip', `${which} associates a public IP address with device ${t.publicIpInterfaces.join(', ')}.`, observed)
        : pass(resource, 'no-public-ip', `${which} associates no public IP address.`, observed);
    });
  },
};
