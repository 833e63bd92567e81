/** AWS Glue state the checks read. No SDK imports: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/** `GetDataCatalogEncryptionSettings` for the account's catalog in one region, reduced. */
export interface GlueCatalogEncryption {
  /** EncryptionAtRest.CatalogEncryptionMode: `DISABLED`, `SSE-KMS` or `SSE-KMS-WITH-SERVICE-ROLE`. */
  catalogMode: string;
  catalogKmsKey?: string;
  /** ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted. */
  passwordsEncrypted: boolean;
  passwordKmsKey?: string;
}

/** One Glue security configuration's encryption modes; a part left unset is `DISABLED`, as Glue treats it. */
export interface GlueSecurityConfiguration {
  /** S3Encryption[].S3EncryptionMode (`SSE-S3`, `SSE-KMS`, `DISABLED`); `DISABLED` when none is given. */
  s3: string;
  /** CloudWatchEncryption.CloudWatchEncryptionMode (`SSE-KMS` or `DISABLED`). */
  cloudWatch: string;
  /** JobBookmarksEncryption.JobBookmarksEncryptionMode (`CSE-KMS` or `DISABLED`). */
  bookmarks: string;
}

/** `GetJobs`, reduced. */
export interface GlueJob extends Named {
  /** The name of the security configuration the job runs with, or `null` for none. */
  securityConfiguration: string | null;
  /** Command.Name: `glueetl`, `gluestreaming`, `pythonshell` or `glueray`, when the answer gives it. */
  command?: string;
}

export const GLUE_CATALOG_ENCRYPTION = inventoryKey<GlueCatalogEncryption>('aws.glue.catalogEncryption', 'regional');
/** Security configurations by name. */
export const GLUE_SECURITY_CONFIGURATIONS = inventoryKey<Readonly<Record<string, GlueSecurityConfiguration>>>(
  'aws.glue.securityConfigurations',
  'regional',
);
export const GLUE_JOBS = inventoryKey<readonly GlueJob[]>('aws.glue.jobs', 'regional');

/** The modes Glue documents for the catalog and for each part of a security configuration. */
export const CATALOG_MODES: readonly string[] = ['DISABLED', 'SSE-KMS', 'SSE-KMS-WITH-SERVICE-ROLE'];
const PART_MODES: Readonly<Record<keyof GlueSecurityConfiguration, readonly string[]>> = {
  s3: ['DISABLED', 'SSE-KMS', 'SSE-S3'],
  cloudWatch: ['DISABLED', 'SSE-KMS'],
  bookmarks: ['DISABLED', 'CSE-KMS'],
};

const PART_NAMES: readonly [keyof GlueSecurityConfiguration, string][] = [
  ['s3', 'S3'],
  ['cloudWatch', 'CloudWatch Logs'],
  ['bookmarks', 'job bookmarks'],
];

/** The parts of a security configuration that leave data unencrypted. */
export function disabledParts(c: GlueSecurityConfiguration): string[] {
  return PART_NAMES.filter(([key]) => c[key] === 'DISABLED').map(([, part]) => part);
}

/** Parts whose mode Glue does not document (`part "mode"`): read neither as on nor as off. */
export function unknownParts(c: GlueSecurityConfiguration): string[] {
  return PART_NAMES.filter(([key]) => !PART_MODES[key].includes(c[key])).map(([key, part]) => `${part} "${c[key]}"`);
}
