import { describe, expect, it } from 'vitest';
import { ADMIN_PORTS, adminPortsOpened } from '../../src/providers/admin-ports.js';
import { EXPOSURES } from '../../src/providers/azure/services/network/nsg-rules.js';

describe('admin port exposure, one notion for every provider', () => {
  it('counts RDP over TCP and UDP, SSH over TCP only', () => {
    expect(adminPortsOpened('udp', 0, 65535).map((a) => a.port)).toEqual([3389]);
    expect(adminPortsOpened('tcp', 0, 65535).map((a) => a.port)).toEqual([22, 3389]);
    expect(adminPortsOpened('all', 22, 22).map((a) => a.port)).toEqual([22]);
    expect(adminPortsOpened('tcp', 23, 3388)).toEqual([]);
  });

  it('is what the Azure NSG check walks (the AWS check reads adminPortsOpened)', () => {
    for (const a of ADMIN_PORTS) expect(EXPOSURES).toContainEqual({ label: a.label, ports: a.port, protocols: a.protocols });
  });
});
