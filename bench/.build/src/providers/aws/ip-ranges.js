/**
 * CIDR arithmetic for IAM `IpAddress` conditions. Condition values are ORed, so
 * `0.0.0.0/1` and `128.0.0.0/1` together admit every IPv4 address just as `0.0.0.0/0` does.
 */
function ipv4(text) {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.reduce((acc, p) => (acc << 8n) | BigInt(p), 0n);
}
function ipv6(text) {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s) => (s === '' ? [] : s.split(':'));
  const head = groups(halves[0]);
  const tail = halves.length === 2 ? groups(halves[1]) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!all.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return undefined;
  return all.reduce((acc, g) => (acc << 16n) | BigInt(`0x${g}`), 0n);
}
/** `a.b.c.d/n` or an IPv6 CIDR; a bare address is a single host. Unreadable text gives undefined. */
export function parseCidr(value) {
  const [addr = '', prefixText, extra] = value.trim().split('/');
  if (extra !== undefined) return undefined;
  const family = addr.includes(':') ? 6 : 4;
  const base = family === 4 ? ipv4(addr) : ipv6(addr);
  const bits = family === 4 ? 32 : 128;
  const prefix = prefixText === undefined ? bits : /^\d{1,3}$/.test(prefixText) ? Number(prefixText) : NaN;
  if (base === undefined || !(prefix >= 0 && prefix <= bits)) return undefined;
  const size = 1n << BigInt(bits - prefix);
  const start = (base / size) * size;
  return { family, start, end: start + size - 1n };
}
/** True when the CIDRs together cover every IPv4 address or every IPv6 address. */
export function coversAnAddressFamily(values) {
  const ranges = values.map(parseCidr).filter((r) => r !== undefined);
  return [4, 6].some((family) => {
    const last = (1n << BigInt(family === 4 ? 32 : 128)) - 1n;
    const sorted = ranges.filter((r) => r.family === family).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    let next = 0n; // the first address not yet covered
    for (const r of sorted) {
      if (r.start > next) return false;
      if (r.end >= next) next = r.end + 1n;
      if (next > last) return true;
    }
    return false;
  });
}
