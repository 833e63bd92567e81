/**
 * Reading NSG rules the way Azure applies them: inbound rules in priority order, first match
 * wins, so an early Deny from the internet closes a port that a later Allow would open.
 */
import { ADMIN_PORTS } from '../../../admin-ports.js';
import type { NetworkSecurityGroup, SecurityRule } from './state.js';

/** What a rule must let in to count as exposure. `ports: 'all'` is every port of a protocol. */
export interface Exposure {
  label: string;
  ports: number | 'all';
  protocols: readonly string[];
}

export const EXPOSURES: readonly Exposure[] = [
  ...ADMIN_PORTS.map((a) => ({ label: a.label, ports: a.port, protocols: a.protocols })),
  { label: 'all ports', ports: 'all', protocols: ['tcp', 'udp'] },
];

type Family = 'ipv4' | 'ipv6';
const FAMILIES: readonly Family[] = ['ipv4', 'ipv6'];

/**
 * The internet address families a source stands for: the wildcard and the Internet (or Any)
 * tag cover both, `0.0.0.0/0` only IPv4 and `::/0` only IPv6; anything narrower neither.
 */
export function openFamilies(prefix: string): Family[] {
  const p = prefix.trim().toLowerCase();
  if (p === '*' || p === 'internet' || p === 'any') return [...FAMILIES];
  if (p.endsWith('/0')) return [p.includes(':') ? 'ipv6' : 'ipv4'];
  return [];
}

/** Sources that mean "anyone" (for at least one address family). */
export function isOpenSource(prefix: string): boolean {
  return openFamilies(prefix).length > 0;
}

function sources(r: SecurityRule): string[] {
  const { sourceAddressPrefix, sourceAddressPrefixes } = r.properties;
  return [...(sourceAddressPrefix ? [sourceAddressPrefix] : []), ...(sourceAddressPrefixes ?? [])];
}

function openSources(r: SecurityRule, family: Family): string[] {
  return sources(r).filter((s) => openFamilies(s).includes(family));
}

function portRanges(r: SecurityRule): [number, number][] {
  const { destinationPortRange, destinationPortRanges } = r.properties;
  const specs = [...(destinationPortRange ? [destinationPortRange] : []), ...(destinationPortRanges ?? [])];
  return specs.map((s): [number, number] => {
    const t = s.trim();
    if (t === '*') return [0, 65535];
    const [from, to] = t.split('-').map((n) => Number(n.trim()));
    return [from ?? NaN, to ?? from ?? NaN];
  });
}

function coversPorts(r: SecurityRule, ports: Exposure['ports']): boolean {
  const ranges = portRanges(r);
  return ports === 'all' ? ranges.some(([a, b]) => a <= 1 && b >= 65535) : ranges.some(([a, b]) => a <= ports && ports <= b);
}

export interface OpenRule {
  exposure: string;
  protocol: string;
  rule: string;
  priority: number;
  sources: string[];
}

/**
 * The exposures an NSG lets through from the internet, each with the rule that decides it.
 * Each protocol and address family is walked on its own, since a TCP-only Deny leaves UDP
 * open and a Deny from `0.0.0.0/0` leaves IPv6 open. Rules with narrower sources neither
 * open nor close a port to the internet at large, so they are skipped; a Deny from an open
 * source covering the port closes it, for the families that source covers, to all later rules.
 */
export function openToInternet(nsg: NetworkSecurityGroup): OpenRule[] {
  const inbound = [...nsg.properties.securityRules, ...nsg.properties.defaultSecurityRules]
    .filter((r) => r.properties.direction.toLowerCase() === 'inbound')
    .sort((a, b) => a.properties.priority - b.properties.priority);
  const out: OpenRule[] = [];
  for (const e of EXPOSURES) {
    const open = e.protocols
      .flatMap((protocol) => FAMILIES.map((family) => ({ protocol, family })))
      .flatMap(({ protocol, family }) => {
        const decider = inbound.find((r) => {
          const p = r.properties.protocol.toLowerCase();
          return (p === '*' || p === protocol) && openSources(r, family).length > 0 && coversPorts(r, e.ports);
        });
        return decider && decider.properties.access.toLowerCase() === 'allow' ? [{ protocol, decider }] : [];
      });
    const first = open[0];
    if (first) {
      const { protocol, decider } = first;
      out.push({
        exposure: e.label,
        protocol,
        rule: decider.name,
        priority: decider.properties.priority,
        sources: sources(decider).filter(isOpenSource),
      });
    }
  }
  return out;
}
