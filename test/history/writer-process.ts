// Run as a child process by store.test.ts: records the same result several times into one history file.
import { readFileSync } from 'node:fs';
import { openHistory } from '../../src/history/store.js';
import type { ResultFile } from '../../src/model/result.js';
import { fromFile } from '../support/result.js';

const [file, resultFile, times] = process.argv.slice(2) as [string, string, string];
const result = fromFile(JSON.parse(readFileSync(resultFile, 'utf8')) as ResultFile);
const store = openHistory(file, { retain: {} });
for (let i = 0; i < Number(times); i++) store.record(result);
store.close();
