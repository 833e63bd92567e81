import { describe, expect, it } from 'vitest';
import {
  ADMIN_PORTS,
  addressesOf,
  type IngressRule,
  IntervalSet,
  type NaclEntry,
  naclIngress,
  openPorts,
  worldExposure,
  worldFamilies,
} from '../../../../src/providers/aws/network/index.js';

describe('IntervalSet', () => {
  it('merges, intersects, subtracts', () => {
    const a = IntervalSet.range(0, 10).union(IntervalSet.range(11, 20)).union(IntervalSet.range(30, 40));
    expect(a.intervals).toEqual([
      { start: 0n, end: 20n },
      { start: 30n, end: 40n },
    ]);
    expect(a.intersect(IntervalSet.range(15, 35)).intervals).toEqual([
      { start: 15n, end: 20n },
      { start: 30n, end: 35n },
    ]);
    expect(a.minus(IntervalSet.range(5, 32)).intervals).toEqual([
      { start: 0n, end: 4n },
      { start: 33n, end: 40n },
    ]);
    expect(a.covers(IntervalSet.range(2, 19))).toBe(true);
    expect(a.covers(IntervalSet.range(19, 31))).toBe(false);
  });
});

describe('address coverage', () => {
  it.each<[string[], string[]]>([
    [['0.0.0.0/0'], ['0.0.0.0/0']],
    [['0.0.0.0/1', '128.0.0.0/1'], ['0.0.0.0/0']],
    [['0.0.0.0/1', '128.0.0.0/2'], []],
    [['::/1', '8000::/1', '10.0.0.0/8'], ['::/0']],
    [
      ['0.0.0.0/0', '::/0'],
      ['0.0.0.0/0', '::/0'],
    ],
    [['10.0.0.0/8'], []],
  ])('%j covers %j', (cidrs, want) => expect(worldFamilies(addressesOf(cidrs).set)).toEqual(want));
  it('reports unreadable CIDRs apart', () => expect(addressesOf(['10.0.0.0/33', 'x']).unreadable).toEqual(['10.0.0.0/33', 'x']));
});

const rule = (r: Partial<IngressRule> & { protocol: string }): IngressRule => ({ ipv4Ranges: [], ipv6Ranges: [], prefixListIds: [], ...r });
const admin = (rules: IngressRule[], lists = new Map<string, string[]>()) => openPorts(worldExposure(rules, lists), ADMIN_PORTS);

describe('security group world exposure', () => {
  it.each<[string, IngressRule[], string[]]>([
    ['SSH from 0.0.0.0/0', [rule({ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['0.0.0.0/0'] })], ['22/tcp']],
    ['SSH from ::/0', [rule({ protocol: 'tcp', fromPort: 22, toPort: 22, ipv6Ranges: ['::/0'] })], ['22/tcp']],
    ['SSH from an office network', [rule({ protocol: 'tcp', fromPort: 22, toPort: 22, ipv4Ranges: ['203.0.113.0/24'] })], []],
    [
      'two halves of the internet in two rules',
      [
        rule({ protocol: 'tcp', fromPort: 0, toPort: 1000, ipv4Ranges: ['0.0.0.0/1'] }),
        rule({ protocol: '6', fromPort: 20, toPort: 30, ipv4Ranges: ['128.0.0.0/1'] }),
      ],
      ['22/tcp'],
    ],
    [
      'two halves that do not overlap in ports',
      [
        rule({ protocol: 'tcp', fromPort: 0, toPort: 21, ipv4Ranges: ['0.0.0.0/1'] }),
        rule({ protocol: 'tcp', fromPort: 22, toPort: 30, ipv4Ranges: ['128.0.0.0/1'] }),
      ],
      [],
    ],
    ['all traffic', [rule({ protocol: '-1', ipv4Ranges: ['0.0.0.0/0'] })], ['22/tcp', '3389/tcp', '3389/udp', '445/tcp']],
    ['a UDP range covering RDP', [rule({ protocol: 'udp', fromPort: 3000, toPort: 4000, ipv4Ranges: ['0.0.0.0/0'] })], ['3389/udp']],
    ['ICMP does not open ports', [rule({ protocol: 'icmp', fromPort: -1, toPort: -1, ipv4Ranges: ['0.0.0.0/0'] })], []],
    ['CIFS', [rule({ protocol: 'tcp', fromPort: 445, toPort: 445, ipv4Ranges: ['0.0.0.0/0'] })], ['445/tcp']],
  ])('%s', (_t, rules, want) => expect(admin(rules)).toEqual(want));

  it('expands managed prefix lists, and says which it could not', () => {
    const r = rule({ protocol: 'tcp', fromPort: 22, toPort: 22, prefixListIds: ['pl-1', 'pl-2'] });
    expect(admin([r], new Map([['pl-1', ['0.0.0.0/1', '128.0.0.0/1']]]))).toEqual(['22/tcp']);
    expect(worldExposure([r], new Map()).unresolvedPrefixLists).toEqual(['pl-1', 'pl-2']);
    expect(
      admin(
        [r],
        new Map([
          ['pl-1', ['10.0.0.0/8']],
          ['pl-2', []],
        ]),
      ),
    ).toEqual([]);
  });
  it('gives the open port ranges', () => {
    const e = worldExposure([rule({ protocol: 'tcp', fromPort: 8000, toPort: 8080, ipv4Ranges: ['0.0.0.0/0'] })], new Map());
    expect(e.open.tcp.intervals).toEqual([{ start: 8000n, end: 8080n }]);
    expect(e.open.udp.empty).toBe(true);
    expect(e.families).toEqual(['0.0.0.0/0']);
  });
});

const entry = (e: Partial<NaclEntry> & { ruleNumber: number; action: 'allow' | 'deny' }): NaclEntry => ({
  protocol: '-1',
  egress: false,
  cidr: '0.0.0.0/0',
  ...e,
});
const DEFAULT_DENY = entry({ ruleNumber: 32767, action: 'deny' });

describe('network ACL ingress', () => {
  it.each<[string, NaclEntry[], string[]]>([
    ['the default NACL allows everything', [entry({ ruleNumber: 100, action: 'allow' }), DEFAULT_DENY], ['0.0.0.0/0']],
    [
      'a deny of 22 before the allow',
      [
        entry({ ruleNumber: 90, action: 'deny', protocol: '6', fromPort: 22, toPort: 22 }),
        entry({ ruleNumber: 100, action: 'allow' }),
        DEFAULT_DENY,
      ],
      [],
    ],
    [
      'a deny of 22 after the allow does not help',
      [
        entry({ ruleNumber: 100, action: 'allow' }),
        entry({ ruleNumber: 110, action: 'deny', protocol: 'tcp', fromPort: 22, toPort: 22 }),
        DEFAULT_DENY,
      ],
      ['0.0.0.0/0'],
    ],
    [
      'an allow from an office only',
      [entry({ ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 22, toPort: 22, cidr: '203.0.113.0/24' }), DEFAULT_DENY],
      [],
    ],
    [
      'a denylist of one network before a world allow is still the world',
      [
        entry({ ruleNumber: 50, action: 'deny', cidr: '198.51.100.0/24' }),
        entry({ ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 0, toPort: 1024 }),
        DEFAULT_DENY,
      ],
      ['0.0.0.0/0'],
    ],
    ['an egress allow is not ingress', [entry({ ruleNumber: 100, action: 'allow', egress: true }), DEFAULT_DENY], []],
    ['IPv6 allow', [entry({ ruleNumber: 101, action: 'allow', cidr: undefined, ipv6Cidr: '::/0' }), DEFAULT_DENY], ['::/0']],
    [
      'two allows adding up to the world',
      [
        entry({ ruleNumber: 100, action: 'allow', cidr: '0.0.0.0/1' }),
        entry({ ruleNumber: 101, action: 'allow', cidr: '128.0.0.0/1' }),
        DEFAULT_DENY,
      ],
      ['0.0.0.0/0'],
    ],
    ['another port only', [entry({ ruleNumber: 100, action: 'allow', protocol: 'tcp', fromPort: 443, toPort: 443 }), DEFAULT_DENY], []],
  ])('%s', (_t, entries, want) => expect(naclIngress(entries, 'tcp', 22).world).toEqual(want));
});
