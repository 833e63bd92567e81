/** Flags → engine. Nothing else lives here. */
import { Command, CommanderError, Option } from 'commander';
import { processIO, type CliIO } from './cli/io.js';
import type { ScanFlags } from './cli/scan.js';
import { EXIT, InputError } from './errors.js';
import { TOOL_VERSION } from './paths.js';
import { silenceSdkNodeWarning } from './cli/warnings.js';

// Commands load their modules on use, so `annexa --help` starts fast.
const lists = (): Promise<typeof import('./cli/lists.js')> => import('./cli/lists.js');

function program(io: CliIO, setExit: (code: number) => void): Command {
  const root = new Command('annexa')
    .description('Cloud security posture scanner that turns findings into ISO/IEC 27001:2022 Annex A evidence')
    .version(TOOL_VERSION)
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s.trimEnd()), writeErr: (s) => io.stderr(s.trimEnd()) })
    .showHelpAfterError('(run with --help for usage)');

  root
    .command('scan')
    .description('scan a live account (`scan aws`) or evaluate a saved snapshot offline (`scan --snapshot FILE`)')
    .argument('[provider]', 'cloud provider: aws')
    .option('--snapshot <file>', 'evaluate a saved snapshot instead of calling the cloud')
    .option('--profile <name>', 'AWS shared-config profile (otherwise the standard credential chain)')
    .option('--regions <list>', 'comma-separated regions (default: every region enabled in the account)')
    .option('--checks <list>', 'comma-separated check ids or globs, e.g. "aws.s3.*,aws.iam.root-*"')
    .option('--severity <level>', 'only run checks of this severity or higher')
    .option('--out <dir>', 'output directory (default: annexa-out)')
    .option('--format <list>', 'output formats', 'json')
    .option('--save-snapshot <file>', 'save the collected inventory for offline re-evaluation')
    .option('--config <file>', 'config file (default: ./annexa.yaml when present)')
    .addOption(new Option('--fail-on <severity>', 'exit 1 when a failing item is at or above this severity (or "none"); default high'))
    .option('--allow-incomplete', 'exit 0 rather than 3 when some checks could not be evaluated')
    .option('--concurrency <n>', 'maximum API calls in flight (default 32)')
    .option('--max-attempts <n>', 'SDK attempts per call, including retries (default 8)')
    .option('--endpoint-url <url>', 'custom AWS endpoint, e.g. LocalStack (also AWS_ENDPOINT_URL); S3 uses path-style')
    .option('--max-rps <n>', 'cap on AWS API requests per second over the whole scan (per-API token buckets apply either way)')
    .option('--org', 'scan every active account of the AWS Organization (run as the management account or a delegated administrator)')
    .option('--ou <list>', 'with --org: only accounts under these OUs or roots (ou-…, r-…), nested OUs included')
    .option('--accounts <list>', 'with --org: only these account ids')
    .option('--exclude-accounts <list>', 'with --org: skip these account ids')
    .option('--role-name <name>', 'with --org: role to assume in each account (default OrganizationAccountAccessRole; a read-only audit role is better)')
    .option('--external-id <id>', 'with --org: external id the role requires')
    .option('--account-concurrency <n>', 'with --org: accounts scanned at once (default 4)')
    .option('-q, --quiet', 'no progress line and no summary')
    .action(async (provider: string | undefined, flags: ScanFlags) => {
      const { scanCommand } = await import('./cli/scan.js');
      setExit((await scanCommand(provider, flags, io)).exitCode);
    });

  const checks = root.command('checks').description('list the checks annexa runs');
  checks
    .command('list')
    .option('--checks <list>', 'filter by ids or globs')
    .option('--format <fmt>', 'text or json', 'text')
    .action(async (flags: { checks?: string; format?: string }) => setExit((await lists()).checksList(flags, io)));

  const controls = root.command('controls').description('show how each control is covered');
  controls
    .command('list')
    .option('--framework <key>', 'framework key', 'iso27001:2022')
    .option('--format <fmt>', 'text or json', 'text')
    .action(async (flags: { framework?: string; format?: string }) => setExit((await lists()).controlsList(flags, io)));

  root
    .command('iam-policy')
    .description('print the least-privilege read-only IAM policy the AWS collectors need')
    .action(async () => setExit((await lists()).iamPolicy(io)));

  return root;
}

/** Run the CLI; returns the exit code. Never throws and never prints a stack trace. */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  silenceSdkNodeWarning();
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
    io.stderr(`annexa: internal error: ${err instanceof Error ? err.message : String(err)} (please report this)`);
    return 4;
  }
}
