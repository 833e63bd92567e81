import { existsSync } from 'node:fs';
import { z } from 'zod';
import { readInputFile } from '../input-file.js';
import { type CheckParams, CheckParamsSchema } from '../model/params.js';
import { SEVERITIES } from '../model/status.js';
import type { ProviderDescriptor } from '../providers/descriptor.js';
import { PROVIDERS } from '../providers/index.js';

/** Each service's own parameters, under its `<provider>.<service>` key; unknown fields are an error. */
function serviceParamSchemas(providers: readonly ProviderDescriptor[]) {
  return Object.fromEntries(
    providers.flatMap((p) =>
      p.services.flatMap((s) => (s.params ? [[`${p.id}.${s.id}`, s.params.strict().partial().optional()] as const] : [])),
    ),
  );
}

/** The `annexa.yaml` schema for a set of providers (their services' parameters included). */
export function configSchema(providers: readonly ProviderDescriptor[] = PROVIDERS) {
  return z
    .object({
      params: CheckParamsSchema.partial()
        .extend(serviceParamSchemas(providers))
        .optional()
        .describe('Check thresholds; unset ones keep their defaults. A service’s own parameters go under its `<provider>.<service>` key.'),
      checks: z.array(z.string()).optional().describe('Check ids or globs to run (default: all).'),
      regions: z
        .array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'must be a region name such as eu-west-1'))
        .optional()
        .describe('Regions to scan (default: every enabled region).'),
      failOn: z
        .enum([...SEVERITIES, 'none'])
        .optional()
        .describe('Exit 1 when a failing item is at or above this severity.'),
      failOnControls: z
        .array(z.string().regex(/^A\.\d+\.\d+$/, 'must be an ISO/IEC 27001:2022 Annex A control id such as A.8.24'))
        .optional()
        .describe('Exit 1 when a failing, unwaived item is mapped to any of these ISO/IEC 27001:2022 controls.'),
      concurrency: z.number().int().min(1).max(256).optional().describe('API calls in flight across the scan.'),
      out: z.string().optional().describe('Output directory.'),
      history: z
        .object({
          file: z.string().min(1).optional().describe('SQLite file scans are recorded in (default .annexa/history.db).'),
          retain: z
            .object({
              scans: z.number().int().min(1).optional().describe('Keep at most this many scans, dropping the oldest.'),
              days: z.number().int().min(1).optional().describe('Drop scans collected more than this many days ago.'),
            })
            .strict()
            .optional()
            .describe('Retention, applied each time a scan is recorded; the newest scan is always kept.'),
        })
        .strict()
        .optional()
        .describe('Record every scan in a history database (as with --history).'),
    })
    .strict();
}

/** `annexa.yaml`: every field optional; command-line flags win over it. */
export const ConfigSchema = configSchema();

export type Config = z.infer<typeof ConfigSchema>;

export interface LoadedConfig {
  config: Config;
  params: CheckParams;
  /** Each service's parameters as given, by `<provider>.<service>` (validated; `paramsOf` fills defaults). */
  serviceParams: Record<string, unknown>;
  file?: string;
}

/**
 * Load `--config FILE`, or `annexa.yaml` in the working directory if present.
 * Any problem is an InputError naming the file and the field.
 */
export function loadConfig(explicit?: string, cwd = process.cwd(), providers: readonly ProviderDescriptor[] = PROVIDERS): LoadedConfig {
  const file = explicit ?? (existsSync(`${cwd}/annexa.yaml`) ? `${cwd}/annexa.yaml` : undefined);
  if (!file) return { config: {}, params: CheckParamsSchema.parse({}), serviceParams: {} };
  const services = serviceParamSchemas(providers);
  const config: Config = readInputFile(file, file, 'yaml', configSchema(providers));
  const given = Object.entries(config.params ?? {});
  const flat = Object.fromEntries(given.filter(([k]) => !(k in services)));
  const serviceParams = Object.fromEntries(given.filter(([k]) => k in services));
  return { config, params: CheckParamsSchema.parse(flat), serviceParams, file };
}
