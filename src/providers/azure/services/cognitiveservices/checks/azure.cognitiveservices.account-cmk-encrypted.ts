import { either, itemCheck, skip } from '../../../service-kit/check.js';
import { AI_ACCOUNT, AZURE_AI_ACCOUNTS } from '../state.js';

/**
 * Kinds the built-in policy "Azure AI Services resources should encrypt data at rest with a
 * customer-managed key" excludes by default: Azure names them as kinds that store no customer data.
 */
const NO_STORED_DATA = new Set(
  [
    'CognitiveServices',
    'ContentSafety',
    'ImmersiveReader',
    'HealthInsights',
    'LUIS.Authoring',
    'LUIS',
    'QnAMaker',
    'QnAMaker.V2',
    'AIServices',
    'MetricsAdvisor',
    'SpeechTranslation',
    'Internal.AllInOne',
    'ConversationalLanguageUnderstanding',
    'knowledge',
    'TranscriptionIntelligence',
    'HealthDecisionSupport',
  ].map((k) => k.toLowerCase()),
);

export const cognitiveservicesAccountCmkEncrypted = itemCheck(
  {
    id: 'azure.cognitiveservices.account-cmk-encrypted',
    title: 'Azure AI services accounts encrypt stored data with a customer-managed key',
    service: 'cognitiveservices',
    resourceType: AI_ACCOUNT,
    severity: 'low',
    rationale:
      "One result per account. Passes when `encryption.keySource` is Microsoft.KeyVault: data the account stores (fine-tuning files, custom models, batch results) is encrypted under a Key Vault key the customer controls and can revoke. Fails when it is Microsoft.CognitiveServices or absent: the data is still encrypted, with Microsoft-managed keys. Not applicable for the kinds Azure's built-in policy excludes by default as storing no customer data (for example AIServices, ContentSafety, LUIS). Use where policy requires customer-held keys; otherwise accept the failure as a documented decision.",
    remediation: {
      text: 'Give the account a managed identity with wrap and unwrap rights on a Key Vault key, then set the encryption key source to Microsoft.KeyVault with that key.',
      cli: 'az cognitiveservices account update --resource-group <group> --name <account> --encryption "{\\"keySource\\":\\"Microsoft.KeyVault\\",\\"keyVaultProperties\\":{\\"keyName\\":\\"<key>\\",\\"keyVaultUri\\":\\"https://<vault>.vault.azure.net/\\"}}"',
    },
  },
  AZURE_AI_ACCOUNTS,
  (x) => {
    if (x.kind && NO_STORED_DATA.has(x.kind.toLowerCase())) {
      return skip('no-stored-data', `Account ${x.name} is of kind ${x.kind}, which stores no customer data to encrypt.`, { kind: x.kind });
    }
    const source = x.properties.encryption?.keySource ?? null;
    return either(
      source === 'Microsoft.KeyVault',
      ['cmk', `Account ${x.name} encrypts stored data with a customer-managed key.`],
      ['platform-key', `Account ${x.name} uses Microsoft-managed keys.`],
      { kind: x.kind ?? null, keySource: source },
    );
  },
);
