/** `1.31.2` → `[1, 31]`, or null when it is not a version. */
export function minorOf(version: string | undefined): [number, number] | null {
  const m = /^(\d+)\.(\d+)/.exec(version ?? '');
  return m ? [Number(m[1]), Number(m[2])] : null;
}
