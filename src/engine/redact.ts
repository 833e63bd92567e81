/** Evidence keeps facts, never secrets. Applied to every `observed` object. */
// Names that hold a secret value; facts about secrets (passwordLastUsed, tokenExpiry) stay.
const SECRET_NAME = /(^secret|secret$|password$|passphrase$|token$|credentials?$|privatekey$|apikey$|api_key$|connectionstring$)/i;
// Maps of environment variables, redacted whole (a label named `environment` is not one).
const VARIABLES_NAME = /^(environment|env|variables)$/i;
const SECRET_ACCESS_KEY = /^[A-Za-z0-9/+=]{40}$/;
const ACCESS_KEY_ID = /^(AKIA|ASIA)[A-Z0-9]{16}$/;
// Azure secrets that travel inside ordinary strings (a tag, a URL): storage and Service Bus
// connection strings carry the key itself, and a SAS URL's `sig` is a bearer credential.
const AZURE_SECRET_VALUE = /(AccountKey|SharedAccessKey|SharedAccessSignature)\s*=|[?&]sig=[^&\s]/i;

export const REDACTED = '[REDACTED]';

function redactString(value: string): string {
  if (ACCESS_KEY_ID.test(value)) return `${value.slice(0, 4)}…${value.slice(-4)}`;
  if (SECRET_ACCESS_KEY.test(value) && /[0-9]/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value)) return REDACTED;
  if (AZURE_SECRET_VALUE.test(value)) return REDACTED;
  return value;
}

export function redact(value: unknown, name = ''): unknown {
  if ((SECRET_NAME.test(name) || VARIABLES_NAME.test(name)) && value !== null && typeof value !== 'boolean' && typeof value !== 'number') return REDACTED;
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
export function redactLabels(labels: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(labels).map(([k, v]) => [k, SECRET_NAME.test(k) ? REDACTED : redactString(v)]));
}
