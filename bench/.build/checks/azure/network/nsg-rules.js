export const EXPOSURES = [
    { label: '22 (SSH)', ports: 22, protocols: ['tcp'] },
    // RDP also runs over UDP 3389.
    { label: '3389 (RDP)', ports: 3389, protocols: ['tcp', 'udp'] },
    { label: 'all ports', ports: 'all', protocols: ['tcp', 'udp'] },
];
/** Sources that mean "anyone": the wildcard, the Internet service tag, and any /0 prefix. */
export function isOpenSource(prefix) {
    const p = prefix.trim().toLowerCase();
    return p === '*' || p === 'internet' || p === 'any' || p.endsWith('/0');
}
function openSources(r) {
    const { sourceAddressPrefix, sourceAddressPrefixes } = r.properties;
    return [...(sourceAddressPrefix ? [sourceAddressPrefix] : []), ...(sourceAddressPrefixes ?? [])].filter(isOpenSource);
}
function portRanges(r) {
    const { destinationPortRange, destinationPortRanges } = r.properties;
    const specs = [...(destinationPortRange ? [destinationPortRange] : []), ...(destinationPortRanges ?? [])];
    return specs.map((s) => {
        const t = s.trim();
        if (t === '*')
            return [0, 65535];
        const [from, to] = t.split('-').map((n) => Number(n.trim()));
        return [from ?? NaN, to ?? from ?? NaN];
    });
}
function coversPorts(r, ports) {
    const ranges = portRanges(r);
    return ports === 'all' ? ranges.some(([a, b]) => a <= 1 && b >= 65535) : ranges.some(([a, b]) => a <= ports && ports <= b);
}
/**
 * The exposures an NSG lets through from the internet, each with the rule that decides it.
 * Each protocol is walked on its own, since a TCP-only Deny leaves UDP open. Rules with
 * narrower sources neither open nor close a port to the internet at large, so they are
 * skipped; a Deny from an open source covering the port closes it for all later rules.
 */
export function openToInternet(nsg) {
    const inbound = [...nsg.properties.securityRules, ...nsg.properties.defaultSecurityRules]
        .filter((r) => r.properties.direction.toLowerCase() === 'inbound')
        .sort((a, b) => a.properties.priority - b.properties.priority);
    const out = [];
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
