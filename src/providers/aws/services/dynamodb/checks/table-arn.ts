import type { CheckContext } from '../../../../../model/check.js';
import { arnIn } from '../../each-resource.js';

/** A table's ARN from its name, for findings about tables whose own read failed. */
export const tableArn = (ctx: CheckContext, region: string, name: string): string => arnIn(ctx, 'dynamodb', region, `table/${name}`);
