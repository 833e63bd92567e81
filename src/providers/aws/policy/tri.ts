/**
 * Three-valued logic for policy evaluation: a condition on a key the caller did not tell us
 * (or that the requester controls) is neither true nor false, it is `unknown`.
 */
export type Tri = 'yes' | 'no' | 'unknown';

export function triAnd(values: Iterable<Tri>): Tri {
  let out: Tri = 'yes';
  for (const v of values) {
    if (v === 'no') return 'no';
    if (v === 'unknown') out = 'unknown';
  }
  return out;
}

export function triOr(values: Iterable<Tri>): Tri {
  let out: Tri = 'no';
  for (const v of values) {
    if (v === 'yes') return 'yes';
    if (v === 'unknown') out = 'unknown';
  }
  return out;
}

export function triNot(v: Tri): Tri {
  return v === 'yes' ? 'no' : v === 'no' ? 'yes' : 'unknown';
}

export function tri(b: boolean): Tri {
  return b ? 'yes' : 'no';
}
