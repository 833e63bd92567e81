import type { Check } from '../../../../../model/check.js';
import { accountResource, awsResource, fail, notApplicable, pass, readRegional } from '../../../../check-kit.js';
import { ADMIN_PORTS, naclIngress } from '../../../network/index.js';
import { EC2_NETWORK_ACLS } from '../state.js';

export const ec2NaclNoAdminPortsOpen: Check = {
  meta: {
    id: 'aws.ec2.nacl-no-admin-ports-open',
    title: 'Network ACLs do not admit administration ports from the internet',
    provider: 'aws',
    service: 'ec2',
    resourceType: 'AWS::EC2::NetworkAcl',
    severity: 'medium',
    requires: [EC2_NETWORK_ACLS],
    rationale:
      'One finding per network ACL associated with a subnet (an ACL with no subnet filters nothing and is not applicable). Inbound entries are evaluated as EC2 does: in ascending rule number, the first entry matching protocol, port and source decides, allow or deny, and the final * entry denies the rest. ' +
      'Fails when, for SSH (22), RDP (3389) or CIFS/SMB (445) over TCP, UDP or all-traffic entries, every source address not singled out by an earlier specific deny is admitted from 0.0.0.0/0 or ::/0 (an allow for the whole family, or allows adding up to it, reached before a deny of the whole family). ' +
      'Admitting named networks only passes. Network ACLs are stateless and the first line of defence for a subnet; the default ACL allows everything.',
    remediation: {
      text: 'Add inbound deny entries for ports 22, 3389 and 445 from 0.0.0.0/0 and ::/0 with rule numbers below the allow entries, then allow administration only from known networks.',
      console: 'VPC → Network ACLs → ACL → Inbound rules → Edit inbound rules',
      cli: 'aws ec2 create-network-acl-entry --network-acl-id <acl-id> --ingress --rule-number 50 --protocol 6 --port-range From=22,To=22 --cidr-block 0.0.0.0/0 --rule-action deny',
    },
    cis: ['5.1'],
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      EC2_NETWORK_ACLS,
      (r) => accountResource(ctx, 'AWS::::Account', r),
      (acls, region) =>
        acls.map((a) => {
          const resource = awsResource(ctx, 'AWS::EC2::NetworkAcl', region, a.arn, a.id);
          if (!a.subnetIds.length) return notApplicable(resource, 'no-subnets', `Network ACL ${a.id} is not associated with any subnet.`);
          const open = ADMIN_PORTS.flatMap((p) => {
            const v = naclIngress(a.entries, p.transport, p.port);
            return v.world.length ? [{ port: `${p.port}/${p.transport}`, from: v.world, rules: v.allowRules }] : [];
          });
          const observed = { subnets: a.subnetIds, openAdminPorts: open };
          return open.length
            ? fail(
                resource,
                'admin-ports-open',
                `Network ACL ${a.id} admits ${open.map((o) => `${o.port} from ${o.from.join(' and ')} (rule ${o.rules.join(', ')})`).join('; ')}.`,
                observed,
              )
            : pass(resource, 'admin-ports-closed', `Network ACL ${a.id} admits no administration port from the internet.`, observed);
        }),
    );
  },
};
