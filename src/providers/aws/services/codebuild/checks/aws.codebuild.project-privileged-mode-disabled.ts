import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { CODEBUILD_PROJECTS } from '../state.js';

export const codebuildProjectPrivilegedModeDisabled = eachResource(
  {
    id: 'aws.codebuild.project-privileged-mode-disabled',
    title: 'CodeBuild project environments do not run in privileged mode',
    service: 'codebuild',
    resourceType: 'AWS::CodeBuild::Project',
    severity: 'high',
    requires: [CODEBUILD_PROJECTS],
    rationale:
      "Privileged mode gives the build container access to all of the host's devices so it can run a Docker daemon. A build that is compromised (a poisoned dependency, a malicious pull request) then has far more reach. Security Hub (CodeBuild.5) fails a project whose environment has privilegedMode true; so does this check. Projects that build container images need it and should be reviewed as accepted exceptions.",
    remediation: {
      text: 'Turn off privileged mode unless the project builds Docker images.',
      console: 'CodeBuild → Build projects → project → Edit → Environment → Override image → clear Privileged',
    },
  },
  CODEBUILD_PROJECTS,
  (p, r) =>
    p.privilegedMode
      ? fail(r, 'privileged', `Project ${p.name} runs its builds in privileged mode.`, { privilegedMode: true })
      : pass(r, 'not-privileged', `Project ${p.name} does not run in privileged mode.`, { privilegedMode: false }),
);
