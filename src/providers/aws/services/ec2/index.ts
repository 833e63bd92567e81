import type { AwsService } from '../../service.js';
import { ec2AmiNotPublic } from './checks/aws.ec2.ami-not-public.js';
import { ec2DefaultSecurityGroupRestricted } from './checks/aws.ec2.default-security-group-restricted.js';
import { ec2EbsDefaultEncryptionEnabled } from './checks/aws.ec2.ebs-default-encryption-enabled.js';
import { ec2EbsSnapshotNotPublic } from './checks/aws.ec2.ebs-snapshot-not-public.js';
import { ec2EbsVolumeEncrypted } from './checks/aws.ec2.ebs-volume-encrypted.js';
import { ec2InstanceImdsv2Required } from './checks/aws.ec2.instance-imdsv2-required.js';
import { ec2InstanceNoPublicIp } from './checks/aws.ec2.instance-no-public-ip.js';
import { ec2InstanceProfileAttached } from './checks/aws.ec2.instance-profile-attached.js';
import { ec2LaunchTemplateImdsv2 } from './checks/aws.ec2.launch-template-imdsv2.js';
import { ec2LaunchTemplateNoPublicIp } from './checks/aws.ec2.launch-template-no-public-ip.js';
import { ec2NaclNoAdminPortsOpen } from './checks/aws.ec2.nacl-no-admin-ports-open.js';
import { ec2SecurityGroupAttachedNoWorldAdminPorts } from './checks/aws.ec2.security-group-attached-no-world-admin-ports.js';
import { ec2SecurityGroupNoAdminPortsOpen } from './checks/aws.ec2.security-group-no-admin-ports-open.js';
import { ec2VpcFlowLogsEnabled } from './checks/aws.ec2.vpc-flow-logs-enabled.js';
import { ec2Collectors } from './collect.js';
import { ec2ComputeCollectors } from './compute-collect.js';
import { demoEc2Compute } from './compute-demo.js';
import { demoEc2 } from './demo.js';
import { ec2LaunchTemplateCollectors } from './launch-template-collect.js';
import { demoEc2LaunchTemplates } from './launch-template-demo.js';

export const ec2: AwsService = {
  id: 'ec2',
  collectors: [...ec2Collectors, ...ec2ComputeCollectors, ...ec2LaunchTemplateCollectors],
  // Sorted by id.
  checks: [
    ec2AmiNotPublic,
    ec2DefaultSecurityGroupRestricted,
    ec2EbsDefaultEncryptionEnabled,
    ec2EbsSnapshotNotPublic,
    ec2EbsVolumeEncrypted,
    ec2InstanceImdsv2Required,
    ec2InstanceNoPublicIp,
    ec2InstanceProfileAttached,
    ec2LaunchTemplateImdsv2,
    ec2LaunchTemplateNoPublicIp,
    ec2NaclNoAdminPortsOpen,
    ec2SecurityGroupAttachedNoWorldAdminPorts,
    ec2SecurityGroupNoAdminPortsOpen,
    ec2VpcFlowLogsEnabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: { ...demoEc2, ec2: { ...demoEc2.ec2, ...demoEc2Compute, ...demoEc2LaunchTemplates } },
};
