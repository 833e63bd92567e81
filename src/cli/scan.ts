import { resolve } from 'node:path';
import { type RunOutcome, type RunRequest, runScan, selectRun } from '../engine/run.js';
import { buildResult } from '../output/result.js';
import type { OrgFlags } from '../providers/aws/org-options.js';
import { shownName } from '../shown-name.js';
import { type EvidenceFlags, prepareEvidence } from './evidence.js';
import { type FinishFlags, finish, planFinish } from './finish.js';
import type { CliIO } from './io.js';
import { frameworksOption, list, severityOption } from './options.js';
import { progressReporter } from './progress.js';

export interface ScanFlags extends EvidenceFlags, FinishFlags, OrgFlags {
  snapshot?: string;
  profile?: string;
  regions?: string;
  checks?: string;
  severity?: string;
  framework?: string;
  saveSnapshot?: string;
  config?: string;
  concurrency?: string;
  maxAttempts?: string;
  endpointUrl?: string;
  connectTimeout?: string;
  requestTimeout?: string;
  deadline?: string;
  shard?: string;
  subscriptions?: string;
  managementGroup?: string;
  tenant?: string;
  azureCloud?: string;
  armEndpoint?: string;
  graphEndpoint?: string;
  maxRps?: string;
}

export type ScanOutcome = RunOutcome;

/** `annexa scan [provider]`: flags → a run request → the engine → what it wrote. */
export async function scanCommand(provider: string | undefined, flags: ScanFlags, io: CliIO): Promise<ScanOutcome> {
  const minSeverity = flags.severity ? severityOption('--severity', flags.severity) : undefined;
  const checks = list(flags.checks);
  const selection = selectRun({
    cwd: io.cwd,
    env: io.env,
    ...(flags.config ? { configFile: resolve(io.cwd, flags.config) } : {}),
    ...(checks ? { checks } : {}),
    ...(minSeverity ? { minSeverity } : {}),
    ...(flags.shard ? { shard: flags.shard } : {}),
  });
  const { mappings, config, configFile } = selection;
  const frameworks = frameworksOption(
    flags.framework,
    mappings.catalogues.map((c) => c.framework),
  );
  const evidence = prepareEvidence(flags, io);
  const finishPlan = planFinish(flags, config, configFile, mappings, io);
  const request: RunRequest = {
    ...selection,
    frameworks,
    live: { flags: { ...flags }, env: io.env, hooks: io },
    progress: progressReporter(io, Boolean(flags.quiet)),
    ...(provider ? { provider } : {}),
    ...(flags.snapshot ? { snapshot: { path: resolve(io.cwd, flags.snapshot), given: flags.snapshot } } : {}),
    ...(flags.saveSnapshot ? { saveSnapshot: resolve(io.cwd, flags.saveSnapshot) } : {}),
  };
  return runScan(request, {
    assemble: buildResult,
    finish: (result, files) => finish(result, finishPlan, io, files, evidence ? [(r) => evidence.write(r, mappings)] : []),
    // The bundle cuts each item's excerpt as it is evaluated, while its snapshot is in memory.
    ...(evidence ? { taps: [evidence.tap] } : {}),
    // Items held in memory before the run spools them to a temporary file; the default suits any machine.
    ...(Number(io.env.ANNEXA_ITEMS_IN_MEMORY) > 0 ? { inMemory: Number(io.env.ANNEXA_ITEMS_IN_MEMORY) } : {}),
    rescued: (file) =>
      io.stderr(`annexa: the collected inventory is saved in ${shownName(file)}; re-run with --snapshot ${shownName(file)}`),
  });
}
