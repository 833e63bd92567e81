/**
 * A zod issue as a sentence for the person who wrote the file: `waivers.0.resource: is missing`
 * rather than `Invalid input: expected string, received undefined`. Messages a schema sets
 * itself are already sentences and are kept as they are.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

const DEFAULT_MESSAGE = /^(Invalid input|Invalid option|Invalid string|Too small|Too big|Unrecognized keys?)\b/;

const a = (noun: string): string => `${/^[aeiou]/.test(noun) ? 'an' : 'a'} ${noun}`;

function bound(issue: Issue & { origin?: string; inclusive?: boolean }, n: number | bigint, least: boolean): string {
  const word = least ? (issue.inclusive === false ? 'more than' : 'at least') : issue.inclusive === false ? 'fewer than' : 'at most';
  if (issue.origin === 'string') return least && Number(n) === 1 ? 'must not be empty' : `must be ${word} ${n} characters long`;
  if (issue.origin === 'array' || issue.origin === 'set')
    return least && Number(n) === 1 ? 'must list at least one entry' : `must list ${word} ${n} entries`;
  return `must be ${least ? (issue.inclusive === false ? 'greater than' : 'at least') : issue.inclusive === false ? 'less than' : 'at most'} ${n}`;
}

/** The path of an issue as users write it (`waivers.2.expires`, or `(root)`) and what is wrong there. */
export function describeIssue(issue: Issue): { path: string; message: string } {
  let path = issue.path.map(String);
  let message = issue.message;
  if (DEFAULT_MESSAGE.test(message)) {
    switch (issue.code) {
      case 'invalid_type': {
        const received = /received (\w+)/.exec(message)?.[1];
        message = received === 'undefined' ? 'is missing' : `must be ${a(issue.expected)}${received ? `, not ${a(received)}` : ''}`;
        break;
      }
      case 'invalid_value':
        message = `must be one of ${issue.values.map((v) => String(v)).join(', ')}`;
        break;
      case 'unrecognized_keys':
        // Name the unknown field itself: a typo is the usual cause.
        path = [...path, issue.keys[0]!];
        message = `is not a field here${issue.keys.length > 1 ? ` (nor ${issue.keys.slice(1).join(', ')})` : ''}; check the spelling`;
        break;
      case 'too_small':
        message = bound(issue, issue.minimum, true);
        break;
      case 'too_big':
        message = bound(issue, issue.maximum, false);
        break;
      case 'invalid_format':
        message = message.replace(/^Invalid string: /, '');
        break;
    }
  }
  return { path: path.join('.') || '(root)', message };
}
