import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod';
import { InputError } from '../errors.js';
import { fromRoot } from '../paths.js';
import { deriveLinks } from './derive.js';
export const FRAMEWORK_KEYS = ['iso27001:2022', 'iso27001:2013', 'iso27017:2015', 'iso27701:2019', 'iso27035'];
/** How each framework is named to people, and what its catalogue entries are called. */
export const FRAMEWORK_LABELS = {
    'iso27001:2022': { name: 'ISO/IEC 27001:2022', unit: 'controls' },
    'iso27001:2013': { name: 'ISO/IEC 27001:2013', unit: 'controls' },
    'iso27017:2015': { name: 'ISO/IEC 27017:2015', unit: 'controls' },
    'iso27701:2019': { name: 'ISO/IEC 27701:2019', unit: 'controls' },
    iso27035: { name: 'ISO/IEC 27035 incident phases', unit: 'phases' },
};
export function isFrameworkKey(value) {
    return FRAMEWORK_KEYS.includes(value);
}
const ControlSchema = z.object({ id: z.string().min(1), theme: z.string().optional(), title: z.string().min(1) }).strict();
const CatalogueSchema = z
    .object({ framework: z.enum(FRAMEWORK_KEYS), name: z.string(), controls: z.array(ControlSchema).min(1) })
    .strict();
const LinkFileSchema = z
    .object({
    framework: z.enum(FRAMEWORK_KEYS),
    links: z.array(z
        .object({
        check: z.string().min(1),
        controls: z
            .array(z
            .object({
            id: z.string().min(1),
            strength: z.enum(['direct', 'supporting']),
            rationale: z.string().min(10),
        })
            .strict())
            .min(1),
    })
        .strict()),
})
    .strict();
const CrosswalkSchema = z
    .object({
    from: z.enum(FRAMEWORK_KEYS),
    to: z.enum(FRAMEWORK_KEYS),
    map: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
    new: z.array(z.string().min(1)),
})
    .strict();
const IndexSchema = z
    .object({
    version: z.string(),
    frameworks: z.array(z
        .object({
        key: z.enum(FRAMEWORK_KEYS),
        catalogue: z.string(),
        // Links of another framework, carried over through a crosswalk (see derive.ts).
        derive: z.object({ from: z.enum(FRAMEWORK_KEYS), crosswalk: z.string() }).strict().optional(),
        links: z.array(z.string()),
    })
        .strict()),
})
    .strict();
function readYaml(rel, schema) {
    const path = fromRoot('mappings', rel);
    let raw;
    try {
        raw = parse(readFileSync(path, 'utf8'));
    }
    catch (err) {
        throw new InputError(`mappings/${rel}`, err instanceof Error ? err.message.split('\n')[0] : String(err));
    }
    const res = schema.safeParse(raw);
    if (!res.success) {
        const issue = res.error.issues[0];
        throw new InputError(`mappings/${rel}`, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
    }
    return res.data;
}
let cached;
/** Load and schema-check the mapping set. Semantic checks live in `validate.ts`. */
export function loadMappings() {
    if (cached)
        return cached;
    const index = readYaml('index.yaml', IndexSchema);
    const catalogues = [];
    const links = [];
    const crosswalks = [];
    const derivations = [];
    for (const fw of index.frameworks) {
        const cat = readYaml(fw.catalogue, CatalogueSchema);
        catalogues.push({ ...cat, file: fw.catalogue });
        for (const file of fw.links) {
            const lf = readYaml(file, LinkFileSchema);
            for (const l of lf.links)
                for (const c of l.controls)
                    links.push({ check: l.check, framework: lf.framework, control: c.id, strength: c.strength, rationale: c.rationale, file });
        }
        if (fw.derive) {
            const crosswalk = { ...readYaml(fw.derive.crosswalk, CrosswalkSchema), file: fw.derive.crosswalk };
            if (crosswalk.from !== fw.key || crosswalk.to !== fw.derive.from) {
                throw new InputError(`mappings/${fw.derive.crosswalk}`, `maps ${crosswalk.from} to ${crosswalk.to}, but ${fw.key} is derived from ${fw.derive.from}`);
            }
            crosswalks.push(crosswalk);
            derivations.push({ key: fw.key, from: fw.derive.from, crosswalk });
        }
    }
    // Derive after every file is read, so the order of the index does not matter.
    for (const d of derivations)
        links.push(...deriveLinks(d.crosswalk, links, catalogues.find((c) => c.framework === d.from)));
    cached = { version: index.version, catalogues, links, crosswalks };
    return cached;
}
