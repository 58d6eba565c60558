import { ofKind, podTemplate, selects } from './manifests.mjs';

/**
 * A small NetworkPolicy evaluator for the rendered charts: can pod A open a TCP connection to
 * pod B on a port? A pod is { namespace, labels, ip?, ports: { name: number } }. Traffic needs
 * an egress allowance from A's side and an ingress allowance on B's side, each from a policy that
 * selects the pod; a pod no policy selects (for that direction) is unrestricted. Only the
 * features the charts use are modelled (matchLabels, namespace names, /n IPv4 CIDRs, ports).
 */
const ipToInt = (ip) => ip.split('.').reduce((acc, octet) => acc * 256 + Number(octet), 0);

export function cidrContains(cidr, ip) {
  const [base, bits] = cidr.split('/');
  const size = 2 ** (32 - Number(bits));
  const start = Math.floor(ipToInt(base) / size) * size;
  return ipToInt(ip) >= start && ipToInt(ip) < start + size;
}

function peerMatches(peer, policyNamespace, pod) {
  if (peer.ipBlock) {
    return Boolean(pod.ip) && cidrContains(peer.ipBlock.cidr, pod.ip) &&
      !(peer.ipBlock.except ?? []).some((cidr) => cidrContains(cidr, pod.ip));
  }
  if (pod.ip && !pod.labels) return false;
  const namespaceOk = peer.namespaceSelector
    ? selects(peer.namespaceSelector, { 'kubernetes.io/metadata.name': pod.namespace })
    : pod.namespace === policyNamespace;
  return namespaceOk && (!peer.podSelector || selects(peer.podSelector, pod.labels));
}

function portMatches(rulePorts, target, port) {
  if (!rulePorts?.length) return true;
  return rulePorts.some((p) => (p.protocol ?? 'TCP') === 'TCP' &&
    (typeof p.port === 'string' ? target.ports?.[p.port] === port : p.port === port));
}

function allowed(policies, pod, direction, peer, port, target) {
  const type = direction === 'egress' ? 'Egress' : 'Ingress';
  const applying = policies.filter((p) => p.metadata.namespace === pod.namespace &&
    p.spec.policyTypes.includes(type) && selects(p.spec.podSelector, pod.labels ?? {}));
  if (!applying.length) return true;
  return applying.some((policy) => (policy.spec[direction] ?? []).some((rule) => {
    const peers = direction === 'egress' ? rule.to : rule.from;
    const peerOk = !peers?.length || peers.some((p) => peerMatches(p, policy.metadata.namespace, peer));
    return peerOk && portMatches(rule.ports, target, port);
  }));
}

/** true when `from` may connect to `to` on TCP `port` under the rendered policies. */
export function canConnect(docs, from, to, port) {
  const policies = ofKind(docs, 'NetworkPolicy');
  const egressOk = from.labels ? allowed(policies, from, 'egress', to, port, to) : true;
  const ingressOk = to.labels ? allowed(policies, to, 'ingress', from, port, to) : true;
  return egressOk && ingressOk;
}

/** The pod a rendered workload would create, in the release namespace. */
export function podOf(workload, namespace) {
  const template = podTemplate(workload);
  const ports = Object.fromEntries(template.spec.containers.flatMap((c) => c.ports ?? []).map((p) => [p.name, p.containerPort]));
  return { namespace, labels: template.metadata.labels, ports };
}
