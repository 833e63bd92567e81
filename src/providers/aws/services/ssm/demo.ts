/** The demo estate's Systems Manager: the app server is managed and patched; the jump host is unmanaged; one public document. */
import { DEMO_ACCOUNT } from '../../../../../demo/aws/clock.js';
import type { FakeHandlers } from '../../simulator.js';

const REGION = 'eu-west-1';

export const demo: Partial<Record<string, FakeHandlers>> = {
  ssm: {
    DescribeInstanceInformation: (_input, region) => ({
      InstanceInformationList:
        region === REGION
          ? [
              { InstanceId: 'i-0app0000000000001', PingStatus: 'Online', ResourceType: 'EC2Instance' },
              { InstanceId: 'mi-0onprem00000001', PingStatus: 'Online', ResourceType: 'ManagedInstance' },
            ]
          : [],
    }),
    ListResourceComplianceSummaries: (_input, region) => ({
      ResourceComplianceSummaryItems:
        region === REGION
          ? [
              {
                ResourceId: 'i-0app0000000000001',
                ResourceType: 'ManagedInstance',
                ComplianceType: 'Patch',
                Status: 'COMPLIANT',
                CompliantSummary: { CompliantCount: 212 },
              },
              {
                ResourceId: 'mi-0onprem00000001',
                ResourceType: 'ManagedInstance',
                ComplianceType: 'Patch',
                Status: 'NON_COMPLIANT',
                OverallSeverity: 'CRITICAL',
                NonCompliantSummary: { NonCompliantCount: 3 },
              },
            ]
          : [],
    }),
    ListDocuments: (_input, region) => ({
      DocumentIdentifiers:
        region === REGION
          ? [
              { Name: 'Acme-Deploy', Owner: DEMO_ACCOUNT },
              { Name: 'Acme-ResetAdmin', Owner: DEMO_ACCOUNT },
            ]
          : [],
    }),
    DescribeDocumentPermission: (input) => ({ AccountIds: input.Name === 'Acme-ResetAdmin' ? ['all'] : [] }),
  },
};
