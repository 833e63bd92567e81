import { res } from '../../service-kit/cases.fixtures.js';
import { AI_ACCOUNT, type AiAccount } from './state.js';

export const account = (name: string, properties: AiAccount['properties'] = {}, kind = 'OpenAI'): AiAccount => ({
  ...res(AI_ACCOUNT, name, properties),
  kind,
});
