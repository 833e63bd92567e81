/** The `--org` flags of `annexa scan aws`, validated before any API call. */

import { InputError } from '../errors.js';
import type { OrgScanOptions } from '../providers/aws/org.js';
import { list, positiveInt } from './options.js';

export interface OrgFlags {
  org?: boolean;
  ou?: string;
  accounts?: string;
  excludeAccounts?: string;
  roleName?: string;
  externalId?: string;
  accountConcurrency?: string;
}

const ACCOUNT_ID = /^\d{12}$/;
const OU_ID = /^(ou-[0-9a-z]{4,32}-[0-9a-z]{8,32}|r-[0-9a-z]{4,32})$/;
const ROLE_NAME = /^[\w+=,.@/-]{1,128}$/;

function ids(flag: string, value: string | undefined, re: RegExp, what: string): string[] | undefined {
  const out = list(value);
  for (const v of out ?? []) if (!re.test(v)) throw new InputError(flag, `"${v}" is not ${what}`);
  return out;
}

/** The `--org` flags, validated; undefined for a single-account scan (where they are refused). */
export function orgScanOptions(flags: OrgFlags): OrgScanOptions | undefined {
  const orgOnly = {
    ou: '--ou',
    accounts: '--accounts',
    excludeAccounts: '--exclude-accounts',
    roleName: '--role-name',
    externalId: '--external-id',
    accountConcurrency: '--account-concurrency',
  } as const;
  if (!flags.org) {
    const used = Object.entries(orgOnly).find(([k]) => flags[k as keyof typeof orgOnly] !== undefined);
    if (used) throw new InputError(used[1], 'only applies with --org');
    return undefined;
  }
  if (flags.roleName !== undefined && !ROLE_NAME.test(flags.roleName))
    throw new InputError('--role-name', `"${flags.roleName}" is not an IAM role name`);
  const ous = ids('--ou', flags.ou, OU_ID, 'an OU or root id such as ou-ab12-cdef3456 or r-ab12');
  const include = ids('--accounts', flags.accounts, ACCOUNT_ID, 'a 12-digit account id');
  const exclude = ids('--exclude-accounts', flags.excludeAccounts, ACCOUNT_ID, 'a 12-digit account id');
  const accountConcurrency = positiveInt('--account-concurrency', flags.accountConcurrency);
  return {
    ...(ous ? { ous } : {}),
    ...(include ? { include } : {}),
    ...(exclude ? { exclude } : {}),
    ...(flags.roleName ? { roleName: flags.roleName } : {}),
    ...(flags.externalId ? { externalId: flags.externalId } : {}),
    ...(accountConcurrency ? { accountConcurrency } : {}),
  };
}
