import { azureSnapshot, type CheckCases } from '../../../../../../test/support/snapshot.js';
import { nsg, rule } from '../../../builders.fixtures.js';
import { listErrors } from '../../../cases.fixtures.js';
import { AZURE_NSGS, type SecurityRule } from '../state.js';
import { networkNsgNoAdminPortsOpen as check } from './azure.network.nsg-no-admin-ports-open.js';

const with_ = (...rules: SecurityRule[]) => azureSnapshot().global(AZURE_NSGS, [nsg('nsg-1', rules)]);
/** A Deny of everything from `denied` at 100, then an Allow of SSH from `allowed` at 200. */
const denyThenAllow = (denied: string[], allowed: string) =>
  with_(
    rule('deny', {
      access: 'Deny',
      protocol: '*',
      priority: 100,
      sourceAddressPrefix: undefined,
      sourceAddressPrefixes: denied,
      destinationPortRange: '*',
    }),
    rule('allow-ssh', { priority: 200, sourceAddressPrefix: allowed, destinationPortRange: '22' }),
  );

export const table: CheckCases = {
  check,
  cases: [
    {
      name: 'only the default rules pass (DenyAllInBound closes everything)',
      snapshot: with_(),
      expected: [['pass', 'no-admin-ports-open']],
    },
    {
      name: 'HTTPS from the internet passes',
      snapshot: with_(rule('web', { sourceAddressPrefix: 'Internet', destinationPortRange: '443' })),
      expected: [['pass', 'no-admin-ports-open']],
    },
    {
      name: 'SSH from a narrow prefix passes',
      snapshot: with_(rule('ssh', { sourceAddressPrefix: '203.0.113.0/24', destinationPortRange: '22' })),
      expected: [['pass', 'no-admin-ports-open']],
    },
    {
      name: 'SSH from * fails',
      snapshot: with_(rule('ssh', { sourceAddressPrefix: '*', destinationPortRange: '22' })),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'RDP from the Internet tag fails',
      snapshot: with_(rule('rdp', { sourceAddressPrefix: 'Internet', destinationPortRange: '3389' })),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'RDP over UDP fails',
      snapshot: with_(rule('rdp-udp', { protocol: 'Udp', sourceAddressPrefix: '0.0.0.0/0', destinationPortRange: '3389' })),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'SSH over UDP is not SSH',
      snapshot: with_(rule('udp22', { protocol: 'Udp', sourceAddressPrefix: '*', destinationPortRange: '22' })),
      expected: [['pass', 'no-admin-ports-open']],
    },
    {
      name: 'a port range containing 22 fails',
      snapshot: with_(rule('range', { sourceAddressPrefix: '*', destinationPortRange: '20-25' })),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'a port list containing 3389 fails, found through the prefixes list',
      snapshot: with_(
        rule('list', {
          sourceAddressPrefix: undefined,
          sourceAddressPrefixes: ['10.0.0.0/8', '0.0.0.0/0'],
          destinationPortRange: undefined,
          destinationPortRanges: ['80', '3389'],
        }),
      ),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'all ports from anywhere fails',
      snapshot: with_(rule('any', { protocol: '*', sourceAddressPrefix: 'Any', destinationPortRange: '*' })),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'IPv6 anywhere counts too',
      snapshot: with_(rule('v6', { sourceAddressPrefix: '::/0', destinationPortRange: '22' })),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'a higher-priority Deny from the internet closes the port',
      snapshot: with_(
        rule('deny-ssh', { access: 'Deny', priority: 100, sourceAddressPrefix: 'Internet', destinationPortRange: '22' }),
        rule('allow-ssh', { priority: 200, sourceAddressPrefix: '*', destinationPortRange: '22' }),
      ),
      expected: [['pass', 'no-admin-ports-open']],
    },
    {
      name: 'a lower-priority Deny does not',
      snapshot: with_(
        rule('allow-ssh', { priority: 100, sourceAddressPrefix: '*', destinationPortRange: '22' }),
        rule('deny-ssh', { access: 'Deny', priority: 200, sourceAddressPrefix: 'Internet', destinationPortRange: '22' }),
      ),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'a Deny from a narrow prefix does not close the port to the internet',
      snapshot: with_(
        rule('deny-some', { access: 'Deny', priority: 100, sourceAddressPrefix: '198.51.100.0/24', destinationPortRange: '22' }),
        rule('allow-ssh', { priority: 200, sourceAddressPrefix: '*', destinationPortRange: '22' }),
      ),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'a TCP-only Deny leaves RDP over UDP open',
      snapshot: with_(
        rule('deny-tcp', { access: 'Deny', priority: 100, sourceAddressPrefix: '*', destinationPortRange: '*' }),
        rule('allow-all', { protocol: '*', priority: 200, sourceAddressPrefix: 'Internet', destinationPortRange: '*' }),
      ),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'a Deny of every protocol and port closes everything after it',
      snapshot: with_(
        rule('deny-all', {
          access: 'Deny',
          protocol: '*',
          priority: 100,
          sourceAddressPrefix: 'Internet',
          destinationPortRange: '0-65535',
        }),
        rule('allow-all', { protocol: '*', priority: 200, sourceAddressPrefix: '*', destinationPortRange: '*' }),
      ),
      expected: [['pass', 'no-admin-ports-open']],
    },
    {
      name: 'a Deny from 0.0.0.0/0 leaves SSH from * open over IPv6',
      snapshot: denyThenAllow(['0.0.0.0/0'], '*'),
      expected: [['fail', 'admin-ports-open']],
    },
    {
      name: 'Denies from 0.0.0.0/0 and ::/0 together close the port',
      snapshot: denyThenAllow(['0.0.0.0/0', '::/0'], 'Internet'),
      expected: [['pass', 'no-admin-ports-open']],
    },
    {
      name: 'a Deny from the Internet tag closes an Allow from ::/0',
      snapshot: denyThenAllow(['Internet'], '::/0'),
      expected: [['pass', 'no-admin-ports-open']],
    },
    {
      name: 'outbound rules are ignored',
      snapshot: with_(rule('out', { direction: 'Outbound', sourceAddressPrefix: '*', destinationPortRange: '*' })),
      expected: [['pass', 'no-admin-ports-open']],
    },
    ...listErrors(AZURE_NSGS, 'Microsoft.Network/networkSecurityGroups:list', 'Microsoft.Network/networkSecurityGroups/read'),
  ],
};
