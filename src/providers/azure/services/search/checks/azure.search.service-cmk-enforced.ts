import { bad, itemCheck, missing, ok, skip } from '../../../service-kit/check.js';
import { AZURE_SEARCH_SERVICES, SEARCH_LIST, SEARCH_SERVICE } from '../state.js';

export const searchServiceCmkEnforced = itemCheck(
  {
    id: 'azure.search.service-cmk-enforced',
    title: 'AI Search services enforce customer-managed key encryption',
    service: 'search',
    resourceType: SEARCH_SERVICE,
    severity: 'low',
    rationale:
      'One result per search service. Passes when `encryptionWithCmk.enforcement` is Enabled and `encryptionComplianceStatus` is Compliant: the service refuses new indexes, synonym maps and other content without a Key Vault key the customer controls, and every existing one has such a key. Fails when enforcement is Disabled, Unspecified or absent, or when it is Enabled but the status is NonCompliant (older objects are still on Microsoft-managed keys only), as the built-in policy "Azure Cognitive Search services should use customer-managed keys to encrypt data at rest" judges it. Enforcement on with no compliance status is an error, since the answer does not say whether existing content is covered. Not applicable on the free tier, which offers no customer-managed keys. Use where policy requires customer-held keys; otherwise accept the failure as a documented decision.',
    remediation: {
      text: 'Add a Key Vault key to every index and synonym map, then turn on CMK enforcement for the service.',
      cli: 'az rest --method patch --url "https://management.azure.com/<service-id>?api-version=2023-11-01" --body "{\\"properties\\":{\\"encryptionWithCmk\\":{\\"enforcement\\":\\"Enabled\\"}}}"',
    },
  },
  AZURE_SEARCH_SERVICES,
  (x) => {
    if (x.sku?.name?.toLowerCase() === 'free') {
      return skip('free-tier', `Search service ${x.name} is on the free tier, which offers no customer-managed keys.`);
    }
    const cmk = x.properties.encryptionWithCmk;
    const observed = { enforcement: cmk?.enforcement ?? null, encryptionComplianceStatus: cmk?.encryptionComplianceStatus ?? null };
    if (cmk?.enforcement?.toLowerCase() !== 'enabled') {
      return bad('cmk-not-enforced', `Search service ${x.name} does not enforce customer-managed keys.`, observed);
    }
    const status = cmk.encryptionComplianceStatus;
    if (status === undefined) {
      return missing(
        SEARCH_LIST.api,
        SEARCH_LIST.action,
        `search service ${x.name} enforces CMK but reports no encryptionComplianceStatus`,
      );
    }
    return status.toLowerCase() === 'compliant'
      ? ok('cmk-enforced', `Search service ${x.name} enforces customer-managed keys and all its content complies.`, observed)
      : bad('cmk-noncompliant', `Search service ${x.name} enforces customer-managed keys but some content is ${status}.`, observed);
  },
);
