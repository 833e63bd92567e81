/**
 * Security-group ingress judged as sets, the way EC2 applies it: a group only allows, and a
 * packet is admitted when ANY rule admits it, so what the world can reach on a port is the
 * union of every rule covering that port. Several rules with smaller CIDRs can therefore open
 * a port to the whole internet, and managed prefix lists count by their entries.
 * Referenced security groups admit only their members, never the world.
 */
import { type AddressSet, addressesOf, addressUnion, NO_ADDRESSES, worldFamilies } from './addresses.js';
import { IntervalSet } from './intervals.js';

/** The fields of an ingress rule this needs (compatible with the EC2 inventory's rule). */
export interface IngressRule {
  /** `tcp`, `udp`, `icmp`, `-1` (all traffic) or an IP protocol number. */
  readonly protocol: string;
  readonly fromPort?: number;
  readonly toPort?: number;
  readonly ipv4Ranges: readonly string[];
  readonly ipv6Ranges: readonly string[];
  readonly prefixListIds: readonly string[];
}

export type Transport = 'tcp' | 'udp';

/** `6`/`tcp` → tcp, `17`/`udp` → udp, `-1`/`all` → every protocol. */
function transportsOf(protocol: string): readonly Transport[] | 'all' {
  const p = protocol.toLowerCase();
  if (p === '-1' || p === 'all') return 'all';
  if (p === 'tcp' || p === '6') return ['tcp'];
  if (p === 'udp' || p === '17') return ['udp'];
  return [];
}

/** The ports a rule covers: every port for all-traffic rules or when EC2 gives none. */
export function rulePorts(r: { protocol: string; fromPort?: number; toPort?: number }): IntervalSet {
  if (transportsOf(r.protocol) === 'all' || r.fromPort === undefined || r.toPort === undefined || r.fromPort < 0)
    return IntervalSet.range(0, 65535);
  return IntervalSet.range(r.fromPort, r.toPort);
}

export interface WorldExposure {
  /** Ports of each transport that the union of rules opens to `0.0.0.0/0` or `::/0`. */
  readonly open: Readonly<Record<Transport, IntervalSet>>;
  /** Which families the union covers, per transport and open port range (for messages). */
  readonly families: readonly ('0.0.0.0/0' | '::/0')[];
  /** Prefix lists whose entries were not given: exposure through them cannot be judged. */
  readonly unresolvedPrefixLists: readonly string[];
  /** Source CIDRs that could not be read. */
  readonly unreadable: readonly string[];
}

/**
 * What the world can reach through these ingress rules. `prefixLists` maps a managed prefix
 * list id to its CIDR entries.
 */
export function worldExposure(rules: readonly IngressRule[], prefixLists: ReadonlyMap<string, readonly string[]>): WorldExposure {
  const unresolved = new Set<string>();
  const unreadable: string[] = [];
  const sourced = rules.map((r) => {
    const cidrs = [...r.ipv4Ranges, ...r.ipv6Ranges];
    for (const id of r.prefixListIds) {
      const entries = prefixLists.get(id);
      if (entries) cidrs.push(...entries);
      else unresolved.add(id);
    }
    const { set, unreadable: bad } = addressesOf(cidrs);
    unreadable.push(...bad);
    return { rule: r, sources: set, ports: rulePorts(r) };
  });
  const families = new Set<'0.0.0.0/0' | '::/0'>();
  const open = { tcp: IntervalSet.EMPTY, udp: IntervalSet.EMPTY };
  for (const transport of ['tcp', 'udp'] as const) {
    const applicable = sourced.filter((s) => {
      const t = transportsOf(s.rule.protocol);
      return t === 'all' || t.includes(transport);
    });
    // Cut the port space at every rule boundary; within a segment the same rules apply.
    const cuts = new Set<bigint>([0n, 65536n]);
    for (const s of applicable) for (const i of s.ports.intervals) cuts.add(i.start).add(i.end + 1n);
    const points = [...cuts].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    for (let k = 0; k + 1 < points.length; k++) {
      const start = points[k]!;
      const end = points[k + 1]! - 1n;
      let union: AddressSet = NO_ADDRESSES;
      for (const s of applicable) if (s.ports.has(start)) union = addressUnion(union, s.sources);
      const world = worldFamilies(union);
      if (world.length === 0) continue;
      for (const f of world) families.add(f);
      open[transport] = open[transport].union(IntervalSet.range(start, end));
    }
  }
  return { open, families: [...families].sort(), unresolvedPrefixLists: [...unresolved].sort(), unreadable };
}

/** The listed ports open to the world, as `22/tcp`-style labels. */
export function openPorts(exposure: WorldExposure, ports: readonly { port: number; transport: Transport }[]): string[] {
  return ports.filter((p) => exposure.open[p.transport].has(p.port)).map((p) => `${p.port}/${p.transport}`);
}
