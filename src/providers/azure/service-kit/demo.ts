/** Demo estate helpers for the ARM service folders: resources of the demo subscription, answered by route. */
import { DEMO_SUBSCRIPTION, demoResource } from '../../../../demo/azure/ids.js';
import { list, type ReplayAnswer } from '../replay.js';

/** `GET /subscriptions/{demo}/providers/{type}` (a route key). */
export function demoList(type: string): string {
  return `GET /subscriptions/${DEMO_SUBSCRIPTION}/providers/${type}`;
}

/** A tracked resource of the demo subscription in `westeurope`. */
export function demoArm(group: string, type: string, name: string, properties: unknown, extra: Record<string, unknown> = {}) {
  return demoResource(group, type, name, 'westeurope', { properties, ...extra });
}

/** A single-page list answer. */
export function page(items: unknown[]): ReplayAnswer {
  return list(items);
}

/** A JSON object answer. */
export function body(value: unknown): ReplayAnswer {
  return { body: value };
}
