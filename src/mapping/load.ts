import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { fromRoot } from '../paths.js';

export const FRAMEWORK_KEYS = ['iso27001:2022', 'iso27001:2013', 'iso27017:2015', 'iso27701:2019', 'iso27035'] as const;
export type FrameworkKey = (typeof FRAMEWORK_KEYS)[number];

const ControlSchema = z.object({ id: z.string().min(1), theme: z.string().optional(), title: z.string().min(1) }).strict();
const CatalogueSchema = z
  .object({ framework: z.enum(FRAMEWORK_KEYS), name: z.string(), controls: z.array(ControlSchema).min(1) })
  .strict();
const LinkFileSchema = z
  .object({
    framework: z.enum(FRAMEWORK_KEYS),
    links: z.array(
      z
        .object({
          check: z.string().min(1),
          controls: z
            .array(
              z
                .object({
                  id: z.string().min(1),
                  strength: z.enum(['direct', 'supporting']),
                  rationale: z.string().min(10),
                })
                .strict(),
            )
            .min(1),
        })
        .strict(),
    ),
  })
  .strict();
const IndexSchema = z
  .object({
    version: z.string(),
    frameworks: z.array(z.object({ key: z.enum(FRAMEWORK_KEYS), catalogue: z.string(), links: z.array(z.string()) }).strict()),
  })
  .strict();

export type Control = z.infer<typeof ControlSchema>;
export type Strength = 'direct' | 'supporting';

export interface Link {
  check: string;
  framework: FrameworkKey;
  control: string;
  strength: Strength;
  rationale: string;
  /** File the link came from, for error messages. */
  file: string;
}

export interface Catalogue {
  framework: FrameworkKey;
  name: string;
  controls: Control[];
  file: string;
}

export interface MappingSet {
  version: string;
  catalogues: Catalogue[];
  links: Link[];
}

function readYaml<S extends z.ZodType>(rel: string, schema: S): z.infer<S> {
  const path = fromRoot('mappings', rel);
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new InputError(`mappings/${rel}`, err instanceof Error ? err.message.split('\n')[0]! : String(err));
  }
  const res = schema.safeParse(raw);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    throw new InputError(`mappings/${rel}`, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return res.data;
}

let cached: MappingSet | undefined;

/** Load and schema-check the mapping set. Semantic checks live in `validate.ts`. */
export function loadMappings(): MappingSet {
  if (cached) return cached;
  const index = readYaml('index.yaml', IndexSchema);
  const catalogues: Catalogue[] = [];
  const links: Link[] = [];
  for (const fw of index.frameworks) {
    const cat = readYaml(fw.catalogue, CatalogueSchema);
    catalogues.push({ ...cat, file: fw.catalogue });
    for (const file of fw.links) {
      const lf = readYaml(file, LinkFileSchema);
      for (const l of lf.links)
        for (const c of l.controls)
          links.push({ check: l.check, framework: lf.framework, control: c.id, strength: c.strength, rationale: c.rationale, file });
    }
  }
  cached = { version: index.version, catalogues, links };
  return cached;
}
