let silenced = false;

/**
 * The AWS SDK warns on every run under Node 20 that future versions will need Node 22.
 * It says nothing about the scan, so a CLI user should not see it; other warnings pass.
 */
export function silenceSdkNodeWarning(): void {
  if (silenced) return;
  silenced = true;
  const emit = process.emitWarning.bind(process);
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const text = typeof warning === 'string' ? warning : warning.message;
    const type = typeof rest[0] === 'string' ? rest[0] : (rest[0] as { type?: string } | undefined)?.type;
    if (type === 'NodeVersionSupportWarning' || /AWS SDK for JavaScript \(v3\)[\s\S]*require node/i.test(text)) return;
    (emit as (...a: unknown[]) => void)(warning, ...rest);
  }) as typeof process.emitWarning;
}
