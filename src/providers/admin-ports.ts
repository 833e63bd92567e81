/**
 * Remote administration ports, and the transport protocols each is served over: the one notion
 * of "admin port exposure" every provider's network checks use. SSH runs over TCP only; RDP
 * listens on TCP 3389 and, since RDP 8.0, on UDP 3389 for its UDP transport.
 */
export type Transport = 'tcp' | 'udp';

export interface AdminPort {
  port: number;
  label: string;
  protocols: readonly Transport[];
}

export const ADMIN_PORTS: readonly AdminPort[] = [
  { port: 22, label: '22 (SSH)', protocols: ['tcp'] },
  { port: 3389, label: '3389 (RDP)', protocols: ['tcp', 'udp'] },
];

/** The admin ports a rule over `protocol` (`all` for every protocol) and ports `from`-`to` lets in. */
export function adminPortsOpened(protocol: Transport | 'all', from: number, to: number): AdminPort[] {
  return ADMIN_PORTS.filter((a) => from <= a.port && a.port <= to && (protocol === 'all' || a.protocols.includes(protocol)));
}
