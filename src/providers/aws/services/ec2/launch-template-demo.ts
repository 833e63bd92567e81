/**
 * The demo estate's launch templates in eu-west-1: `web` (default version 4) requires IMDSv2 and
 * keeps instances private; `bastion` (default version 1) leaves the metadata version unset and
 * gives its interface a public address.
 */
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';
const CREATED = new Date('2025-02-10T08:00:00.000Z');

const DEFAULT_VERSIONS = [
  {
    LaunchTemplateId: 'lt-0web000000000001',
    LaunchTemplateName: 'web',
    VersionNumber: 4,
    DefaultVersion: true,
    CreateTime: CREATED,
    LaunchTemplateData: {
      ImageId: 'ami-0golden000000001',
      InstanceType: 't3.medium',
      MetadataOptions: { HttpTokens: 'required', HttpEndpoint: 'enabled', HttpPutResponseHopLimit: 1 },
      NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: false }],
    },
  },
  {
    LaunchTemplateId: 'lt-0bastion00000002',
    LaunchTemplateName: 'bastion',
    VersionNumber: 1,
    DefaultVersion: true,
    CreateTime: CREATED,
    LaunchTemplateData: {
      ImageId: 'ami-0golden000000001',
      InstanceType: 't3.micro',
      NetworkInterfaces: [{ DeviceIndex: 0, AssociatePublicIpAddress: true }],
    },
  },
];

export const demoEc2LaunchTemplates: FakeHandlers = {
  DescribeLaunchTemplateVersions: (_input, region) => ({ LaunchTemplateVersions: region === REGION ? DEFAULT_VERSIONS : [] }),
};
