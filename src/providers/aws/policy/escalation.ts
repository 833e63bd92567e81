/**
 * IAM privilege-escalation primitives: permission sets that let a principal gain permissions
 * it was not given, as published by Rhino Security Labs ("AWS IAM Privilege Escalation –
 * Methods and Mitigation") and since extended by the community. Each primitive is the set of
 * actions that must all be allowed on some resource.
 */
import type { PolicyDocument, PolicyStatement } from '../iam-policy.js';
import { evaluateConditions } from './conditions.js';
import { requestContext } from './context.js';
import { actionMatches } from './evaluate.js';
import { type Tri, triAnd, triOr } from './tri.js';

export interface EscalationPrimitive {
  readonly id: string;
  readonly actions: readonly string[];
  readonly how: string;
}

export const ESCALATION_PRIMITIVES: readonly EscalationPrimitive[] = [
  { id: 'create-policy-version', actions: ['iam:CreatePolicyVersion'], how: 'write a new default version of a policy attached to itself' },
  { id: 'set-default-policy-version', actions: ['iam:SetDefaultPolicyVersion'], how: 'switch a policy to an older, broader version' },
  { id: 'attach-user-policy', actions: ['iam:AttachUserPolicy'], how: 'attach AdministratorAccess to a user' },
  { id: 'attach-group-policy', actions: ['iam:AttachGroupPolicy'], how: 'attach AdministratorAccess to its group' },
  { id: 'attach-role-policy', actions: ['iam:AttachRolePolicy'], how: 'attach AdministratorAccess to a role it can use' },
  { id: 'put-user-policy', actions: ['iam:PutUserPolicy'], how: 'write an inline admin policy on a user' },
  { id: 'put-group-policy', actions: ['iam:PutGroupPolicy'], how: 'write an inline admin policy on its group' },
  { id: 'put-role-policy', actions: ['iam:PutRolePolicy'], how: 'write an inline admin policy on a role it can use' },
  { id: 'add-user-to-group', actions: ['iam:AddUserToGroup'], how: 'join a more privileged group' },
  {
    id: 'update-assume-role-policy',
    actions: ['iam:UpdateAssumeRolePolicy', 'sts:AssumeRole'],
    how: 'trust itself in a privileged role, then assume it',
  },
  { id: 'create-access-key', actions: ['iam:CreateAccessKey'], how: 'mint access keys for another user' },
  { id: 'create-login-profile', actions: ['iam:CreateLoginProfile'], how: 'set a console password for another user' },
  { id: 'update-login-profile', actions: ['iam:UpdateLoginProfile'], how: "change another user's console password" },
  {
    id: 'passrole-ec2',
    actions: ['iam:PassRole', 'ec2:RunInstances'],
    how: 'run an instance with a privileged role and read its credentials',
  },
  {
    id: 'passrole-lambda-invoke',
    actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'],
    how: 'create and invoke a function running as a privileged role',
  },
  {
    id: 'passrole-lambda-event-source',
    actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:CreateEventSourceMapping'],
    how: 'create a function with a privileged role triggered by an event source',
  },
  {
    id: 'passrole-lambda-add-permission',
    actions: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:AddPermission'],
    how: 'create a function with a privileged role and let itself invoke it',
  },
  { id: 'lambda-update-code', actions: ['lambda:UpdateFunctionCode'], how: "replace an existing function's code and run as its role" },
  { id: 'passrole-glue', actions: ['iam:PassRole', 'glue:CreateDevEndpoint'], how: 'create a Glue dev endpoint with a privileged role' },
  {
    id: 'glue-update-dev-endpoint',
    actions: ['glue:UpdateDevEndpoint'],
    how: "add its SSH key to an existing Glue endpoint and use the endpoint's role",
  },
  {
    id: 'passrole-cloudformation',
    actions: ['iam:PassRole', 'cloudformation:CreateStack'],
    how: 'create a stack that acts as a privileged role',
  },
  {
    id: 'passrole-datapipeline',
    actions: ['iam:PassRole', 'datapipeline:CreatePipeline', 'datapipeline:PutPipelineDefinition'],
    how: 'run a pipeline whose activities act as a privileged role',
  },
  {
    id: 'passrole-sagemaker',
    actions: ['iam:PassRole', 'sagemaker:CreateNotebookInstance', 'sagemaker:CreatePresignedNotebookInstanceUrl'],
    how: 'open a notebook running as a privileged role',
  },
  {
    id: 'passrole-codebuild',
    actions: ['iam:PassRole', 'codebuild:CreateProject', 'codebuild:StartBuild'],
    how: 'run a build that acts as a privileged role',
  },
];

function resourceSomewhere(s: PolicyStatement): boolean {
  // Any Resource pattern names at least one resource; NotResource leaves some unless it excludes `*`.
  if (s.resource) return s.resource.length > 0;
  if (s.notResource) return !s.notResource.includes('*');
  return true;
}

function denyEverywhere(s: PolicyStatement): boolean {
  return s.notResource === undefined && (s.resource === undefined || s.resource.includes('*'));
}

/** What one statement says about an action anywhere: an allow (with its condition), a deny of everything, or nothing. */
type StatementSays = { readonly allow: Tri } | 'deny-all' | undefined;

const ALLOWS: Readonly<Record<Tri, StatementSays>> = { yes: { allow: 'yes' }, no: { allow: 'no' }, unknown: { allow: 'unknown' } };
/** Not worked out yet (`undefined` is an answer: the statement says nothing). */
const UNSEEN = null;

/**
 * Per statement and action, once: statements are immutable state shared by many principals.
 * Answers sit in an array by the action's number rather than a Map per statement (a Map of 28
 * actions costs ~1.8 KB; 100k-resource accounts hold tens of thousands of statements).
 */
const actionNumbers = new Map<string, number>();
const said = new WeakMap<PolicyStatement, (StatementSays | typeof UNSEEN)[]>();
function statementSays(s: PolicyStatement, action: string): StatementSays {
  let n = actionNumbers.get(action);
  if (n === undefined) actionNumbers.set(action, (n = actionNumbers.size));
  let answers = said.get(s);
  if (!answers) said.set(s, (answers = []));
  const known = answers[n];
  if (known !== UNSEEN && n < answers.length) return known;
  let v: StatementSays;
  if (actionMatches(s, action) && !s.principal && !s.notPrincipal) {
    if (s.effect === 'Deny') v = denyEverywhere(s) && Object.keys(s.condition).length === 0 ? 'deny-all' : undefined;
    else if (resourceSomewhere(s)) v = ALLOWS[evaluateConditions(s.condition, requestContext())];
  }
  while (answers.length < n) answers.push(UNSEEN);
  answers[n] = v;
  return v;
}

/**
 * Whether the policies allow `action` on at least one resource: `yes` unconditionally,
 * `unknown` only under conditions, `no` otherwise. A Deny counts only when it covers every
 * resource unconditionally (a narrower Deny leaves other resources open).
 */
export function allowedSomewhere(docs: readonly PolicyDocument[], action: string): Tri {
  const allows: Tri[] = [];
  for (const d of docs) {
    for (const s of d.statements) {
      const v = statementSays(s, action);
      if (v === 'deny-all') return 'no';
      if (v) allows.push(v.allow);
    }
  }
  return triOr(allows);
}

export interface EscalationFinding {
  readonly primitive: EscalationPrimitive;
  /** `yes`: allowed outright; `unknown`: allowed under conditions we cannot judge. */
  readonly verdict: Tri;
}

/**
 * The primitives a principal's effective policies enable. With a permissions boundary, an
 * action must be allowed by both.
 */
export function escalationPaths(identity: readonly PolicyDocument[], boundary?: PolicyDocument): EscalationFinding[] {
  const memo = new Map<string, Tri>();
  const allowed = (action: string): Tri => {
    let v = memo.get(action);
    if (v === undefined) {
      v = allowedSomewhere(identity, action);
      if (boundary) v = triAnd([v, allowedSomewhere([boundary], action)]);
      memo.set(action, v);
    }
    return v;
  };
  return ESCALATION_PRIMITIVES.flatMap((primitive) => {
    const verdict = triAnd(primitive.actions.map(allowed));
    return verdict === 'no' ? [] : [{ primitive, verdict }];
  });
}
