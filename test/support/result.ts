import { type ItemList, itemsOf } from '../../src/model/items.js';
import type { ResultDocument, ResultFile } from '../../src/model/result.js';

/** A result whose items are an array, as tests like to index them. */
export type TestResult = Omit<ResultDocument, 'items'> & { items: ItemList };

/** A result read from its JSON file, as the outputs take it. */
export function fromFile(doc: ResultFile): TestResult {
  return { ...doc, items: itemsOf(doc.items) };
}

/** A result built in memory (its items an `ItemList`), typed so tests can index the items. */
export function asTest(doc: ResultDocument): TestResult {
  return doc as TestResult;
}

/** A deep copy (structuredClone drops the `Items` view of the array, so it is put back). */
export function cloneResult(doc: TestResult): TestResult {
  const copy = structuredClone(doc);
  return { ...copy, items: itemsOf(copy.items) };
}
