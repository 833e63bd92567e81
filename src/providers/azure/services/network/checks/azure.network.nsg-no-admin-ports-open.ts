import type { Check } from '../../../../../model/check.js';
import { fail, pass } from '../../../../check-kit.js';
import { eachItem } from '../../../check-kit.js';
import { openToInternet } from '../nsg-rules.js';
import { AZURE_NSGS } from '../state.js';

export const NSG_TYPE = 'Microsoft.Network/networkSecurityGroups';

export const networkNsgNoAdminPortsOpen: Check = {
  meta: {
    id: 'azure.network.nsg-no-admin-ports-open',
    title: 'Network security groups do not open SSH, RDP or all ports to the internet',
    provider: 'azure',
    service: 'network',
    resourceType: NSG_TYPE,
    severity: 'high',
    requires: [AZURE_NSGS],
    rationale:
      'Evaluates the inbound rules of every NSG, custom and default, in priority order as Azure does: the first rule that matches internet traffic decides. ' +
      'Fails when that rule Allows traffic from `*`, `Internet`, `Any` or a /0 prefix to port 22 (TCP), port 3389 (TCP or UDP) or every port, whether the port is given alone, in a range or in a list. ' +
      'A Deny from the internet with a higher priority closes the port for the protocols and address families it names (a TCP-only Deny leaves UDP open; a Deny from 0.0.0.0/0 leaves IPv6 open, one from `Internet` or `*` closes both). Sources given as narrower prefixes, other service tags or application security groups are not treated as the internet. ' +
      'Remote administration ports open to the world are scanned and brute-forced within minutes; every port open is a service an attacker can probe.',
    remediation: {
      text: 'Delete the rule or narrow its source to known administrative addresses; use Azure Bastion or just-in-time VM access instead of exposing SSH or RDP.',
      cli: 'az network nsg rule delete --resource-group <group> --nsg-name <nsg> --name <rule>',
    },
    cis: ['7.1', '7.2'],
  },
  evaluate(ctx) {
    return eachItem(ctx, AZURE_NSGS, NSG_TYPE, (nsg, resource) => {
      const open = openToInternet(nsg);
      if (!open.length)
        return pass(resource, 'no-admin-ports-open', `NSG ${nsg.name} does not open SSH, RDP or all ports to the internet.`, {
          openRules: [],
        });
      const what = open.map((o) => `${o.exposure} via ${o.rule}`).join(', ');
      return fail(resource, 'admin-ports-open', `NSG ${nsg.name} allows from the internet: ${what}.`, { openRules: open });
    });
  },
};
