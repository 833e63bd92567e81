import type { AwsService } from '../../service.js';
import { ec2DefaultSecurityGroupRestricted } from './checks/aws.ec2.default-security-group-restricted.js';
import { ec2EbsDefaultEncryptionEnabled } from './checks/aws.ec2.ebs-default-encryption-enabled.js';
import { ec2EbsVolumeEncrypted } from './checks/aws.ec2.ebs-volume-encrypted.js';
import { ec2SecurityGroupNoAdminPortsOpen } from './checks/aws.ec2.security-group-no-admin-ports-open.js';
import { ec2VpcFlowLogsEnabled } from './checks/aws.ec2.vpc-flow-logs-enabled.js';
import { ec2Collectors } from './collect.js';
import { demoEc2 } from './demo.js';

export const ec2: AwsService = {
  id: 'ec2',
  collectors: ec2Collectors,
  // Sorted by id.
  checks: [
    ec2DefaultSecurityGroupRestricted,
    ec2EbsDefaultEncryptionEnabled,
    ec2EbsVolumeEncrypted,
    ec2SecurityGroupNoAdminPortsOpen,
    ec2VpcFlowLogsEnabled,
  ],
  links: new URL('./links.yaml', import.meta.url),
  demo: demoEc2,
};
