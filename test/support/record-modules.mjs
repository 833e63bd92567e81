/**
 * `node --import ./record-modules.mjs …` appends the URL of every module the process loads to the
 * file named by RECORD_MODULES_TO: ES modules through a load hook (it runs on the loader thread),
 * CommonJS ones from the require cache at exit, since a require inside CommonJS passes no ESM hook.
 */
import { appendFileSync } from 'node:fs';
import { createRequire, register } from 'node:module';
import { pathToFileURL } from 'node:url';

const out = process.env.RECORD_MODULES_TO;
if (!out) throw new Error('record-modules: set RECORD_MODULES_TO to the file to append module URLs to');
register('./record-modules-hooks.mjs', import.meta.url, { data: { out } });
const { cache } = createRequire(import.meta.url);
process.on('exit', () => {
  const urls = Object.keys(cache).map((p) => pathToFileURL(p).href);
  if (urls.length > 0) appendFileSync(out, `${urls.join('\n')}\n`);
});
