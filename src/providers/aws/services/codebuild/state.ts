/** CodeBuild inventory shapes and keys. No SDK imports: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
import type { Named } from '../each-resource.js';

/**
 * What a source URL carries: nothing, a user name before its host, a user name with a password or token,
 * or a token, password or signature as a query parameter.
 */
export type UrlSignIn = 'none' | 'user' | 'user-and-secret' | 'query-secret';

/** One source of a project (the primary or a secondary one). */
export interface CodeBuildSource {
  /** `BITBUCKET`, `GITHUB`, `GITHUB_ENTERPRISE`, `CODECOMMIT`, `S3`, `NO_SOURCE`, … */
  type: string;
  /** The source location with any sign-in part removed and secret query values redacted, so no credential reaches the snapshot. */
  location: string;
  signIn: UrlSignIn;
}

/**
 * One environment variable, without its value: a value may be a secret, and the snapshot is
 * written to disk and shared as evidence.
 */
export interface CodeBuildEnvVar {
  name: string;
  /** `PLAINTEXT` (the default), `PARAMETER_STORE` or `SECRETS_MANAGER`. */
  type: string;
  /** The value has the shape of an AWS access key id (AKIA…/ASIA…), whatever the variable is called. */
  valueIsAccessKeyId: boolean;
}

/** `BatchGetProjects`, reduced to what the checks read. */
export interface CodeBuildProject extends Named {
  /** The primary source first, then the secondary sources. */
  sources: readonly CodeBuildSource[];
  envVars: readonly CodeBuildEnvVar[];
  privilegedMode: boolean;
  /** `logsConfig.cloudWatchLogs.status`, when the project reports it (absent: on, the documented default). */
  cloudWatchLogs?: string;
  /** `logsConfig.s3Logs.status`, when the project reports it. */
  s3Logs?: string;
}

/** `ListProjects`, then `BatchGetProjects` in batches of 100. */
export const CODEBUILD_PROJECTS = inventoryKey<readonly CodeBuildProject[]>('aws.codebuild.projects', 'regional');
