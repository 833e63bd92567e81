/** AWS Config inventory shapes and keys. No SDK imports here: checks depend on this file. */
import { inventoryKey } from '../../../../model/keys.js';
/**
 * One key for three small calls: a recorder means nothing without its status and a delivery
 * channel, none of the three APIs paginates, and a region has at most a handful of each.
 */
export const CONFIG_RECORDERS = inventoryKey('aws.config.recorders', 'regional');
