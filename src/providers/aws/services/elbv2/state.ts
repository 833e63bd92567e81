/** Elastic Load Balancing v2 (ALB, NLB, GWLB) state the checks read. No SDK imports. */
import { inventoryKey, type PerResource } from '../../../../model/keys.js';

/** `DescribeLoadBalancers`, reduced. */
export interface LoadBalancerV2 {
  name: string;
  arn: string;
  /** `application`, `network` or `gateway`. */
  type: string;
  /** `internet-facing` or `internal`. */
  scheme: string;
}

/** `DescribeListeners`, reduced. */
export interface ListenerV2 {
  arn: string;
  protocol: string;
  port: number;
  sslPolicy?: string;
  /** Where the default action redirects to, when it is a redirect (`HTTPS`, `#{protocol}`). */
  redirectProtocol?: string;
}

export const ELBV2_LOAD_BALANCERS = inventoryKey<LoadBalancerV2[]>('aws.elbv2.loadBalancers', 'regional');
/** `DescribeLoadBalancerAttributes` per load balancer, keyed by ARN: attribute key → value. */
export const ELBV2_ATTRIBUTES = inventoryKey<PerResource<Record<string, string>>>('aws.elbv2.attributes', 'regional');
/** `DescribeListeners` per load balancer, keyed by ARN. */
export const ELBV2_LISTENERS = inventoryKey<PerResource<ListenerV2[]>>('aws.elbv2.listeners', 'regional');
