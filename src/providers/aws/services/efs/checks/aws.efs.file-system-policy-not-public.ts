import { errorFinding, fail, lookup, pass } from '../../../../check-kit.js';
import { PUBLIC_ACCESS_SEMANTICS, publicStatements } from '../../../policy/public-finding.js';
import { eachResource } from '../../each-resource.js';
import { EFS_FILE_SYSTEMS, EFS_POLICIES } from '../state.js';

export const efsFileSystemPolicyNotPublic = eachResource(
  {
    id: 'aws.efs.file-system-policy-not-public',
    title: 'EFS file system policies do not grant access to everyone',
    service: 'efs',
    resourceType: 'AWS::EFS::FileSystem',
    severity: 'high',
    requires: [EFS_FILE_SYSTEMS, EFS_POLICIES],
    rationale:
      'EFS documents that a file system without a policy grants full access (mount, write, root) to every client that can reach ' +
      'a mount target, so IAM plays no part and only the network limits access: that fails as no-policy. A policy fails as ' +
      'public when it lets the public mount, write or act as root. elasticfilesystem:AccessedViaMountTarget does not pin: it ' +
      'limits how, not who. Passes otherwise. ' +
      PUBLIC_ACCESS_SEMANTICS,
    remediation: {
      text: 'Attach a file system policy that grants mount and write access only to named roles or accounts.',
      cli: 'aws efs put-file-system-policy --file-system-id <id> --policy file://policy.json',
    },
  },
  EFS_FILE_SYSTEMS,
  (f, r, ctx, region) => {
    const got = lookup(ctx, EFS_POLICIES, f.name, region);
    if (!got.ok) return errorFinding(r, got.error);
    const doc = got.value;
    if (doc === null)
      return fail(r, 'no-policy', `${f.name} has no file system policy: any client that reaches a mount target has full access.`, {
        policy: null,
      });
    const open = publicStatements(doc, r);
    if (open.length === 0) return pass(r, 'not-public', `${f.name}'s policy grants nothing to everyone.`, { publicStatements: [] });
    return fail(r, 'policy-public', `${f.name}'s policy lets any principal in any account use ${open.join(', ')}.`, {
      publicStatements: open,
    });
  },
);
