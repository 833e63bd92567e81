import type { Check } from '../../../../../model/check.js';
import { GLOBAL } from '../../../../../model/keys.js';
import { accountResource, awsResource, errorFinding, fail, notApplicable, pass, readFetched, readGlobal } from '../../../../check-kit.js';
import { effectivelyAdmin, principalEscalations } from '../../../policy/index.js';
import { missingError, subjects } from '../effective.js';
import { IAM_AUTHORIZATION_DETAILS, IAM_AWS_MANAGED_POLICIES } from '../state.js';

export const iamPrincipalNoPrivilegeEscalation: Check = {
  meta: {
    id: 'aws.iam.principal-no-privilege-escalation',
    title: 'Users and roles cannot grant themselves more privileges',
    provider: 'aws',
    service: 'iam',
    resourceType: 'AWS::IAM::User',
    severity: 'high',
    requires: [IAM_AUTHORIZATION_DETAILS, IAM_AWS_MANAGED_POLICIES],
    rationale:
      'One finding per IAM user and role (service-linked roles left out), over its effective permissions (inline, customer- and AWS-managed, group policies, capped by its permissions boundary). ' +
      'Fails when they allow, on at least one resource, every action of a published privilege-escalation primitive: iam:CreatePolicyVersion; iam:SetDefaultPolicyVersion; iam:Attach{User,Group,Role}Policy; iam:Put{User,Group,Role}Policy; iam:AddUserToGroup; iam:UpdateAssumeRolePolicy with sts:AssumeRole; iam:CreateAccessKey; iam:CreateLoginProfile; iam:UpdateLoginProfile; ' +
      'iam:PassRole with ec2:RunInstances, with lambda:CreateFunction and lambda:InvokeFunction (or CreateEventSourceMapping, or AddPermission), with glue:CreateDevEndpoint, with cloudformation:CreateStack, with datapipeline:CreatePipeline and PutPipelineDefinition, with sagemaker:CreateNotebookInstance and CreatePresignedNotebookInstanceUrl, with codebuild:CreateProject and StartBuild; lambda:UpdateFunctionCode; glue:UpdateDevEndpoint. ' +
      'A Deny removes a primitive only when it covers every resource unconditionally; grants under conditions count (the finding says so). Principals that are already administrators are not applicable (aws.iam.principal-not-effectively-admin reports them). The finding names each primitive and the permission set that enables it.',
    remediation: {
      text: 'Remove the listed actions, or scope them to specific resources that cannot lead to broader rights (for example iam:PassRole only on a role with fewer permissions); use permissions boundaries for delegated IAM administration.',
      console: 'IAM → Users/Roles → <name> → Permissions',
      cli: 'aws iam get-account-authorization-details; aws iam put-user-permissions-boundary --user-name <user> --permissions-boundary <policy-arn>',
    },
  },
  evaluate(ctx) {
    const awsManaged = readFetched(ctx, IAM_AWS_MANAGED_POLICIES);
    return readGlobal(ctx, IAM_AUTHORIZATION_DETAILS, accountResource(ctx), (d) => {
      if (!awsManaged.ok) return [errorFinding(accountResource(ctx), awsManaged.error, 'AWS-managed policy documents')];
      return subjects(d, awsManaged.value).map(({ kind, principal: p, effective }) => {
        const resource = awsResource(ctx, kind === 'user' ? 'AWS::IAM::User' : 'AWS::IAM::Role', GLOBAL, p.arn, p.name);
        const who = `${kind === 'user' ? 'User' : 'Role'} ${p.name}`;
        if (effectivelyAdmin(effective) === 'yes') return notApplicable(resource, 'already-admin', `${who} is already an administrator.`);
        const paths = principalEscalations(effective);
        const observed = {
          paths: paths.map((f) => ({ primitive: f.primitive.id, actions: f.primitive.actions, conditional: f.verdict !== 'yes' })),
        };
        if (paths.length) {
          const list = paths.map((f) => `${f.primitive.actions.join(' + ')}${f.verdict === 'yes' ? '' : ' (under conditions)'}`).join('; ');
          return fail(resource, 'privilege-escalation', `${who} can escalate its privileges with ${list}.`, observed);
        }
        const unread = missingError(effective.missing, awsManaged.value);
        if (unread) return errorFinding(resource, unread, `the effective permissions of ${p.name}`);
        return pass(resource, 'no-privilege-escalation', `${who} has no known privilege-escalation permission set.`, observed);
      });
    });
  },
};
