import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { CODEBUILD_PROJECTS, type CodeBuildSource } from '../state.js';

/** Hosts whose clone URLs may carry a personal access token as the user name alone. */
const TOKEN_AS_USER = new Set(['GITHUB', 'GITHUB_ENTERPRISE']);

/** Named without its scheme: a finding message is text, and reports carry no links out. */
const withoutScheme = (location: string): string => location.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');

/** A secret in the URL leaks whatever the source type (GitLab, CodeCommit Git credentials, …). */
function leaks(s: CodeBuildSource): boolean {
  return s.signIn === 'user-and-secret' || s.signIn === 'query-secret' || (s.signIn === 'user' && TOKEN_AS_USER.has(s.type));
}

export const codebuildProjectSourceNoCredentials = eachResource(
  {
    id: 'aws.codebuild.project-source-no-credentials',
    title: 'CodeBuild project source URLs carry no sign-in credentials',
    service: 'codebuild',
    resourceType: 'AWS::CodeBuild::Project',
    severity: 'critical',
    requires: [CODEBUILD_PROJECTS],
    rationale:
      'Security Hub (CodeBuild.1) fails a project whose Bitbucket source URL, primary or secondary, embeds a user name with a password ' +
      'or an access token; AWS Control Tower applies the same rule to GitHub. A credential in the URL is readable by anyone who can ' +
      'view the project, whichever host it opens. Fails when any source URL (Bitbucket, GitHub, GitHub Enterprise, GitLab, CodeCommit ' +
      'Git credentials, …) holds `user:secret@` or a query parameter carrying a token, password, key or signature (`access_token=`, ' +
      '`private_token=`), or a GitHub URL holds a bare user part (the form a personal access token takes); a bare user name elsewhere ' +
      'is only the account name and passes. The collector keeps only the shape of the sign-in part and redacts secret query values, ' +
      'never keeping the credential.',
    remediation: {
      text: 'Remove the credential from the source URL and connect the repository with OAuth or a CodeConnections connection, then rotate the exposed credential.',
      console: 'CodeBuild → Build projects → project → Edit → Source → Connect using OAuth',
    },
  },
  CODEBUILD_PROJECTS,
  (p, r) => {
    const bad = p.sources.filter(leaks);
    const observed = { sources: p.sources.map((s) => ({ type: s.type, location: s.location, signIn: s.signIn })) };
    return bad.length === 0
      ? pass(r, 'no-credentials', `No source URL of project ${p.name} carries sign-in credentials.`, observed)
      : fail(
          r,
          'credentials-in-url',
          `Project ${p.name} embeds credentials in the source URL of ${bad.map((s) => withoutScheme(s.location)).join(', ')}.`,
          observed,
        );
  },
);
