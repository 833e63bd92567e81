import { describe, expect, it } from 'vitest';
import {
  type AdvancedSelector,
  type ClassicSelector,
  coversBucket,
  readSelectors,
} from '../../../src/providers/aws/cloudtrail-selectors.js';

const adv = (...fields: [string, Record<string, string[]>][]): AdvancedSelector => ({
  FieldSelectors: fields.map(([Field, ops]) => ({ Field, ...ops })),
});

describe('management events', () => {
  it.each<[string, ClassicSelector[] | undefined, AdvancedSelector[] | undefined, string]>([
    ['no selectors', undefined, undefined, 'none'],
    ['classic defaults', [{}], undefined, 'all'],
    ['classic read only', [{ ReadWriteType: 'ReadOnly' }], undefined, 'readOnly'],
    ['classic write only', [{ ReadWriteType: 'WriteOnly' }], undefined, 'writeOnly'],
    ['classic read + write selectors', [{ ReadWriteType: 'ReadOnly' }, { ReadWriteType: 'WriteOnly' }], undefined, 'all'],
    ['classic data only', [{ IncludeManagementEvents: false }], undefined, 'none'],
    ['advanced management', undefined, [adv(['eventCategory', { Equals: ['Management'] }])], 'all'],
    ['advanced writes', undefined, [adv(['eventCategory', { Equals: ['Management'] }], ['readOnly', { Equals: ['false'] }])], 'writeOnly'],
    [
      'advanced excluding KMS still all',
      undefined,
      [adv(['eventCategory', { Equals: ['Management'] }], ['eventSource', { NotEquals: ['kms.amazonaws.com'] }])],
      'all',
    ],
    [
      'advanced narrowed by event name',
      undefined,
      [adv(['eventCategory', { Equals: ['Management'] }], ['eventName', { Equals: ['ConsoleLogin'] }])],
      'none',
    ],
    [
      'advanced data only',
      undefined,
      [adv(['eventCategory', { Equals: ['Data'] }], ['resources.type', { Equals: ['AWS::S3::Object'] }])],
      'none',
    ],
  ])('%s → %s', (_t, classic, advanced, want) => expect(readSelectors(classic, advanced).managementEvents).toBe(want));
  it('names excluded sources', () => {
    expect(readSelectors([{ ExcludeManagementEventSources: ['kms.amazonaws.com'] }], undefined).excludedManagementEventSources).toEqual([
      'kms.amazonaws.com',
    ]);
  });
});

describe('S3 object-level data events', () => {
  const s3 = (Values: string[], ReadWriteType = 'All'): ClassicSelector[] => [
    { ReadWriteType, DataResources: [{ Type: 'AWS::S3::Object', Values }] },
  ];
  it.each<[string, ClassicSelector[] | undefined, AdvancedSelector[] | undefined, { read: boolean; write: boolean }]>([
    ['classic all buckets', s3(['arn:aws:s3']), undefined, { read: true, write: true }],
    ['classic all buckets (:::)', s3(['arn:aws:s3:::']), undefined, { read: true, write: true }],
    ['classic this bucket', s3(['arn:aws:s3:::logs/']), undefined, { read: true, write: true }],
    ['classic a prefix only', s3(['arn:aws:s3:::logs/2026/']), undefined, { read: false, write: false }],
    ['classic another bucket', s3(['arn:aws:s3:::other/']), undefined, { read: false, write: false }],
    ['classic write only', s3(['arn:aws:s3'], 'WriteOnly'), undefined, { read: false, write: true }],
    [
      'classic Lambda data events',
      [{ DataResources: [{ Type: 'AWS::Lambda::Function', Values: ['arn:aws:lambda'] }] }],
      undefined,
      { read: false, write: false },
    ],
    [
      'advanced all buckets',
      undefined,
      [adv(['eventCategory', { Equals: ['Data'] }], ['resources.type', { Equals: ['AWS::S3::Object'] }])],
      { read: true, write: true },
    ],
    [
      'advanced reads of this bucket',
      undefined,
      [
        adv(
          ['eventCategory', { Equals: ['Data'] }],
          ['resources.type', { Equals: ['AWS::S3::Object'] }],
          ['readOnly', { Equals: ['true'] }],
          ['resources.ARN', { StartsWith: ['arn:aws:s3:::logs/'] }],
        ),
      ],
      { read: true, write: false },
    ],
    [
      'advanced narrowed to PutObject',
      undefined,
      [
        adv(
          ['eventCategory', { Equals: ['Data'] }],
          ['resources.type', { Equals: ['AWS::S3::Object'] }],
          ['eventName', { Equals: ['PutObject'] }],
        ),
      ],
      { read: false, write: false },
    ],
    [
      'advanced all but one bucket',
      undefined,
      [
        adv(
          ['eventCategory', { Equals: ['Data'] }],
          ['resources.type', { Equals: ['AWS::S3::Object'] }],
          ['resources.ARN', { NotStartsWith: ['arn:aws:s3:::noisy/'] }],
        ),
      ],
      { read: false, write: false },
    ],
  ])('%s', (_t, classic, advanced, want) => {
    const s = readSelectors(classic, advanced).s3DataEvents;
    expect({ read: coversBucket(s.read, 'logs'), write: coversBucket(s.write, 'logs') }).toEqual(want);
  });
});
