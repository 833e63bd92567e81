import { describe, expect, it } from 'vitest';
import { type PolicyDocument, parsePolicyDocument } from '../../../../src/providers/aws/iam-policy.js';
import {
  adminSources,
  describeSource,
  effectivelyAdmin,
  effectivePolicies,
  type PolicyLookup,
  type PrincipalPolicies,
  principalEscalations,
} from '../../../../src/providers/aws/policy/index.js';

const doc = (...statements: Record<string, unknown>[]): PolicyDocument => parsePolicyDocument(JSON.stringify({ Statement: statements }));
const ADMIN = 'arn:aws:iam::aws:policy/AdministratorAccess';
const READ = 'arn:aws:iam::aws:policy/ReadOnlyAccess';
const MINE = 'arn:aws:iam::111122223333:policy/deploy';
const BOUNDARY = 'arn:aws:iam::111122223333:policy/boundary';
const managed: Record<string, PolicyDocument> = {
  [ADMIN]: doc({ Effect: 'Allow', Action: '*', Resource: '*' }),
  [READ]: doc({ Effect: 'Allow', Action: ['s3:Get*', 'ec2:Describe*'], Resource: '*' }),
  [MINE]: doc({ Effect: 'Allow', Action: ['iam:PassRole', 'lambda:CreateFunction', 'lambda:InvokeFunction'], Resource: '*' }),
  [BOUNDARY]: doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }),
};
const principal = (over: Partial<PrincipalPolicies> = {}): PrincipalPolicies => ({
  name: 'p',
  arn: 'arn:aws:iam::111122223333:user/p',
  attachedPolicyArns: [],
  inlinePolicies: [],
  ...over,
});
const groups: Record<string, PrincipalPolicies> = { admins: principal({ name: 'admins', attachedPolicyArns: [ADMIN] }) };
const lookup: PolicyLookup = { managed: (arn) => managed[arn], group: (g) => groups[g] };

describe('effective permissions', () => {
  it('collects inline, customer-managed, AWS-managed and group policies', () => {
    const e = effectivePolicies(
      { ...principal({ attachedPolicyArns: [READ, MINE], inlinePolicies: [{ name: 'x', document: doc() }] }), groups: ['admins'] },
      lookup,
    );
    expect(e.sources.map(describeSource)).toEqual([
      'inline policy x',
      'AWS-managed policy ReadOnlyAccess',
      'customer-managed policy deploy',
      'AWS-managed policy AdministratorAccess via group admins',
    ]);
    expect(effectivelyAdmin(e)).toBe('yes');
    expect(adminSources(e).map(describeSource)).toEqual(['AWS-managed policy AdministratorAccess via group admins']);
  });
  it('is administrator through an inline NotAction statement', () => {
    const e = effectivePolicies(
      principal({ inlinePolicies: [{ name: 'sneaky', document: doc({ Effect: 'Allow', NotAction: 'cloudtrail:*', Resource: '*' }) }] }),
      lookup,
    );
    expect(effectivelyAdmin(e)).toBe('yes');
  });
  it('a permissions boundary caps it', () => {
    const e = effectivePolicies(principal({ attachedPolicyArns: [ADMIN], permissionsBoundaryArn: BOUNDARY }), lookup);
    expect(effectivelyAdmin(e)).toBe('no');
    expect(principalEscalations(e)).toEqual([]);
  });
  it('names what it could not read', () => {
    const e = effectivePolicies({ ...principal({ attachedPolicyArns: ['arn:aws:iam::aws:policy/Gone'] }), groups: ['nobody'] }, lookup);
    expect(e.missing).toEqual(['arn:aws:iam::aws:policy/Gone', 'group nobody']);
  });
  it('finds escalation paths across policies', () => {
    const e = effectivePolicies(principal({ attachedPolicyArns: [MINE] }), lookup);
    expect(principalEscalations(e).map((f) => f.primitive.id)).toEqual(['passrole-lambda-invoke']);
  });
});
