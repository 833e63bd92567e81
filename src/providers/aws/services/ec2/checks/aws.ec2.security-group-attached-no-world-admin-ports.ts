import type { Check } from '../../../../../model/check.js';
import { missingData } from '../../../../../model/fetched.js';
import { accountResource, awsResource, errorFinding, fail, notApplicable, pass, readFetched, readRegional } from '../../../../check-kit.js';
import { ADMIN_PORTS, openPorts, worldExposure } from '../../../network/index.js';
import { EC2_NETWORK_INTERFACES, EC2_PREFIX_LIST_ENTRIES, EC2_SECURITY_GROUPS } from '../state.js';

export const ec2SecurityGroupAttachedNoWorldAdminPorts: Check = {
  meta: {
    id: 'aws.ec2.security-group-attached-no-world-admin-ports',
    title: 'Security groups in use do not let the internet reach administration ports',
    provider: 'aws',
    service: 'ec2',
    resourceType: 'AWS::EC2::SecurityGroup',
    severity: 'high',
    requires: [EC2_SECURITY_GROUPS, EC2_NETWORK_INTERFACES, EC2_PREFIX_LIST_ENTRIES],
    rationale:
      'One finding per security group. A group guards nothing until it is attached to a network interface (DescribeNetworkInterfaces), so unattached groups are not applicable. ' +
      'For attached groups the ingress rules are judged as sets, the way EC2 applies them: a packet is admitted when any rule admits it, so for each port the sources of every rule covering it (IPv4 and IPv6 CIDRs, and the entries of managed prefix lists) are unioned. ' +
      'Fails when that union covers all of 0.0.0.0/0 or ::/0, even as several smaller ranges, for SSH (22/tcp), RDP (3389/tcp and udp) or CIFS/SMB (445/tcp, which CIS v4 also restricts), through TCP, UDP or all-traffic rules and port ranges. Referenced security groups admit only their members and never count as the internet. ' +
      'A prefix list whose entries could not be read makes the result an error unless the group already fails without it.',
    remediation: {
      text: 'Remove or narrow the rules so no administration port is reachable from the internet; use Systems Manager Session Manager or a VPN instead.',
      console: 'EC2 → Security Groups → group → Inbound rules → Edit inbound rules',
      cli: 'aws ec2 revoke-security-group-ingress --group-id <sg-id> --ip-permissions <the offending rule>',
    },
    cis: ['5.2', '5.3'],
  },
  evaluate(ctx) {
    return readRegional(
      ctx,
      EC2_SECURITY_GROUPS,
      (r) => accountResource(ctx, 'AWS::::Account', r),
      (groups, region) => {
        const enis = readFetched(ctx, EC2_NETWORK_INTERFACES, region);
        const lists = readFetched(ctx, EC2_PREFIX_LIST_ENTRIES, region);
        return groups.map((g) => {
          const resource = awsResource(ctx, 'AWS::EC2::SecurityGroup', region, g.arn, `${g.name} (${g.id})`);
          if (!enis.ok) return errorFinding(resource, enis.error, 'which network interfaces use the group');
          const attached = enis.value.filter((n) => n.groupIds.includes(g.id));
          if (!attached.length)
            return notApplicable(resource, 'not-attached', `Security group ${g.id} is not attached to any network interface.`, {
              attachedInterfaces: 0,
            });
          const entries = new Map<string, string[]>();
          const unread: string[] = [];
          for (const id of [...new Set(g.ingress.flatMap((r) => r.prefixListIds))]) {
            const got = lists.ok ? lists.value[id] : undefined;
            if (got?.ok) entries.set(id, got.value);
            else unread.push(id);
          }
          const exposure = worldExposure(g.ingress, entries);
          const open = openPorts(exposure, ADMIN_PORTS);
          const observed = {
            attachedInterfaces: attached.map((n) => n.id),
            openAdminPorts: open,
            families: exposure.families,
            unreadPrefixLists: unread,
          };
          if (open.length)
            return fail(
              resource,
              'world-admin-ports',
              `Security group ${g.id} (attached to ${attached.length} interface(s)) lets the internet (${exposure.families.join(', ')}) reach ${open.join(', ')}.`,
              observed,
            );
          if (unread.length) {
            const err = !lists.ok
              ? lists.error
              : (lists.value[unread[0]!] as { ok: false; error: Parameters<typeof errorFinding>[1] } | undefined)?.error;
            return errorFinding(
              resource,
              err ??
                missingData('ec2:GetManagedPrefixListEntries', `prefix list ${unread[0]} was not read`, 'ec2:GetManagedPrefixListEntries'),
              'prefix list entries',
            );
          }
          return pass(
            resource,
            'no-world-admin-ports',
            `Security group ${g.id} does not let the internet reach an administration port.`,
            observed,
          );
        });
      },
    );
  },
};
