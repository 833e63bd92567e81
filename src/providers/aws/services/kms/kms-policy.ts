/**
 * KMS-specific reading of key policies on top of the shared `iam-policy` helper.
 * Not a check: a helper for the checks in this folder.
 */
import { allowsEveryone, conditionValues, type PolicyDocument, type PolicyStatement } from '../../iam-policy.js';

/**
 * `kms:CallerAccount` is KMS's own "which account is calling" key; AWS writes it into the
 * policies of AWS-managed keys and many service-created keys (`Principal: "*"` plus
 * `kms:CallerAccount` = the owner). The shared helper only knows the global `aws:` keys,
 * so this one is judged here: an exact account id under a limiting operator restricts.
 */
function callerAccountPinned(s: PolicyStatement): boolean {
  for (const op of ['StringEquals', 'StringEqualsIgnoreCase', 'StringLike', 'ForAnyValue:StringEquals', 'ForAnyValue:StringLike']) {
    const values = conditionValues(s, op, 'kms:CallerAccount');
    if (values?.length && values.every((v) => /^\d{12}$/.test(v))) return true;
  }
  return false;
}

/** Allow statements open to any principal in any account: no identifying condition at all. */
export function publicStatements(policy: PolicyDocument): PolicyStatement[] {
  return policy.statements.filter((s) => allowsEveryone(s) && !callerAccountPinned(s));
}
