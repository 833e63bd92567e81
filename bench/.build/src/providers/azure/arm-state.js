/**
 * Shapes shared by every Azure inventory value. No SDK imports here: checks depend on this file.
 *
 * Values keep the ARM wire shape (settings under `properties`, ARM property names), trimmed
 * to what checks read. The same shape comes back from the service SDKs' raw responses and
 * from Azure Resource Graph, so a collector may use either and store the result as it is.
 * Every Azure key is subscription-wide (`global`): one snapshot is one subscription.
 */
/** `/subscriptions/<id>/resourceGroups/<name>/…` → `<name>`, or undefined for ids outside a group. */
export function resourceGroupOf(armId) {
  const m = /\/resourceGroups\/([^/]+)/i.exec(armId);
  return m?.[1];
}
/**
 * A location in ARM's canonical form (`westeurope`). Some resource providers answer with the
 * display form (`West Europe`); the region is part of every evidence id, so it is normalised.
 */
export function normalLocation(location) {
  return location.toLowerCase().replace(/\s+/g, '');
}
/** ARM ids compare case-insensitively; this is the form used as a stable key. */
export function normalArmId(armId) {
  return armId.toLowerCase();
}
