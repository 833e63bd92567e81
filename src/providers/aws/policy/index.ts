/** The IAM policy evaluator: one import for checks. Pure; no SDK. */
export { ADMIN_PROBE_ACTIONS, adminStatements, isAdminEquivalent } from './admin.js';
export { evaluateConditions, evaluateKey, parseOperator } from './conditions.js';
export { type KeyInput, type KeyState, type RequestContext, requestContext, withKeys } from './context.js';
export {
  adminSources,
  describeSource,
  type EffectivePolicies,
  effectivelyAdmin,
  effectivePolicies,
  isAwsManaged,
  type PolicyLookup,
  type PolicyOrigin,
  type PolicySource,
  type PrincipalPolicies,
  principalEscalations,
  type UserPolicies,
} from './effective.js';
export {
  allowedSomewhere,
  ESCALATION_PRIMITIVES,
  type EscalationFinding,
  type EscalationPrimitive,
  escalationPaths,
} from './escalation.js';
export {
  type AuthorizationInput,
  type Decision,
  decide,
  evaluatePolicies,
  isAllowed,
  type PolicyRequest,
  statementApplies,
} from './evaluate.js';
export { type Exposure, type ExposureScope, resourceExposure } from './exposure.js';
export { accountOf, principalFromArn, type RequestPrincipal } from './principal.js';
export {
  type AclGrantLike,
  type PublicAccessBlockSwitches,
  publicAclGrants,
  type S3PublicInput,
  type S3PublicVerdict,
  s3PublicAccess,
} from './s3-public.js';
export { type Tri, triAnd, triNot, triOr } from './tri.js';
export { type TrustExposure, trustExposure } from './trust.js';
