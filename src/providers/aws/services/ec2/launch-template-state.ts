/** EC2 launch template state (the default version of each template) the checks read. No SDK imports. */
import { inventoryKey } from '../../../../model/keys.js';

/** The default version of one launch template, from `DescribeLaunchTemplateVersions`; user data and the rest are not kept. */
export interface LaunchTemplate {
  /** The launch template name. */
  name: string;
  arn: string;
  id: string;
  /** The version number that is the template's default. */
  defaultVersion: number;
  /** `MetadataOptions.HttpTokens` as set in that version; absent when the version leaves it unset. */
  httpTokens?: string;
  /** `MetadataOptions.HttpEndpoint` as set; absent when unset (the endpoint is then on). */
  httpEndpoint?: string;
  /** The network interfaces of that version (by device index) whose `AssociatePublicIpAddress` is true. */
  publicIpInterfaces: readonly number[];
}

/**
 * One `DescribeLaunchTemplateVersions` listing with `Versions=$Default` and no template named, which
 * answers the default version of every launch template in the region.
 */
export const EC2_LAUNCH_TEMPLATES = inventoryKey<readonly LaunchTemplate[]>('aws.ec2.launchTemplates', 'regional');
