import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { fromRoot } from '../../src/paths.js';

/**
 * The official SARIF 2.1.0 schema, vendored for offline tests.
 * Source: https://github.com/oasis-tcs/sarif-spec, Schemata/sarif-schema-2.1.0.json
 * at commit 85971b3e048f61a6d643b95fc6233d073302f5b8 (the 2020-12 draft with errata), unmodified.
 */
const SCHEMA_FILE = fromRoot('test', 'fixtures', 'sarif-schema-2.1.0.json');

let validate: ReturnType<Ajv2020['compile']> | undefined;

/** JavaScript has no inline `(?i)`; read a leading one as the `i` flag. */
function inlineCaseFlag(pattern: string, flags: string): RegExp {
  return pattern.startsWith('^(?i)') ? new RegExp(`^${pattern.slice(5)}`, `${flags}i`) : new RegExp(pattern, flags);
}

/** ajv errors for a SARIF log against the official schema; [] when valid. */
export function sarifSchemaErrors(log: unknown): unknown[] {
  if (!validate) {
    const ajv = new Ajv2020({
      allErrors: true,
      // The official file has two known defects that make a strict validator refuse the schema
      // itself, not the log: `region.properties.anyOf` is an array where a subschema belongs, and the
      // `language` patterns use the inline flag `(?i)`, which JavaScript regular expressions lack.
      // Neither touches a property annexa writes.
      strict: false,
      validateSchema: false,
      code: { regExp: Object.assign(inlineCaseFlag, { code: 'inlineCaseFlag' }) },
    });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  }
  return validate(log) ? [] : (validate.errors ?? []);
}

/**
 * Sarif.Multitool from @microsoft/sarif-multitool, which picks the binary package for this
 * platform. Undefined only on a platform Microsoft ships no binary for.
 */
export function multitoolPath(): string | undefined {
  if (!['linux', 'darwin', 'win32'].includes(process.platform)) return undefined;
  const path = createRequire(import.meta.url)('@microsoft/sarif-multitool') as string;
  return process.platform === 'win32' && !existsSync(path) ? `${path}.exe` : path;
}

export interface MultitoolFinding {
  ruleId: string;
  level: string;
  text: string;
}

/**
 * Run `Sarif.Multitool validate --rule-kind "Gh;Sarif"` (GitHub's ingestion rules plus the SARIF
 * spec rules) over a log and return every finding, notes included.
 */
export function multitoolFindings(tool: string, log: unknown): MultitoolFinding[] {
  const dir = mkdtempSync(join(tmpdir(), 'annexa-multitool-'));
  try {
    const input = join(dir, 'input.sarif');
    const output = join(dir, 'out.sarif');
    writeFileSync(input, JSON.stringify(log));
    const run = spawnSync(
      tool,
      ['validate', '--rule-kind', 'Gh;Sarif', '--level', 'Error;Warning;Note', '--log', 'ForceOverwrite', '-o', output, input],
      {
        encoding: 'utf8',
        // The .NET host wants a writable home for its caches; keep it inside the temp dir.
        env: { ...process.env, DOTNET_CLI_HOME: dir, DOTNET_CLI_TELEMETRY_OPTOUT: '1' },
        timeout: 120_000,
        // It prints a line per note: past spawnSync's 1 MiB default it was killed mid-write (a truncated log).
        maxBuffer: 256 * 2 ** 20,
      },
    );
    if (run.error || run.status !== 0 || !existsSync(output))
      throw new Error(`Sarif.Multitool failed (status ${run.status}, ${run.error?.message ?? 'no error'}): ${run.stderr || run.stdout}`);
    type Out = {
      runs: {
        results?: { ruleId: string; level?: string; message: { text?: string; id?: string; arguments?: string[] } }[];
        tool: { driver: { rules?: { id: string; messageStrings?: Record<string, { text: string }> }[] } };
      }[];
    };
    const out = JSON.parse(readFileSync(output, 'utf8')) as Out;
    return out.runs.flatMap((r) =>
      (r.results ?? []).map((x) => {
        const rule = r.tool.driver.rules?.find((d) => d.id === x.ruleId);
        const template = (x.message.id && rule?.messageStrings?.[x.message.id]?.text) ?? x.message.text ?? '';
        const text = template.replace(/\{(\d+)\}/g, (_, n: string) => x.message.arguments?.[Number(n)] ?? '');
        return { ruleId: x.ruleId, level: x.level ?? 'warning', text };
      }),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
