/** Flags → engine. Nothing else lives here. */
import { Command, CommanderError } from 'commander';
import type { VerifyFlags } from './cli/evidence.js';
import type { FinishFlags } from './cli/finish.js';
import { finishOptions } from './cli/finish-options.js';
import { asGiven } from './cli/given-paths.js';
import type { HistoryFlags, TrendFlags } from './cli/history.js';
import { type CliIO, processIO } from './cli/io.js';
import type { SoaFlags } from './cli/report.js';
import type { ScanFlags } from './cli/scan.js';
import type { ShareFlags } from './cli/share.js';
import { EXIT, InputError } from './errors.js';
// From the model, not mapping/load: that one pulls zod and yaml, which `--help` must not load.
import { FRAMEWORK_KEYS } from './model/framework.js';
import { TOOL_VERSION } from './paths.js';
import { shownName } from './shown-name.js';

// Commands load their modules on use, so `annexa --help` starts fast.
const lists = (): Promise<typeof import('./cli/lists.js')> => import('./cli/lists.js');

function program(io: CliIO, setExit: (code: number) => void): Command {
  const root = new Command('annexa')
    .description('Cloud security posture scanner that turns findings into ISO/IEC 27001:2022 Annex A evidence')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s.trimEnd()),
      writeErr: (s) => io.stderr(s.trimEnd()),
      // A usage error is one line in the house style, as every other error is.
      outputError: (s, write) => write(`annexa: ${s.trim().replace(/^error: /, '')} (run with --help for usage)\n`),
    });

  finishOptions(
    root
      .command('scan')
      .description('scan a live account (`scan aws`, `scan azure`) or evaluate a saved snapshot offline (`scan --snapshot FILE`)')
      .argument('[provider]', 'cloud provider: aws or azure')
      .option('--snapshot <file>', 'evaluate a saved snapshot instead of calling the cloud')
      .option('--profile <name>', 'AWS shared-config profile (otherwise the standard credential chain)')
      .option('--regions <list>', 'comma-separated regions (default: every region enabled in the account)')
      .option('--checks <list>', 'comma-separated check ids or globs, e.g. "aws.s3.*,aws.iam.root-*"')
      .option('--severity <level>', 'only run checks of this severity or higher')
      .option('--framework <list>', 'frameworks to summarise controls for, e.g. "iso27001:2022,iso27017:2015" (default iso27001:2022)')
      .option('--save-snapshot <file>', 'save the collected inventory for offline re-evaluation')
      .option('--concurrency <n>', 'maximum API calls in flight (default 32)')
      .option('--max-attempts <n>', 'SDK attempts per call, including retries (default 8)')
      .option('--endpoint-url <url>', 'custom AWS endpoint, e.g. LocalStack (also AWS_ENDPOINT_URL); S3 uses path-style')
      .option('--connect-timeout <seconds>', 'time to establish each connection (default 10)')
      .option('--request-timeout <seconds>', 'time for each request attempt to be answered (default 60)')
      .option('--deadline <seconds>', 'whole-scan time limit: calls still out then are aborted and reported as errors (exit 3)')
      .option('--max-rps <n>', 'cap on AWS API requests per second over the whole scan (per-API token buckets apply either way)')
      .option('--org', 'scan every active account of the AWS Organization (run as the management account or a delegated administrator)')
      .option('--ou <list>', 'with --org: only accounts under these OUs or roots (ou-…, r-…), nested OUs included')
      .option('--accounts <list>', 'with --org: only these account ids')
      .option('--exclude-accounts <list>', 'with --org: skip these account ids')
      .option(
        '--role-name <name>',
        'with --org: role to assume in each account (default OrganizationAccountAccessRole; a read-only audit role is better)',
      )
      .option('--external-id <id>', 'with --org: external id the role requires')
      .option('--account-concurrency <n>', 'with --org: accounts scanned at once (default 4)')
      .option('--shard <K/N>', 'scan only shard K of N (account × region units); auto/N reads the index from the CI engine')
      .option('--evidence <dir>', 'also write an evidence bundle (items, API excerpts, run, mappings, manifest); DIR.tar.gz also packs it')
      .option('--evidence-tar', 'also pack the evidence bundle as DIR.tar.gz')
      .option('--sign-key <file>', 'sign the bundle manifest with this Ed25519 private key (PEM file, or env:VAR)')
      .option('--attestations <file>', 'with --evidence: put the attested documents and their SHA-256 into the signed bundle')
      .option('--subscriptions <list>', 'Azure: comma-separated subscription ids, or "all" (default: all the credential can see)')
      .option('--management-group <id>', 'Azure: scan every subscription under this management group')
      .option('--tenant <id>', 'Azure: tenant id or domain to sign in to')
      .option('--azure-cloud <name>', 'Azure: AzureCloud, AzureChinaCloud or AzureUSGovernment (default AzureCloud)')
      .option('--arm-endpoint <url>', 'Azure: custom Resource Manager endpoint, e.g. Azure Stack Hub')
      .option('--graph-endpoint <url>', 'Azure: custom Microsoft Graph endpoint for Entra ID, e.g. https://dod-graph.microsoft.us'),
  ).action(async (provider: string | undefined, flags: ScanFlags) => {
    const { scanCommand } = await import('./cli/scan.js');
    setExit((await scanCommand(provider, flags, io)).exitCode);
  });

  root
    .command('demo')
    .description('scan the bundled demo snapshot (an AWS account and an Azure subscription); no credentials needed')
    .option('--out <dir>', 'output directory (default: annexa-out)')
    .option('--format <list>', 'output formats: json, sarif, junit, ocsf, html', 'json')
    .option('-q, --quiet', 'print nothing but errors and warnings')
    .action(async (flags: { out?: string; format: string; quiet?: boolean }) => {
      const [{ scanCommand }, { fromRoot }] = await Promise.all([import('./cli/scan.js'), import('./paths.js')]);
      const demo = { snapshot: fromRoot('demo', 'demo-snapshot.json'), config: fromRoot('demo', 'annexa.yaml') };
      setExit((await scanCommand(undefined, { ...demo, ...flags, failOn: 'none', allowIncomplete: true }, io)).exitCode);
    });

  const checks = root.command('checks').description('list the checks annexa runs');
  checks
    .command('list')
    .option('--checks <list>', 'filter by ids or globs')
    .option('--format <fmt>', 'text or json', 'text')
    .option('--manual', 'list the CIS benchmark recommendations a person must judge, with guidance')
    .action(async (flags: { checks?: string; format?: string; manual?: boolean }) =>
      setExit(flags.manual ? (await lists()).manualList(flags, io) : (await lists()).checksList(flags, io)),
    );

  const controls = root.command('controls').description('show how each control is covered');
  controls
    .command('list')
    .option('--framework <list>', `framework keys: ${FRAMEWORK_KEYS.join(', ')}`, 'iso27001:2022')
    .option('--format <fmt>', 'text or json', 'text')
    .option('--links', 'also print every link with its rationale, and the checks left unmapped with why')
    .action(async (flags: { framework?: string; format?: string; links?: boolean }) => setExit((await lists()).controlsList(flags, io)));

  const report = root.command('report').description('reports for auditors');
  report
    .command('soa')
    .description('Statement of Applicability: every ISO/IEC 27001:2022 Annex A control with its coverage and evidence')
    .option('--result <file>', 'scan result to report on', 'annexa-out/annexa-result.json')
    .option('--soa <file>', 'applicability decisions (soa.yaml): controls marked not applicable, with a justification')
    .option('--history <file>', 'scan history store, for the status-over-time chart')
    .option('--attestations <file>', 'attestations.yaml: status, owner, documents and reviews of controls, shown beside the evidence')
    .option('--format <list>', 'report formats: html, csv, md', 'html,csv,md')
    .option('--out <dir>', 'output directory', 'annexa-out')
    .action(async (flags: SoaFlags) => {
      const { soaCommand } = await import('./cli/report.js');
      setExit(await soaCommand(flags, io));
    });

  const evidence = root.command('evidence').description('evidence bundles written by `scan --evidence`');
  evidence
    .command('verify')
    .description('check a bundle (directory or .tar.gz) against its manifest and signature; exit 0 verified, 1 tampered, 2 bad input')
    .argument('<bundle>', 'bundle directory or .tar.gz')
    .option('--public-key <file>', 'Ed25519 public key (PEM file, or env:VAR) the manifest must be signed with')
    .option(
      '--documents <dir>',
      're-hash the attested documents the manifest lists, relative to this directory (where attestations.yaml lives)',
    )
    .option('--format <fmt>', 'text or json', 'text')
    .action(async (bundle: string, flags: VerifyFlags) => setExit((await import('./cli/evidence.js')).evidenceVerify(bundle, flags, io)));

  const history = root.command('history').description('scans recorded with `scan --history`');
  const historyOptions = (c: Command): Command =>
    c
      .option('--file <db>', 'history database (default: annexa.yaml history.file or .annexa/history.db)')
      .option('--history <db>', 'the same as --file, spelled as for scan and report soa')
      .option('--config <file>', 'config file (default: ./annexa.yaml when present)')
      .option('--format <fmt>', 'text or json', 'text');
  historyOptions(history.command('list').description('recorded scans, oldest first')).action(async (flags: HistoryFlags) =>
    setExit((await import('./cli/history.js')).historyList(flags, io)),
  );
  historyOptions(
    history
      .command('diff')
      .description('items new, resolved and changed between two scans')
      .argument('<a>', 'earlier scan: id (or unique prefix), latest or previous')
      .argument('<b>', 'later scan: id (or unique prefix), latest or previous'),
  ).action(async (a: string, b: string, flags: HistoryFlags) => setExit((await import('./cli/history.js')).historyDiff(a, b, flags, io)));
  historyOptions(
    history
      .command('trend')
      .description("a control's pass, fail, error, not applicable and waived counts per scan")
      .requiredOption('--control <id>', 'control id, e.g. A.8.24')
      .option('--framework <key>', 'framework key', 'iso27001:2022'),
  ).action(async (flags: TrendFlags) => setExit((await import('./cli/history.js')).historyTrend(flags, io)));

  finishOptions(
    root
      .command('merge')
      .description('merge results of shards or separate scans into one result, then gate and report as a scan does')
      .argument('<results...>', 'annexa-result.json files'),
  ).action(async (files: string[], flags: FinishFlags) => {
    const { mergeCommand } = await import('./cli/merge.js');
    setExit(await mergeCommand(files, flags, io));
  });

  root
    .command('share')
    .description('export a result for sharing outside the organisation: findings aggregated by check, identifiers as keyed pseudonyms')
    .option('--result <file>', 'scan result to share', 'annexa-out/annexa-result.json')
    .option('--key-file <file>', 'pseudonymisation key, at least 32 bytes (or env ANNEXA_SHARE_KEY); keep it: it re-identifies tokens')
    .option('--out <file>', 'where to write the export', 'annexa-out/annexa-share.json')
    .action(async (flags: ShareFlags) => setExit((await import('./cli/share.js')).shareCommand(flags, io)));

  root
    .command('iam-policy')
    .description('print the least-privilege read-only IAM policy the AWS collectors need')
    .action(async () => setExit((await lists()).iamPolicy(io)));

  root
    .command('azure-role')
    .description('print a minimal Azure custom role (JSON) with the read actions the Azure collectors need')
    .option('--scope <list>', 'assignable scopes, e.g. /subscriptions/<id> (default: a placeholder subscription)')
    .option('--graph', 'print instead the Microsoft Graph application permissions (read-only) the Entra ID checks need, one a line')
    .action(async (flags: { scope?: string; graph?: boolean }) => setExit(await (await import('./cli/azure.js')).azureRole(flags, io)));

  return root;
}

/** Run the CLI; returns the exit code. Never throws and never prints a stack trace. */
export async function main(argv: string[], given: CliIO = processIO()): Promise<number> {
  const shown = asGiven(argv, given.cwd);
  const io: CliIO = { ...given, stdout: (t) => given.stdout(shown(t)), stderr: (t) => given.stderr(shown(t)) };
  let code: number = EXIT.ok;
  try {
    await program(io, (c) => (code = c)).parseAsync(argv, { from: 'user' });
    return code;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version exit 0; every other parse problem is a usage error.
      return err.exitCode === 0 ? EXIT.ok : EXIT.input;
    }
    if (err instanceof InputError) {
      io.stderr(`annexa: ${err.message}`);
      return EXIT.input;
    }
    io.stderr(`annexa: internal error: ${shownName(err instanceof Error ? err.message : String(err))} (please report this)`);
    return 4;
  }
}
