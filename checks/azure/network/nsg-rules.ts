/**
 * Reading NSG rules the way Azure applies them: inbound rules in priority order, first match
 * wins, so an early Deny from the internet closes a port that a later Allow would open.
 */
import type { NetworkSecurityGroup, SecurityRule } from '../../../src/providers/azure/inventory/network.js';

/** What a rule must let in to count as exposure. `ports: 'all'` is every port of a protocol. */
export interface Exposure {
  label: string;
  ports: number | 'all';
  protocols: readonly string[];
}

export const EXPOSURES: readonly Exposure[] = [
  { label: '22 (SSH)', ports: 22, protocols: ['tcp'] },
  // RDP also runs over UDP 3389.
  { label: '3389 (RDP)', ports: 3389, protocols: ['tcp', 'udp'] },
  { label: 'all ports', ports: 'all', protocols: ['tcp', 'udp'] },
];

/** Sources that mean "anyone": the wildcard, the Internet service tag, and any /0 prefix. */
export function isOpenSource(prefix: string): boolean {
  const p = prefix.trim().toLowerCase();
  return p === '*' || p === 'internet' || p === 'any' || p.endsWith('/0');
}

function openSources(r: SecurityRule): string[] {
  const { sourceAddressPrefix, sourceAddressPrefixes } = r.properties;
  return [...(sourceAddressPrefix ? [sourceAddressPrefix] : []), ...(sourceAddressPrefixes ?? [])].filter(isOpenSource);
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
 * Each protocol is walked on its own, since a TCP-only Deny leaves UDP open. Rules with
 * narrower sources neither open nor close a port to the internet at large, so they are
 * skipped; a Deny from an open source covering the port closes it for all later rules.
 */
export function openToInternet(nsg: NetworkSecurityGroup): OpenRule[] {
  const inbound = [...nsg.properties.securityRules, ...nsg.properties.defaultSecurityRules]
    .filter((r) => r.properties.direction.toLowerCase() === 'inbound')
    .sort((a, b) => a.properties.priority - b.properties.priority);
  const out: OpenRule[] = [];
  for (const e of EXPOSURES) {
    for (const protocol of e.protocols) {
      const decider = inbound.find((r) => {
        const p = r.properties.protocol.toLowerCase();
        return (p === '*' || p === protocol) && openSources(r).length > 0 && coversPorts(r, e.ports);
      });
      if (decider && decider.properties.access.toLowerCase() === 'allow') {
        out.push({ exposure: e.label, protocol, rule: decider.name, priority: decider.properties.priority, sources: openSources(decider) });
        break;
      }
    }
  }
  return out;
}
