/** EC2 compute state (instances, snapshots, images) the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';

/** `DescribeInstances`, reduced; terminated instances are left out. */
export interface Ec2Instance {
  /** The instance id. */
  name: string;
  arn: string;
  state: string;
  /** `required` (IMDSv2 only) or `optional` (IMDSv1 allowed). */
  httpTokens: string;
  /** `enabled` or `disabled`: whether the metadata endpoint answers at all. */
  httpEndpoint: string;
  publicIp?: string;
  instanceProfileArn?: string;
}

/** A snapshot the account owns (`DescribeSnapshots` OwnerIds=self). */
export interface Ec2Snapshot {
  name: string;
  arn: string;
  /** Whether `createVolumePermission` includes the group `all`. */
  public: boolean;
}

/** An AMI the account owns (`DescribeImages` Owners=self). */
export interface Ec2Image {
  name: string;
  arn: string;
  public: boolean;
}

export const EC2_INSTANCES = inventoryKey<Ec2Instance[]>('aws.ec2.instances', 'regional');
/** `DescribeSnapshots` twice: all owned snapshots, and those restorable by `all` (public). */
export const EC2_SNAPSHOTS = inventoryKey<Ec2Snapshot[]>('aws.ec2.snapshots', 'regional');
export const EC2_IMAGES = inventoryKey<Ec2Image[]>('aws.ec2.images', 'regional');
