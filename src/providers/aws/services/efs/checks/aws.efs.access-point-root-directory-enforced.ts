import { fail, pass } from '../../../../check-kit.js';
import { eachResource } from '../../each-resource.js';
import { EFS_ACCESS_POINTS } from '../state.js';

export const efsAccessPointRootDirectoryEnforced = eachResource(
  {
    id: 'aws.efs.access-point-root-directory-enforced',
    title: 'EFS access points confine clients to a directory',
    service: 'efs',
    resourceType: 'AWS::EFS::AccessPoint',
    severity: 'medium',
    requires: [EFS_ACCESS_POINTS],
    rationale:
      'Passes when the access point\'s RootDirectory path is below "/", so clients mounting through it see only that subtree. ' +
      'Fails when the root is "/" (or unset, which means "/"): the access point then exposes the whole file system.',
    remediation: {
      text: 'Create an access point with a root directory for each application and move clients to it (access points cannot be edited).',
      cli: 'aws efs create-access-point --file-system-id <id> --root-directory "Path=/app,CreationInfo={OwnerUid=1000,OwnerGid=1000,Permissions=750}"',
    },
  },
  EFS_ACCESS_POINTS,
  (a, r) =>
    a.rootPath !== '/' && a.rootPath !== ''
      ? pass(r, 'root-confined', `${a.name} confines clients to ${a.rootPath}.`, { rootPath: a.rootPath })
      : fail(r, 'root-whole', `${a.name} exposes the whole file system of ${a.fileSystemId}.`, { rootPath: a.rootPath }),
);
