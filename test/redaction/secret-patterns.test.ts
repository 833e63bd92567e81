import { describe, expect, it } from 'vitest';
import { REDACTED, redactIdentifier, redactText, SECRET_RULES } from '../../src/redaction/secret-patterns.js';

// Planted values are assembled at run time, so this file holds no literal token for a scanner to flag.
const rep = (unit: string, n: number): string => unit.repeat(n);
const AWS_KEY_ID = `AKIA${'Q7ZK3M9PLX2W4RTV'}`;
const AWS_SECRET = `wJa1rXUtnFEMI/K7MDENG/bPxRfiCY${'Zq9Lk2Pw7B'}`;
const GH_PAT = `ghp_${rep('a1B2c3D4e5', 3)}${'F6g7H8'}`;
const GH_FINE = `github_pat_${rep('11AbCdEfG', 4)}_${rep('xY9z', 10)}`;
const SLACK_BOT = `xoxb-${'1234567890'}-${'0987654321'}-${'AbCdEfGhIjKlMnOpQrStUvWx'}`;
const SLACK_HOOK = `https://hooks.slack.com/services/${'T0000AAAA'}/${'B0000BBBB'}/${'XxYyZz0011223344556677aa'}`;
const JWT = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.${'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c'}`;
const GOOGLE = `AIza${'SyA1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q'}`;
const STRIPE = `sk_live_${'4eC39HqLyjWDarjtT1zdp7dc'}`;
const NPM = `npm_${rep('aB3dE6gH9j', 3)}${'kL2mN5'}`;
const AZURE_CLIENT_SECRET = `abc8Q~${'Zx9yW8vU7tS6rQ5pO4nM3lK2jI1hG0fE'}`;
const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${'MIIEowIBAAKCAQEA7Yq'}\n-----END RSA PRIVATE KEY-----`;

describe('secret patterns: each family found inside a longer sentence', () => {
  it.each([
    [
      'AWS access key id (masked as the console shows it)',
      `creds ${AWS_KEY_ID} leaked`,
      'creds AKIA…VRTV leaked'.replace('VRTV', AWS_KEY_ID.slice(-4)),
    ],
    ['AWS secret key after its name', `aws_secret_access_key = ${AWS_SECRET} end`, `aws_secret_access_key = ${REDACTED} end`],
    ['AWS secret key standing alone', `the key ${AWS_SECRET} was used`, `the key ${REDACTED} was used`],
    ['GitHub classic token', `push with ${GH_PAT} failed`, `push with ${REDACTED} failed`],
    ['GitHub fine-grained token', `token ${GH_FINE}.`, `token ${REDACTED}.`],
    ['Slack bot token', `slack ${SLACK_BOT} here`, `slack ${REDACTED} here`],
    ['Slack webhook', `post to ${SLACK_HOOK} now`, `post to https://hooks.slack.com/services/${REDACTED} now`],
    ['Bearer header', `Authorization: Bearer ${'abc.DEF-123_xyz~9'} sent`, `Authorization: Bearer ${REDACTED} sent`],
    ['Basic header', `Authorization: Basic ${'YWxhZGRpbjpvcGVuc2VzYW1l'}`, `Authorization: Basic ${REDACTED}`],
    ['quoted Pwd', `Server=db;Uid=sa;Pwd="${'S3cr3t;pass'}";`, `Server=db;Uid=sa;Pwd=${REDACTED};`],
    ['password=', `login failed for password=${'hunter2!'} user=bob`, `login failed for password=${REDACTED} user=bob`],
    ['passwd: (YAML)', `passwd: ${'correct-horse'}`, `passwd: ${REDACTED}`],
    ['secret=', `client secret=${'abcXYZ123'} ok`, `client secret=${REDACTED} ok`],
    ['token= in a query', `GET /cb?token=${'tok123abc'}&x=1`, `GET /cb?token=${REDACTED}&x=1`],
    ['JSON "token": "…"', `{"token": "${'v4lue-of-token'}"}`, `{"token": ${REDACTED}}`],
    ['*_PASS env style', `DB_PASS=${'pa55word'}`, `DB_PASS=${REDACTED}`],
    ['*_KEY env style with a long mixed value', `STRIPE_KEY=${'Zx9yW8vU7tS6rQ5p'}`, `STRIPE_KEY=${REDACTED}`],
    [
      'storage connection string',
      `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${'bm90LWEta2V5=='};EndpointSuffix=core.windows.net`,
      `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${REDACTED};EndpointSuffix=core.windows.net`,
    ],
    [
      'Service Bus connection string',
      `Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=${'abc123='}`,
      `Endpoint=sb://x.servicebus.windows.net/;SharedAccessKeyName=root;SharedAccessKey=${REDACTED}`,
    ],
    [
      'SAS sig=',
      `https://a.blob.core.windows.net/c?sv=2022-11-02&sig=${'AbC%2Fdef'}&se=2027`,
      `https://a.blob.core.windows.net/c?sv=2022-11-02&sig=${REDACTED}&se=2027`,
    ],
    ['JWT', `id ${JWT} end`, `id ${REDACTED} end`],
    ['PEM private key, whole', `key ${PEM} end`, `key ${REDACTED} end`],
    ['PEM private key cut off', `key -----BEGIN PRIVATE KEY-----\n${'MIIEvQIBADANBg'}`, `key ${REDACTED}`],
    ['Google API key', `maps ${GOOGLE} used`, `maps ${REDACTED} used`],
    ['Stripe live key', `charge with ${STRIPE}`, `charge with ${REDACTED}`],
    ['npm token', `//registry/:_authToken=${NPM}`, `//registry/:_authToken=${REDACTED}`],
    ['Azure AD client secret', `secret value ${AZURE_CLIENT_SECRET} here`, `secret value ${REDACTED} here`],
    ['password in a URL', `postgres://admin:${'hunter2'}@db.internal:5432/app`, `postgres://admin:${REDACTED}@db.internal:5432/app`],
  ])('%s', (_family, input, expected) => {
    expect(redactText(input)).toBe(expected);
  });
});

describe('secret patterns: near misses stay', () => {
  it.each([
    ['an ARN', 'arn:aws:kms:eu-west-1:123456789012:key/0a1b2c3d-1111-2222-3333-444455556666'],
    ['a Secrets Manager ARN (its `secret:` is no key)', 'arn:aws:secretsmanager:us-east-1:123456789012:secret:prod/db-AbCdEf'],
    ['an IAM action list', 'grant secretsmanager:GetSecretValue, kms:Decrypt and sts:GetSessionToken'],
    ['a bucket name', 'Bucket my-secret-bucket-2026 has versioning off'],
    ['a 40-character git commit sha (lower-case hex)', 'built from 9f2d0a6c1b2e3f4a5b6c7d8e9f0a1b2c3d4e5f60'],
    [
      'an Azure resource id',
      '/subscriptions/00000000-0000-4000-8000-000000000001/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    ],
    ['a CamelCase 40-character name', 'role ProvidersMicrosoftComputeVirtualMachine1 ok'],
    [
      'facts about secrets',
      'passwordLastUsed: 2026-01-01, tokenExpiry: 2026-02-01, SharedAccessKeyName=root, password=true, secretArn: arn:aws:x',
    ],
    ['plain words after Bearer or Basic', 'uses Bearer authentication on the Basic tier'],
    ['English that mentions tokens', 'The security token included in the request is invalid.'],
    ['a URL with an @ in its path', 'https://example.com/a@b'],
    ['a placeholder', 'password=${DB_PASSWORD} and token=<token>'],
  ])('%s', (_what, input) => {
    expect(redactText(input)).toBe(input);
  });

  it('identifiers get only the unmistakable shapes', () => {
    expect(redactIdentifier('my-bucket-password=x')).toBe('my-bucket-password=x');
    expect(redactIdentifier(`fn-${GH_PAT}`)).toBe(`fn-${REDACTED}`);
    expect(redactIdentifier('arn:aws:iam::123456789012:role/service-role/MyLambdaRoleWithAVeryLongName1234')).toBe(
      'arn:aws:iam::123456789012:role/service-role/MyLambdaRoleWithAVeryLongName1234',
    );
  });
});

describe('secret patterns: the set itself', () => {
  it('names the maintained rule each pattern follows', () => {
    for (const rule of SECRET_RULES) {
      expect(rule.follows).toMatch(/^(gitleaks:[a-z0-9-]+|secretlint:@secretlint\/secretlint-rule-[a-z]+)/);
      expect(rule.pattern.flags).toContain('g');
    }
  });

  it('runs in linear time on long adversarial strings', () => {
    const units = [
      'eyJ',
      'eyJa.',
      'a.',
      'password=',
      'password:',
      '"password":"',
      'Bearer ',
      'Basic ',
      '-----BEGIN PRIVATE KEY-----',
      'A',
      'aB1/',
      'xoxb-',
      'X_KEY',
      'a://',
      'a://b:',
      'AKIA',
      'sig=',
      'AccountKey="',
      'a:a@',
      'ghp_',
      `${rep('Ab1', 13)} `,
      ' ',
    ];
    for (const unit of units) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length));
      const started = performance.now();
      redactText(text);
      redactIdentifier(text);
      // Quadratic behaviour on 100,000 characters takes seconds; linear takes milliseconds.
      expect(performance.now() - started, JSON.stringify(unit)).toBeLessThan(500);
    }
  });
});
