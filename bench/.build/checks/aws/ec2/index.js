import { ec2DefaultSecurityGroupRestricted } from './aws.ec2.default-security-group-restricted.js';
import { ec2EbsDefaultEncryptionEnabled } from './aws.ec2.ebs-default-encryption-enabled.js';
import { ec2EbsVolumeEncrypted } from './aws.ec2.ebs-volume-encrypted.js';
import { ec2SecurityGroupNoAdminPortsOpen } from './aws.ec2.security-group-no-admin-ports-open.js';
import { ec2VpcFlowLogsEnabled } from './aws.ec2.vpc-flow-logs-enabled.js';
export const ec2Checks = [
    ec2DefaultSecurityGroupRestricted,
    ec2EbsDefaultEncryptionEnabled,
    ec2EbsVolumeEncrypted,
    ec2SecurityGroupNoAdminPortsOpen,
    ec2VpcFlowLogsEnabled,
];
