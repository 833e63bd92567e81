export function inventoryKey(id, scope) {
  return { id, scope };
}
export const GLOBAL = 'global';
