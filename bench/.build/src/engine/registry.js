import { accessAnalyzerChecks } from '../../checks/aws/accessanalyzer/index.js';
import { cloudTrailChecks } from '../../checks/aws/cloudtrail/index.js';
import { configChecks } from '../../checks/aws/config/index.js';
import { ec2Checks } from '../../checks/aws/ec2/index.js';
import { guardDutyChecks } from '../../checks/aws/guardduty/index.js';
import { iamChecks } from '../../checks/aws/iam/index.js';
import { kmsChecks } from '../../checks/aws/kms/index.js';
import { logsChecks } from '../../checks/aws/logs/index.js';
import { s3Checks } from '../../checks/aws/s3/index.js';
import { securityHubChecks } from '../../checks/aws/securityhub/index.js';
import { azureKeyVaultChecks } from '../../checks/azure/keyvault/index.js';
import { azureMonitorChecks } from '../../checks/azure/monitor/index.js';
import { azureNetworkChecks } from '../../checks/azure/network/index.js';
import { azureResourcesChecks } from '../../checks/azure/resources/index.js';
import { azureSecurityChecks } from '../../checks/azure/security/index.js';
import { azureSqlChecks } from '../../checks/azure/sql/index.js';
import { azureStorageChecks } from '../../checks/azure/storage/index.js';
/** Every check, sorted by id. An explicit list: nothing registers itself by side effect. */
export const ALL_CHECKS = [
    ...accessAnalyzerChecks,
    ...cloudTrailChecks,
    ...configChecks,
    ...ec2Checks,
    ...guardDutyChecks,
    ...iamChecks,
    ...kmsChecks,
    ...logsChecks,
    ...s3Checks,
    ...securityHubChecks,
    ...azureKeyVaultChecks,
    ...azureMonitorChecks,
    ...azureNetworkChecks,
    ...azureResourcesChecks,
    ...azureSecurityChecks,
    ...azureSqlChecks,
    ...azureStorageChecks,
].sort((a, b) => a.meta.id.localeCompare(b.meta.id));
