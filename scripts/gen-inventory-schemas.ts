/**
 * Generates `schema/inventory.schema.json`: one JSON Schema per inventory key, made from the
 * value type `T` of its `inventoryKey<T>(id, scope)` declaration, so a snapshot is checked
 * against the same types the checks are compiled against, and `schema/inventory-validators.cjs`:
 * ajv's standalone validators for them, one export per key id, compiled here so a snapshot
 * load only runs them. Run `npm run schemas:inventory`
 * after changing a service's `state.ts`; a test fails while the committed file is stale.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import standaloneCode from 'ajv/dist/standalone/index.js';
import {
  type CompletedConfig,
  createFormatter,
  createParser,
  DEFAULT_CONFIG,
  type Definition,
  SchemaGenerator,
} from 'ts-json-schema-generator';
import ts from 'typescript';

export const INVENTORY_SCHEMA_FILE = join('schema', 'inventory.schema.json');
/** The same schemas compiled ahead of time: compiling them at load cost more than validating 100k resources. */
export const INVENTORY_VALIDATORS_FILE = join('schema', 'inventory-validators.cjs');
export const INVENTORY_SCHEMA_SCRIPT = 'npm run schemas:inventory';

export interface InventorySchemaDocument {
  $comment: string;
  /** Key id → the schema of its `ok` value. */
  keys: Record<string, Definition>;
  /** Named types the key schemas share, referenced as `#/definitions/<name>`. */
  definitions: Record<string, Definition>;
}

interface KeyDeclaration {
  id: string;
  file: string;
  type: ts.TypeNode;
}

const CONFIG: CompletedConfig = {
  ...DEFAULT_CONFIG,
  expose: 'export',
  jsDoc: 'none',
  // Snapshots written by a newer annexa may carry fields this build does not know.
  additionalProperties: true,
  skipTypeCheck: true,
  topRef: false,
};

function tsFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => join(dir, f))
    .sort();
}

function declarations(program: ts.Program, files: readonly string[], root: string): KeyDeclaration[] {
  const out: KeyDeclaration[] = [];
  for (const file of files) {
    const sf = program.getSourceFile(file);
    if (!sf) throw new Error(`${file}: not part of the program`);
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'inventoryKey') {
        const [type] = node.typeArguments ?? [];
        const [idArg] = node.arguments;
        const where = `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1}`;
        if (!type) throw new Error(`${where}: inventoryKey needs its value type, inventoryKey<T>(…)`);
        if (!idArg || !ts.isStringLiteralLike(idArg)) throw new Error(`${where}: inventoryKey's id must be a string literal`);
        out.push({ id: idArg.text, file: where, type });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

/** Visits every `$ref` in a schema, replacing it with `fn`'s answer. */
function mapRefs(schema: unknown, fn: (ref: string) => string): unknown {
  if (Array.isArray(schema)) return schema.map((x) => mapRefs(x, fn));
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(Object.entries(schema).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? fn(v) : mapRefs(v, fn)]));
}

const PREFIX = '#/definitions/';

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Builds the document in memory from the source tree under `root`. */
export function generateInventorySchemas(root: string = process.cwd()): InventorySchemaDocument {
  const src = join(root, 'src');
  // Only files that declare keys are roots; the compiler follows their imports.
  const files = tsFiles(src).filter((f) => readFileSync(f, 'utf8').includes('inventoryKey<'));
  const tsconfig = ts.getParsedCommandLineOfConfigFile(
    join(root, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (!tsconfig) throw new Error('tsconfig.json: cannot be read');
  const program = ts.createProgram(files, tsconfig.options);
  const generator = new SchemaGenerator(program, createParser(program, CONFIG), createFormatter(CONFIG), CONFIG);

  const keys: Record<string, Definition> = {};
  const definitions: Record<string, Definition> = {};
  const declaredAt = new Map<string, string>();
  const decls = declarations(program, files, root).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const decl of decls) {
    const previous = declaredAt.get(decl.id);
    if (previous) throw new Error(`${decl.file}: inventory key ${decl.id} is already declared at ${previous}`);
    declaredAt.set(decl.id, decl.file);
    let generated: Definition;
    try {
      generated = generator.createSchemaFromNodes([decl.type]) as Definition;
    } catch (err) {
      throw new Error(`${decl.file}: cannot make a JSON Schema of ${decl.id}'s type: ${(err as Error).message}`);
    }
    const { $schema: _, definitions: own = {}, ...schema } = generated;
    // Same name, same schema: shared. Same name, other schema (two services' `FlowLog`): this
    // key's copy is renamed after its service, so neither is silently replaced. Renaming one
    // changes the definitions that refer to it, hence the loop until nothing more moves.
    const renamed = new Map<string, string>();
    const rename = (ref: string): string => {
      const to = ref.startsWith(PREFIX) ? renamed.get(ref.slice(PREFIX.length)) : undefined;
      return to ? PREFIX + to : ref;
    };
    const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
    for (let moved = true; moved; ) {
      moved = false;
      for (const [name, def] of Object.entries(own)) {
        const encoded = encodeURIComponent(name);
        const existing = definitions[name];
        if (renamed.has(encoded) || existing === undefined || same(existing, mapRefs(def, rename))) continue;
        const service = decl.id.split('.').slice(0, 2).join('.');
        let alias = `${service}.${name}`;
        for (let n = 2; definitions[alias] !== undefined && !same(definitions[alias], mapRefs(def, rename)); n++) {
          alias = `${service}.${name}.${n}`;
        }
        renamed.set(encoded, encodeURIComponent(alias));
        moved = true;
      }
    }
    for (const [name, def] of Object.entries(own)) {
      const target = decodeURIComponent(rename(PREFIX + encodeURIComponent(name)).slice(PREFIX.length));
      definitions[target] = mapRefs(def, rename) as Definition;
    }
    keys[decl.id] = mapRefs(schema, rename) as Definition;
  }
  const stable = stableAliases({ keys, definitions });
  return {
    $comment: `Generated by \`${INVENTORY_SCHEMA_SCRIPT}\` from each inventoryKey<T> declaration in src/; do not edit.`,
    keys: stable.keys,
    definitions: sortKeys(stable.definitions),
  };
}

/**
 * The generator names an anonymous alias after a hash of its source file's absolute path
 * (`alias-731470504-…`), so the same tree gave another schema in every checkout. Each is renamed
 * `alias-1`, `alias-2`… in the order the document first names it (keys in id order first),
 * which depends on the types alone.
 */
function stableAliases<T>(doc: T): T {
  const text = JSON.stringify(doc);
  const names = new Map<string, string>();
  for (const m of text.matchAll(/alias-\d+(?:-\d+)+/g)) if (!names.has(m[0])) names.set(m[0], `alias-${names.size + 1}`);
  return JSON.parse(text.replace(/alias-\d+(?:-\d+)+/g, (a) => names.get(a)!)) as T;
}

export function renderInventorySchemas(doc: InventorySchemaDocument): string {
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/**
 * ajv's standalone code of every key's validator, as CommonJS so the loader can `require` it
 * synchronously. Same options the loader would use: stop at the first error, strict schemas.
 */
export function renderInventoryValidators(doc: InventorySchemaDocument): string {
  const ajv = new Ajv({ allErrors: false, strict: true, code: { source: true, lines: true } });
  // `keys` is the document's own layout, not a keyword.
  ajv.addVocabulary(['keys']);
  ajv.addSchema(doc, 'inventory');
  const refs = Object.fromEntries(
    Object.keys(doc.keys).map((id) => [id, `inventory#/keys/${id.replaceAll('~', '~0').replaceAll('/', '~1')}`]),
  );
  const code = (standaloneCode as unknown as (a: Ajv, r: Record<string, string>) => string)(ajv, refs);
  return `// Generated by \`${INVENTORY_SCHEMA_SCRIPT}\` from ${INVENTORY_SCHEMA_FILE}; do not edit.\n${code}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const doc = generateInventorySchemas();
  writeFileSync(INVENTORY_SCHEMA_FILE, renderInventorySchemas(doc));
  writeFileSync(INVENTORY_VALIDATORS_FILE, renderInventoryValidators(doc));
  console.log(
    `${INVENTORY_SCHEMA_FILE}, ${INVENTORY_VALIDATORS_FILE}: ${Object.keys(doc.keys).length} keys, ${Object.keys(doc.definitions).length} definitions`,
  );
}
