/** Read what annexa appended to `$GITHUB_OUTPUT` (the documented `name<<DELIMITER` form). */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /^([A-Za-z0-9_-]+)<<(\S+)\n([\s\S]*?)\n?\2\n/gm;
  let consumed = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index !== consumed) throw new Error(`unparseable GITHUB_OUTPUT near offset ${consumed}`);
    out[m[1]!] = m[3]!;
    consumed = re.lastIndex;
  }
  if (consumed !== text.length) throw new Error(`trailing text in GITHUB_OUTPUT at offset ${consumed}`);
  return out;
}
