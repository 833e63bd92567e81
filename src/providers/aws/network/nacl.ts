/**
 * Network ACL ingress as EC2 applies it: entries are evaluated in ascending rule number and
 * the first entry matching a packet decides, allow or deny; the final `*` entry denies the
 * rest. So what a NACL admits on a port is computed as address sets: walk the entries in
 * order, each deciding the addresses not yet decided by an earlier matching entry.
 * "Admits the port from the world" means every address not singled out by a specific deny is
 * admitted: an allow for `0.0.0.0/0` (or CIDRs adding up to it) reached before any deny of the
 * whole family. A NACL that admits only named networks does not.
 */
import {
  type AddressSet,
  ALL_ADDRESSES,
  addressesEmpty,
  addressesOf,
  addressIntersect,
  addressMinus,
  addressUnion,
  NO_ADDRESSES,
  worldFamilies,
} from './addresses.js';
import { rulePorts, type Transport } from './security-group.js';

export interface NaclEntry {
  readonly ruleNumber: number;
  /** `tcp`/`6`, `udp`/`17`, `-1` for all, or another protocol number. */
  readonly protocol: string;
  readonly action: 'allow' | 'deny';
  readonly egress: boolean;
  readonly cidr?: string;
  readonly ipv6Cidr?: string;
  readonly fromPort?: number;
  readonly toPort?: number;
}

function appliesTo(e: NaclEntry, transport: Transport, port: number): boolean {
  const p = e.protocol.toLowerCase();
  const protocolOk = p === '-1' || p === 'all' || p === transport || p === (transport === 'tcp' ? '6' : '17');
  return protocolOk && rulePorts(e).has(port);
}

export interface NaclVerdict {
  /** Addresses admitted on this port. */
  readonly admitted: AddressSet;
  /** Families from which everyone (except specifically denied networks) is admitted. */
  readonly world: readonly ('0.0.0.0/0' | '::/0')[];
  /** The rule numbers of the allow entries that admit the world. */
  readonly allowRules: readonly number[];
}

export function naclIngress(entries: readonly NaclEntry[], transport: Transport, port: number): NaclVerdict {
  const ordered = entries.filter((e) => !e.egress && appliesTo(e, transport, port)).sort((a, b) => a.ruleNumber - b.ruleNumber);
  let undecided = ALL_ADDRESSES;
  let admitted = NO_ADDRESSES;
  let specificDenies = NO_ADDRESSES;
  const allowRules: number[] = [];
  for (const e of ordered) {
    const { set } = addressesOf([...(e.cidr ? [e.cidr] : []), ...(e.ipv6Cidr ? [e.ipv6Cidr] : [])]);
    const decided = addressIntersect(set, undecided);
    if (addressesEmpty(decided)) continue;
    if (e.action === 'allow') {
      admitted = addressUnion(admitted, decided);
      allowRules.push(e.ruleNumber);
    } else if (worldFamilies(set).length === 0) specificDenies = addressUnion(specificDenies, decided);
    undecided = addressMinus(undecided, set);
  }
  const world = addressesEmpty(admitted)
    ? []
    : worldFamilies(addressUnion(admitted, specificDenies)).filter((f) => (f === '0.0.0.0/0' ? !admitted.v4.empty : !admitted.v6.empty));
  return { admitted, world, allowRules: world.length ? allowRules : [] };
}
