/** The flags `scan` and `merge` share for outputs and gating. Only commander here, so `--help` stays fast. */
import { type Command, Option } from 'commander';

export function finishOptions(c: Command): Command {
  return c
    .option('--out <dir>', 'output directory (default: annexa-out)')
    .option('--format <list>', 'output formats: json, sarif, junit, ocsf, html', 'json')
    .option('--sarif-include <list>', 'SARIF: statuses to report besides fail (error, as notes)')
    .option(
      '--sarif-category <id>',
      'SARIF: code scanning category root in place of "annexa"; each account still gets <id>/<provider>/<account>/',
    )
    .option('--iac-map <file>', 'SARIF: YAML that points resources at the repository files declaring them')
    .option('--config <file>', 'config file (default: ./annexa.yaml when present)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a failing item is at or above this severity (or "none"); default high'))
    .option(
      '--fail-on-control <ids>',
      'exit 1 when a failing, unwaived item maps to any of these ISO/IEC 27001:2022 controls, e.g. A.8.24,A.5.15',
    )
    .option('--baseline <file>', 'a previous annexa-result.json: only failing items new since it can fail the run')
    .option('--waivers <file>', 'waivers YAML: owned, expiring exceptions that stop items from failing the run')
    .option('--summary-md <file>', 'write a Markdown summary (also appended to $GITHUB_STEP_SUMMARY when set)')
    .option('--allow-incomplete', 'exit 0 rather than 3 when some checks could not be evaluated')
    .option('--history [file]', 'record the result in the history database (default: annexa.yaml history.file or .annexa/history.db)')
    .option('-q, --quiet', 'print nothing but errors and warnings');
}
