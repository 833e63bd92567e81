import type { Check } from '../../../../../model/check.js';
import { adminPortsOpened, type Transport } from '../../../../admin-ports.js';
import { accountResource, awsResource, fail, pass, readRegional } from '../../../../check-kit.js';
import { EC2_SECURITY_GROUPS, type SecurityGroupRule } from '../state.js';

const ANYWHERE = new Set(['0.0.0.0/0', '::/0']);

interface OpenRule {
  protocol: string;
  fromPort: number | null;
  toPort: number | null;
  source: string;
  ports: number[];
}

/** EC2 names TCP and UDP, or gives their protocol numbers; -1 is all traffic. */
const TRANSPORTS: Record<string, Transport | 'all'> = { '-1': 'all', tcp: 'tcp', '6': 'tcp', udp: 'udp', '17': 'udp' };

/** Admin ports a rule lets in: all of them for "all traffic", those inside a TCP or UDP port range they are served over. */
function adminPorts(r: SecurityGroupRule): number[] {
  const protocol = TRANSPORTS[r.protocol];
  if (!protocol) return [];
  // EC2 always returns ports for TCP and UDP; a rule without them would cover every port.
  return adminPortsOpened(protocol, r.fromPort ?? 0, r.toPort ?? 65535).map((a) => a.port);
}

export function openAdminRules(ingress: readonly SecurityGroupRule[]): OpenRule[] {
  const out: OpenRule[] = [];
  for (const r of ingress) {
    const ports = adminPorts(r);
    if (!ports.length) continue;
    for (const source of [...r.ipv4Ranges, ...r.ipv6Ranges].filter((c) => ANYWHERE.has(c))) {
      out.push({ protocol: r.protocol, fromPort: r.fromPort ?? null, toPort: r.toPort ?? null, source, ports });
    }
  }
  return out;
}

export const ec2SecurityGroupNoAdminPortsOpen: Check = {
  meta: {
    id: 'aws.ec2.security-group-no-admin-ports-open',
    title: 'Security groups do not open SSH or RDP to the internet',
    provider: 'aws',
    service: 'ec2',
    resourceType: 'AWS::EC2::SecurityGroup',
    severity: 'high',
    requires: [EC2_SECURITY_GROUPS],
    rationale:
      'Evaluates every security group in every scanned region. Fails when an ingress rule whose source is 0.0.0.0/0 or ::/0 allows all traffic (protocol -1) or a TCP port range that includes 22 (SSH) or 3389 (RDP), or a UDP port range that includes 3389 (RDP over UDP); passes otherwise. ' +
      'Sources given as managed prefix lists or other security groups are not expanded and do not fail the check. ' +
      'Remote administration ports reachable from anywhere are scanned and brute-forced continuously; exposing them turns any weak credential or unpatched daemon into a way in.',
    remediation: {
      text: 'Remove the rule, or narrow its source to known administrative networks; prefer Systems Manager Session Manager or a VPN over directly exposed SSH/RDP.',
      console: 'EC2 → Security Groups → group → Inbound rules → Edit inbound rules',
      cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions <the offending rule>',
    },
    cis: ['6.3', '6.4'],
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      EC2_SECURITY_GROUPS,
      (r) => accountResource(ctx, 'AWS::::Account', r),
      (groups, region) =>
        groups.map((g) => {
          const resource = awsResource(ctx, 'AWS::EC2::SecurityGroup', region, g.arn, `${g.name} (${g.id})`);
          const open = openAdminRules(g.ingress);
          if (!open.length) {
            return pass(resource, 'no-admin-ports-open', `Security group ${g.id} does not open SSH or RDP to the internet.`, {
              openAdminRules: [],
            });
          }
          const what = [...new Set(open.map((o) => `${o.ports.join('/')} from ${o.source}`))].join(', ');
          return fail(resource, 'admin-ports-open', `Security group ${g.id} allows ${what}.`, { openAdminRules: open });
        }),
    );
  },
};
