/** Evidence keeps facts, never secrets. Applied to every `observed` object and bundle excerpt. */
// Names that hold a secret value; facts about secrets (passwordLastUsed, tokenExpiry) stay.
const SECRET_NAME =
  /(^secret|secret$|password$|passwd$|^pwd$|passphrase$|token$|credentials?$|private_?key$|api_?key$|(primary|secondary|account|shared|access|signing)_?key$|connection_?string$|^authorization$|^cookie$)/i;
// Environment variables (Lambda `Environment.Variables`, container `environment` lists). Only
// objects and lists are redacted: a plain string under these names is a tag such as `environment: prod`.
const ENV_NAME = /^(environment|env|variables|environmentvariables)$/i;
const SECRET_ACCESS_KEY = /^[A-Za-z0-9/+=]{40}$/;
const ACCESS_KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{16}$/;
// Secrets recognisable by shape wherever they appear: PEM private keys, JWTs, and the secret
// parts of connection strings, SAS URLs and URLs with a password in them.
const PEM_PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?(-----END [A-Z ]*PRIVATE KEY-----|$)/g;
const JWT = /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g;
const SECRET_PARAM = /\b(AccountKey|SharedAccessKey|SharedAccessSignature|Password|Pwd|sig)=([^;&\s"']+)/gi;
const URL_PASSWORD = /(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@]+:)([^/\s@]+)@/gi;
export const REDACTED = '[REDACTED]';
function redactString(value) {
  if (ACCESS_KEY_ID.test(value)) return `${value.slice(0, 4)}…${value.slice(-4)}`;
  if (SECRET_ACCESS_KEY.test(value) && /[0-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value)) return REDACTED;
  return value
    .replace(PEM_PRIVATE_KEY, REDACTED)
    .replace(JWT, REDACTED)
    .replace(SECRET_PARAM, (_m, k) => `${k}=${REDACTED}`)
    .replace(URL_PASSWORD, (_m, head) => `${head}${REDACTED}@`);
}
export function redact(value, name = '') {
  if (SECRET_NAME.test(name) && value !== null && typeof value !== 'boolean' && typeof value !== 'number') return REDACTED;
  if (ENV_NAME.test(name) && value !== null && typeof value === 'object') return REDACTED;
  if (typeof value === 'string') return redactString(value);
  if (Array.isArray(value)) return value.map((v) => redact(v, name));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redact(v, k)]));
  }
  return value;
}
/**
 * Free-text labels such as cloud tags, before they are stored: a secret-named label or a
 * secret-looking value is redacted; `environment: prod` is a label and stays.
 */
export function redactLabels(labels) {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, SECRET_NAME.test(k) ? REDACTED : redactString(v)]));
}
