import { either, itemCheck } from '../../../service-kit/check.js';
import { AI_ACCOUNT, AZURE_AI_ACCOUNTS } from '../state.js';

export const cognitiveservicesAccountLocalAuthDisabled = itemCheck(
  {
    id: 'azure.cognitiveservices.account-local-auth-disabled',
    title: 'Azure AI services accounts refuse API keys',
    service: 'cognitiveservices',
    resourceType: AI_ACCOUNT,
    severity: 'medium',
    rationale:
      'One result per account (Azure OpenAI, AI services and the single-service kinds). Passes when `disableLocalAuth` is true: the account then refuses its two API keys and every request must carry a Microsoft Entra token, so access follows RBAC role assignments per identity. Fails when false or absent, which Azure treats as keys allowed (the built-in policy "Azure AI Services resources should have key access disabled" flags anything not true). A key gives full use of every model deployment and is easily copied into code.',
    remediation: {
      text: 'Give the calling identities the Cognitive Services User (or OpenAI User) role, then disable key access.',
      cli: 'az resource update --ids <account-id> --set properties.disableLocalAuth=true',
    },
  },
  AZURE_AI_ACCOUNTS,
  (x) =>
    either(
      x.properties.disableLocalAuth === true,
      ['entra-only', `Account ${x.name} refuses API keys.`],
      ['keys-accepted', `Account ${x.name} accepts API keys.`],
      { kind: x.kind ?? null },
    ),
);
