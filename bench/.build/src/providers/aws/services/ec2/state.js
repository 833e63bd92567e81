/** EC2 and VPC inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/** `DescribeSecurityGroups` (paginated). */
export const EC2_SECURITY_GROUPS = inventoryKey('aws.ec2.securityGroups', 'regional');
/** `GetEbsEncryptionByDefault`: the region's account-level setting. */
export const EC2_EBS_ENCRYPTION_BY_DEFAULT = inventoryKey('aws.ec2.ebsEncryptionByDefault', 'regional');
/** `DescribeVolumes` (paginated). */
export const EC2_VOLUMES = inventoryKey('aws.ec2.volumes', 'regional');
/** `DescribeVpcs` (paginated). */
export const EC2_VPCS = inventoryKey('aws.ec2.vpcs', 'regional');
/** `DescribeFlowLogs` (paginated): every flow log in the region, whatever it is attached to. */
export const EC2_FLOW_LOGS = inventoryKey('aws.ec2.flowLogs', 'regional');
