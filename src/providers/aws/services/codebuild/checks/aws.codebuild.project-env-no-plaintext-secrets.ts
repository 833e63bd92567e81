import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { CODEBUILD_PROJECTS, type CodeBuildEnvVar } from '../state.js';

/** The two names Security Hub (CodeBuild.2) judges. */
const AWS_KEY_NAMES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']);
/** Other names that, by convention, hold a secret. */
const SECRET_LIKE = /(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|CREDENTIAL)/i;
/** Suffixes of names that hold where a secret is (its ARN, parameter name, file or endpoint), not the secret. */
const POINTER = /_(ARN|NAME|ID|PATH|PARAM|PARAMETER|FILE|URL|URI|ENDPOINT)$/i;

function exposed(v: CodeBuildEnvVar): boolean {
  if (v.type !== 'PLAINTEXT') return false;
  return AWS_KEY_NAMES.has(v.name.toUpperCase()) || (SECRET_LIKE.test(v.name) && !POINTER.test(v.name)) || v.valueIsAccessKeyId;
}

export const codebuildProjectEnvNoPlaintextSecrets = eachResource(
  {
    id: 'aws.codebuild.project-env-no-plaintext-secrets',
    title: 'CodeBuild projects keep no secrets in plaintext environment variables',
    service: 'codebuild',
    resourceType: 'AWS::CodeBuild::Project',
    severity: 'critical',
    requires: [CODEBUILD_PROJECTS],
    rationale:
      'PLAINTEXT environment variables (the default type) are shown in clear in the CodeBuild console and API. Security Hub ' +
      '(CodeBuild.2) fails a project with a PLAINTEXT AWS_ACCESS_KEY_ID or AWS_SECRET_ACCESS_KEY; this check fails on those, on ' +
      'PLAINTEXT variables whose name marks a secret (password, secret, token, API key, private key, credential) unless it ends in ' +
      '_ARN, _NAME, _ID, _PATH, _PARAM(ETER), _FILE, _URL, _URI or _ENDPOINT (where a secret is kept, not the secret), and on any ' +
      'PLAINTEXT variable whose value has the shape of an access key id. PARAMETER_STORE and SECRETS_MANAGER variables pass: ' +
      'they hold a reference, not the secret. Variable values are never collected.',
    remediation: {
      text: 'Store the secret in Secrets Manager or Parameter Store, reference it with a SECRETS_MANAGER or PARAMETER_STORE variable (or use the project service role instead of access keys), and rotate the exposed value.',
      console: 'CodeBuild → Build projects → project → Edit → Environment → Additional configuration → Environment variables',
    },
  },
  CODEBUILD_PROJECTS,
  (p, r) => {
    const bad = p.envVars.filter(exposed).map((v) => v.name);
    return bad.length === 0
      ? pass(r, 'no-plaintext-secrets', `Project ${p.name} has no secret-like PLAINTEXT environment variables.`, { plaintextSecrets: [] })
      : fail(r, 'plaintext-secrets', `Project ${p.name} keeps ${bad.join(', ')} as PLAINTEXT environment variables.`, {
          plaintextSecrets: bad,
        });
  },
);
