/** Classic Elastic Load Balancing state the checks read. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

/** One listener of `DescribeLoadBalancers`' ListenerDescriptions, reduced. */
export interface ClassicListener {
  /** `HTTP`, `HTTPS`, `TCP` or `SSL`. */
  protocol: string;
  port: number;
  /** The policies attached to this listener (an SSL negotiation policy for HTTPS/SSL). */
  policyNames: string[];
}

/** `DescribeLoadBalancers`, reduced. */
export interface ClassicLoadBalancer {
  name: string;
  arn: string;
  /** `internet-facing` or `internal`. */
  scheme: string;
  listeners: ClassicListener[];
}

/** `DescribeLoadBalancerAttributes`, reduced. */
export interface ClassicAttributes {
  accessLog: boolean;
  accessLogBucket?: string;
  crossZone: boolean;
  connectionDraining: boolean;
  /** `elb.http.desyncmitigationmode` (monitor, defensive, strictest); absent means the default, defensive. */
  desyncMode?: string;
}

/** `DescribeLoadBalancerPolicies` for one load balancer, reduced. */
export interface ClassicPolicy {
  name: string;
  /** `SSLNegotiationPolicyType` for the TLS settings of HTTPS/SSL listeners. */
  type: string;
  /** Attribute names whose value is `true` (protocols such as `Protocol-TLSv1`, cipher names). */
  enabled: string[];
}

export const ELB_LOAD_BALANCERS = inventoryKey<ClassicLoadBalancer[]>('aws.elb.loadBalancers', 'regional');
/** Keyed by load balancer name. */
export const ELB_ATTRIBUTES = inventoryKey<PerResource<ClassicAttributes>>('aws.elb.attributes', 'regional');
/** Keyed by load balancer name. */
export const ELB_POLICIES = inventoryKey<PerResource<ClassicPolicy[]>>('aws.elb.policies', 'regional');
