import { describe, expect, it } from 'vitest';
import { api } from '../../../src/inventory/collector.js';
import { describeFetchError } from '../../../src/model/fetched.js';
import { classify, tagError } from '../../../src/providers/aws/errors.js';
import { awsError } from '../../support/aws.js';

const spec = api('s3:GetBucketPolicy');

describe('classify', () => {
  it.each([
    ['AccessDenied', 403, 'denied'],
    ['AccessDeniedException', 400, 'denied'],
    ['UnauthorizedOperation', 403, 'denied'],
    ['ThrottlingException', 400, 'throttled'],
    ['RequestLimitExceeded', 503, 'throttled'],
    ['SlowDown', 503, 'throttled'],
    ['TooManyRequestsException', 429, 'throttled'],
    ['LimitExceededException', 400, 'throttled'],
    ['OptInRequired', 403, 'unsupported'],
    ['SomethingNew', 403, 'denied'],
    ['SubscriptionRequiredException', 400, 'unsupported'],
    ['NoSuchEntity', 404, 'not_found'],
    ['InternalFailure', 500, 'unknown'],
  ])('%s (%i) → %s', (name, status, kind) => {
    expect(classify(awsError(name, status), spec)).toMatchObject({
      kind,
      api: 's3:GetBucketPolicy',
      action: 's3:GetBucketPolicy',
      code: name,
    });
  });

  it('prefers the API the error was tagged with', () => {
    const err = tagError(awsError('AccessDenied', 403), api('s3:ListBuckets', 's3:ListAllMyBuckets'));
    expect(classify(err, spec)).toMatchObject({ api: 's3:ListBuckets', action: 's3:ListAllMyBuckets' });
  });

  it('keeps only the first line of a message', () => {
    expect(classify(awsError('X', 500, 'line one\nline two'), spec).message).toBe('line one');
  });

  it('names the HTTP status when the SDK could not read the error body', () => {
    const unknown = Object.assign(new Error('UnknownError'), { name: 'UnknownError', $metadata: { httpStatusCode: 500 } });
    expect(classify(unknown, spec)).toEqual({
      kind: 'unknown',
      api: 's3:GetBucketPolicy',
      action: 's3:GetBucketPolicy',
      message: 'HTTP 500 with no readable error body',
    });
    const parse = Object.assign(new SyntaxError('Unexpected token < in JSON at position 0'), { $response: { statusCode: 404 } });
    expect(classify(parse, spec)).toMatchObject({ kind: 'unknown', message: 'HTTP 404 with no readable error body' });
    // A readable error keeps the service's own words.
    expect(classify(awsError('InternalFailure', 500, 'boom'), spec).message).toBe('boom');
  });

  it('a timeout is its own kind and describes itself by the limit hit', () => {
    const e = classify(Object.assign(new Error('timed out after 2s connecting (--connect-timeout)'), { name: 'TimeoutError' }), spec);
    expect(e.kind).toBe('timeout');
    expect(describeFetchError(e)).toBe('s3:GetBucketPolicy timed out after 2s connecting (--connect-timeout)');
  });
});
