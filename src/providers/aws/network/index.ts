/** Network reachability as sets: one import for checks. Pure; no SDK. */
export { type AddressSet, ALL_ADDRESSES, addressesOf, NO_ADDRESSES, worldFamilies } from './addresses.js';
export { type Interval, IntervalSet } from './intervals.js';
export { type NaclEntry, type NaclVerdict, naclIngress } from './nacl.js';
export { type IngressRule, openPorts, rulePorts, type Transport, type WorldExposure, worldExposure } from './security-group.js';

/** Remote administration ports: SSH and RDP (CIS 5.1–5.3), and CIFS/SMB, which CIS v4 5.1.2 also restricts. */
export const ADMIN_PORTS: readonly { port: number; transport: 'tcp' | 'udp'; service: string }[] = [
  { port: 22, transport: 'tcp', service: 'SSH' },
  { port: 3389, transport: 'tcp', service: 'RDP' },
  { port: 3389, transport: 'udp', service: 'RDP' },
  { port: 445, transport: 'tcp', service: 'CIFS' },
];
