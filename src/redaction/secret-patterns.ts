/**
 * Secrets recognised by their shape inside longer text: provider error messages, notes, names,
 * messages. Each rule follows a rule of a maintained secret-scanning set (gitleaks'
 * `config/gitleaks.toml` rule ids, or a secretlint rule package) and names it in `follows`, so a
 * reader can compare it with its upstream. No package is used: neither set ships as an npm
 * package that runs synchronously in-process (gitleaks is a Go binary, @secretlint/core is
 * asynchronous and file-oriented), and redaction runs on millions of strings per scan.
 *
 * Linear time: every pattern either has a bounded length or starts where a character run
 * starts (a lookbehind on the run's own class), so no input makes the engine retry a run from
 * each of its positions. The test suite runs each rule on a long adversarial string.
 */

export const REDACTED = '[REDACTED]';

export interface SecretRule {
  /** The maintained rule it follows: `gitleaks:<rule-id>` or `secretlint:<rule package>`. */
  readonly follows: string;
  /**
   * Lower-case words one of which the text must hold for the rule to run (gitleaks' `keywords`):
   * most strings hold none, and skip the regex. Absent: the rule always runs.
   */
  readonly keywords?: readonly string[];
  /**
   * Global regex. A named group `keep` (the key, header name or prefix in front of the secret) is
   * kept; the rest of the match is the secret.
   */
  readonly pattern: RegExp;
  /** Extra test on the secret part, for shapes that ordinary words could also take. */
  readonly accept?: (secret: string, keep: string) => boolean;
  /** How the secret is shown; default `[REDACTED]`. */
  readonly mask?: (secret: string) => string;
  /**
   * The shape alone is unmistakable, so it applies to identifiers (resource ids, ARNs, names)
   * too. Context rules (`password=…`, `Bearer …`, a bare 40-character key) do not: ordinary ids
   * must survive.
   */
  readonly shape: boolean;
}

const hasUpper = (s: string): boolean => /[A-Z]/.test(s);
const hasLower = (s: string): boolean => /[a-z]/.test(s);
const hasDigit = (s: string): boolean => /[0-9]/.test(s);
/** Mixed classes: a word or a plain number is not a credential. */
const mixed = (s: string): boolean => [hasUpper(s), hasLower(s), hasDigit(s), /[+/=_~.-]/.test(s)].filter(Boolean).length >= 2;

// A value after `password=` that is a fact, not a secret: a flag, a number, a date, an ARN, an
// empty or already redacted value, a placeholder such as `${VAR}` or `<password>`.
const FACT_VALUE =
  /^(?:["']?(?:true|false|null|none|yes|no|enabled|disabled|required|set|unset|\*+|\d+(?:\.\d+)?|\d{4}-\d{2}-\d{2}[\dT:.Z+-]*)["']?|["']?arn:.*|\[REDACTED\].*|["']?\$\{?[A-Za-z_][A-Za-z0-9_]*\}?["']?|["']?<[^>]*>["']?|""|'')$/i;
const notFact = (s: string): boolean => !FACT_VALUE.test(s);

/** Shannon entropy in bits per character: random keys score high, words and paths lower. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/**
 * Key names whose value, written `name=value`, `name: value` or `"name": "value"`, is a secret.
 * Facts about secrets (`passwordLastUsed: 2026-01-01`, `tokenExpiry: …`) keep their value through
 * `FACT_VALUE`.
 */
const KEY_WORD =
  '(?:pass(?:word|wd|phrase)?|pwd|secret|token|api[_-]?key|apikey|(?:access|account|client|master|private|shared|signing|storage|subscription)[_-]?key|conn(?:ection)?[_-]?str(?:ing)?)';
// The `…key` words of KEY_WORD, as plain keywords for the quick look.
const KEY_KEYWORDS = ['api', 'access', 'account', 'client', 'master', 'private', 'shared', 'signing', 'storage', 'subscription'].flatMap(
  (w) => [`${w}key`, `${w}_key`, `${w}-key`],
);
// A key name that names a fact about the secret (`SharedAccessKeyName`, `passwordLastUsed`,
// `secretArn`, `tokenExpiry`), not the secret itself.
const FACT_NAME = new RegExp(
  `^${KEY_WORD}[_-]?(?:name|id|arn|uri|url|type|version|vault|expir|last|age|length|policy|rotat|enabled|count|ref|date|time|created|used|status|state)`,
  'i',
);
// `=`, or a colon followed by a space or a quote (`password: x`, `"password":"x"`): a bare colon
// is how IAM actions and ARNs are written (`secretsmanager:GetSecretValue`), not a key and value.
const SEPARATOR = `[A-Za-z0-9_-]{0,30}(?:["']?[ \\t]{0,3}=[ \\t]{0,3}|["']?[ \\t]{0,3}:[ \\t]{1,3}|["']:(?=["']))`;
// A value runs to whitespace, a quote or a bracket; `&`, `;` and `,` end it only where a list
// goes on (`&next=`, `; `, `,x=`), so a password holding one is not cut in two.
const VALUE = `(?:\\$\\{[A-Za-z_][A-Za-z0-9_]{0,100}\\}|"[^"\\r\\n]{1,500}"|'[^'\\r\\n]{1,500}'|(?:[^\\s"'&;,<>(){}[\\]]|[&;,](?![\\s"']|$|[A-Za-z0-9_. -]{1,40}=)){1,500})`;

export const SECRET_RULES: readonly SecretRule[] = [
  {
    follows: 'gitleaks:private-key',
    keywords: ['private key'],
    // To the END line, or to the end of the text when it was cut off.
    pattern: /-----BEGIN[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END[ A-Z0-9_-]{0,100}PRIVATE KEY(?: BLOCK)?-----|$)/g,
    shape: true,
  },
  {
    follows: 'gitleaks:jwt',
    keywords: ['eyj'],
    pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/g,
    shape: true,
  },
  {
    // The access key id names a key rather than being one; masked as the AWS console shows it.
    follows: 'gitleaks:aws-access-token',
    keywords: ['a3t', 'akia', 'asia', 'abia', 'acca'],
    pattern: /\b(?:A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z0-9]{16}\b/g,
    mask: (s) => `${s.slice(0, 4)}…${s.slice(-4)}`,
    shape: true,
  },
  {
    follows: 'gitleaks:github-pat, github-oauth, github-app-token, github-refresh-token, github-fine-grained-pat',
    keywords: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
    pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,251}|github_pat_[A-Za-z0-9_]{22,255})\b/g,
    shape: true,
  },
  {
    follows: 'gitleaks:slack-bot-token, slack-user-token, slack-app-token, slack-legacy-token, slack-config-access-token',
    keywords: ['xox', 'xapp-'],
    pattern: /\b(?:xox[abposre]|xapp)-[A-Za-z0-9-]{10,250}/g,
    shape: true,
  },
  {
    follows: 'gitleaks:slack-webhook-url',
    keywords: ['hooks.slack.com'],
    pattern: /(?<keep>hooks\.slack\.com\/(?:services|workflows|triggers)\/)[A-Za-z0-9+/]{20,250}/g,
    shape: true,
  },
  {
    follows: 'gitleaks:gcp-api-key',
    keywords: ['aiza'],
    pattern: /\bAIza[A-Za-z0-9_-]{35}(?![A-Za-z0-9_-])/g,
    shape: true,
  },
  {
    follows: 'gitleaks:stripe-access-token',
    keywords: ['sk_', 'rk_'],
    pattern: /\b(?:sk|rk)_(?:live|test|prod)_[A-Za-z0-9]{10,99}\b/g,
    shape: true,
  },
  {
    follows: 'gitleaks:npm-access-token',
    keywords: ['npm_'],
    pattern: /\bnpm_[A-Za-z0-9]{36}\b/g,
    shape: true,
  },
  {
    follows: 'gitleaks:azure-ad-client-secret',
    keywords: ['q~'],
    pattern: /(?<![A-Za-z0-9_~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![A-Za-z0-9_~.-])/g,
    shape: true,
  },
  {
    // Azure storage and Service Bus connection strings, SAS tokens (`sig=`). (`Password=` and
    // `Pwd=` of ODBC strings are the generic rule's, which knows a flag from a password.)
    follows: 'secretlint:@secretlint/secretlint-rule-azure',
    keywords: ['accountkey=', 'sharedaccesskey=', 'sharedaccesssignature=', 'sig=', 'client_secret='],
    pattern:
      /(?<keep>(?<![A-Za-z0-9])(?:AccountKey|SharedAccessKey|SharedAccessSignature|sig|client_secret)=)(?:"[^"\r\n]{0,500}"|[^;&\s"']{1,1000})/gi,
    shape: true,
  },
  {
    // scheme://user:password@host
    follows: 'secretlint:@secretlint/secretlint-rule-basicauth',
    keywords: ['://'],
    pattern: /(?<keep>\b[A-Za-z][A-Za-z0-9+.-]{0,20}:\/\/[^/\s:@]{1,200}:)[^/\s@]{1,200}(?=@)/g,
    shape: true,
  },
  {
    follows: 'gitleaks:curl-auth-header (Bearer)',
    keywords: ['bearer'],
    pattern: /(?<keep>\b[Bb]earer[ \t]{1,5})[A-Za-z0-9._~+/=-]{8,4096}/g,
    accept: (s) => !/^[a-z]+$/.test(s),
    shape: false,
  },
  {
    follows: 'gitleaks:curl-auth-header (Basic); secretlint:@secretlint/secretlint-rule-basicauth',
    keywords: ['basic'],
    pattern: /(?<keep>\bBasic[ \t]{1,5})[A-Za-z0-9+/]{8,4096}={0,3}/g,
    accept: (s) => s.endsWith('=') || (hasDigit(s) && (hasUpper(s) || hasLower(s))) || (hasUpper(s) && hasLower(s) && s.length >= 12),
    shape: false,
  },
  {
    // The secret access key after its name (`aws_secret_access_key = …`, `SecretAccessKey: …`).
    follows: 'gitleaks:aws-access-token (secret key, keyword-anchored as in earlier gitleaks "AWS Secret Key")',
    keywords: ['secret'],
    pattern:
      /(?<keep>(?:aws)?_?secret_?(?:access)?_?key["']?[ \t]{0,3}(?:=|:)[ \t]{0,3}["']?)(?<![A-Za-z0-9/+])[A-Za-z0-9/+=]{40}(?![A-Za-z0-9/+=])/gi,
    shape: false,
  },
  {
    // `password=…`, `Pwd="…"`, `"token": "…"`, `DB_PASS: …`, `client_secret=…` and the like.
    follows: 'gitleaks:generic-api-key',
    keywords: ['pass', 'pwd', 'secret', 'token', 'conn', ...KEY_KEYWORDS],
    // Not after `x:`, `/` or `.`: inside an ARN (`…:secret:name`) or a path the word is no key.
    pattern: new RegExp(`(?<keep>(?<![A-Za-z0-9-]:|[/.])${KEY_WORD}${SEPARATOR})${VALUE}`, 'gi'),
    accept: (s, keep) => notFact(s) && !FACT_NAME.test(keep),
    shape: false,
  },
  {
    // `*_KEY=…` environment-style names: only a long, mixed value is taken for a key.
    follows: 'gitleaks:generic-api-key',
    keywords: ['_key'],
    pattern: new RegExp(`(?<keep>\\b[A-Z0-9]{1,30}_KEY["']?[ \\t]{0,3}(?:=|:)[ \\t]{0,3})${VALUE}`, 'g'),
    accept: (s) => s.length >= 16 && mixed(s) && notFact(s),
    shape: false,
  },
  {
    // A bare AWS secret access key: 40 base64 characters standing alone as a token, of mixed case
    // and digits and random-looking (Shannon entropy, as gitleaks' `entropy` threshold). A git
    // commit sha (lower-case hex), a path segment or a CamelCase name is not one.
    follows: 'gitleaks:aws-access-token (secret key shape, as in secretlint:@secretlint/secretlint-rule-aws)',
    // The left boundary is matched (kept), not looked behind for: several times faster in V8.
    pattern: /(?<keep>^|[\s"'=(,[{>])[A-Za-z0-9/+]{40}(?=$|[\s"',;)\]}<&.])/g,
    accept: (s) => hasUpper(s) && hasLower(s) && hasDigit(s) && entropy(s) >= 4.3,
    shape: false,
  },
];

// Shorter text cannot hold a key and its value; the bare-key rule needs 40 characters.
const MIN_LENGTH = 6;
const BARE_LENGTH = 40;

interface Compiled {
  readonly rule: SecretRule;
  /** The rule's keywords as one case-insensitive test, or undefined to run always (on long text). */
  readonly trigger: RegExp | undefined;
}

const escapeRegex = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

type Trie = Map<string, Trie>;
/**
 * Keywords as one regex shaped like a trie (`a(?:kia|sia)|…`): the engine picks a branch by the
 * next character instead of trying every word at every position.
 */
function keywordTest(words: readonly string[]): RegExp {
  const root: Trie = new Map();
  for (const w of words) {
    let node = root;
    for (const c of w) node = node.get(c) ?? node.set(c, new Map()).get(c)!;
    node.set('', new Map());
  }
  const source = (node: Trie): string => {
    const alts = [...node].map(([c, next]) => (c === '' ? '' : escapeRegex(c) + source(next)));
    if (alts.length === 1) return alts[0]!;
    const rest = alts.filter((a) => a !== '');
    return `(?:${rest.join('|')})${rest.length < alts.length ? '?' : ''}`;
  };
  return new RegExp(source(root));
}

interface Compiled {
  readonly rule: SecretRule;
  /** The rule's keywords, tested on the lower-cased text; undefined to run always (on long text). */
  readonly trigger: RegExp | undefined;
}

interface RuleSet {
  rules: Compiled[];
  /** Any rule's keyword. */
  any: RegExp;
  /** Some rule runs without a keyword (on long text). */
  bare: boolean;
}

function compile(rules: readonly SecretRule[]): RuleSet {
  return {
    bare: rules.some((r) => !r.keywords),
    rules: rules.map((rule) => ({ rule, trigger: rule.keywords ? keywordTest(rule.keywords) : undefined })),
    any: keywordTest(rules.flatMap((r) => r.keywords ?? [])),
  };
}

// Most strings (ids, names, flags) hold no keyword and are short: one regex test and out.
function apply(text: string, set: RuleSet): string {
  if (text.length < MIN_LENGTH) return text;
  const lower = text.toLowerCase();
  const keyed = set.any.test(lower);
  const long = set.bare && text.length >= BARE_LENGTH;
  if (!keyed && !long) return text;
  let out = text;
  for (const { rule, trigger } of set.rules) {
    if (trigger ? !keyed || !trigger.test(lower) : !long) continue;
    out = out.replace(rule.pattern, (...args: unknown[]) => {
      const match = args[0] as string;
      const groups = args.at(-1);
      const keep = typeof groups === 'object' && groups !== null ? ((groups as { keep?: string }).keep ?? '') : '';
      const secret = match.slice(keep.length);
      if (rule.accept && !rule.accept(secret, keep)) return match;
      return `${keep}${rule.mask ? rule.mask(secret) : REDACTED}`;
    });
  }
  return out;
}

const ALL = compile(SECRET_RULES);
const SHAPES = compile(SECRET_RULES.filter((r) => r.shape));

/** Free text (messages, notes, error messages, tag values): every rule. */
export function redactText(text: string): string {
  return apply(text, ALL);
}

/** Identifiers (resource ids, ARNs, names): only the unmistakable shapes, so ordinary ids survive. */
export function redactIdentifier(text: string): string {
  return apply(text, SHAPES);
}
