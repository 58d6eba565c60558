{{/*
Network policy: the namespace denies all ingress and egress; each service then allows
  ingress  from the services that list it in `calls`, from its `ingressFrom` external callers
           (e.g. the ingress controller) and from Prometheus, on its HTTP port only;
  egress   to DNS, to each `dependsOn` entry (peers and ports from .Values.dependencies),
           to each service in `calls` on that service's port, to the OTel collector (when the
           service sends traces) and, only for services with `internetEgress: true` (those that
           call third parties: payment providers, couriers), to HTTPS outside the cluster.
Every egress rule names both peers and ports: there is no `- {}`. The one open CIDR is the
internet rule: 0.0.0.0/0 minus every private, shared and link-local range
(networkPolicy.internetEgress.except), on networkPolicy.internetEgress.ports (443) only.
*/}}

{{- define "getit-lib.defaultDenyNetworkPolicy" -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: default-deny-all
  namespace: {{ .Release.Namespace }}
  labels:
    {{- include "getit-lib.releaseLabels" . | nindent 4 }}
spec:
  podSelector: {}
  policyTypes:
    - Ingress
    - Egress
{{- end -}}

{{/* A peer in another namespace: (dict "namespace" "monitoring" "podLabels" (dict ...)). */}}
{{- define "getit-lib.namespacedPeer" -}}
- namespaceSelector:
    matchLabels:
      kubernetes.io/metadata.name: {{ .namespace }}
  {{- with .podLabels }}
  podSelector:
    matchLabels:
      {{- toYaml . | nindent 6 }}
  {{- end }}
{{- end -}}

{{- define "getit-lib.servicePeer" -}}
- podSelector:
    matchLabels:
      app.kubernetes.io/name: {{ .name }}
      app.kubernetes.io/instance: {{ .release }}
      app.kubernetes.io/component: server
{{- end -}}

{{- define "getit-lib.dnsEgress" -}}
{{- $dns := .root.Values.networkPolicy.dns -}}
- to:
    {{- include "getit-lib.namespacedPeer" (dict "namespace" $dns.namespace "podLabels" $dns.podLabels) | nindent 4 }}
  ports:
    - port: 53
      protocol: UDP
    - port: 53
      protocol: TCP
{{- end -}}

{{/* HTTPS to addresses outside the cluster and the VPC, for a service that calls third parties. */}}
{{- define "getit-lib.internetEgress" -}}
{{- $internet := .root.Values.networkPolicy.internetEgress -}}
{{- if or (empty $internet.ports) (empty $internet.except) -}}
{{- fail "networkPolicy.internetEgress needs `ports` and `except` (the private ranges it must not open)" -}}
{{- end }}
- to:
    - ipBlock:
        cidr: 0.0.0.0/0
        except:
          {{- toYaml $internet.except | nindent 10 }}
  ports:
    {{- toYaml $internet.ports | nindent 4 }}
{{- end -}}

{{/* Egress to each named dependency; fails on an unknown name or a rule without peers or ports. */}}
{{- define "getit-lib.dependencyEgress" -}}
{{- $root := .root -}}
{{- range $dependency := .dependsOn -}}
{{- $spec := index ($root.Values.dependencies | default dict) $dependency -}}
{{- if not $spec -}}
{{- fail (printf "dependsOn names %q, which is not defined under .Values.dependencies" $dependency) -}}
{{- end -}}
{{- if or (empty $spec.to) (empty $spec.ports) -}}
{{- fail (printf "dependencies.%s needs non-empty `to` and `ports`: an egress rule without them allows everything" $dependency) -}}
{{- end }}
- to:
    {{- toYaml $spec.to | nindent 4 }}
  ports:
    {{- toYaml $spec.ports | nindent 4 }}
{{- end -}}
{{- end -}}

{{- define "getit-lib.networkPolicy" -}}
{{- $root := .root -}}
{{- $name := .name -}}
{{- $monitoring := $root.Values.monitoring -}}
{{- $callers := list -}}
{{- range $caller, $spec := $root.Values.services -}}
{{- if and (include "getit-lib.enabled" (dict "root" $root "name" $caller)) (has $name ($spec.calls | default list)) -}}
{{- $callers = append $callers $caller -}}
{{- end -}}
{{- end -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "getit-lib.fullname" . }}
  namespace: {{ $root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "getit-lib.selectorLabels" . | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  ingress:
    {{- if or $callers .svc.ingressFrom }}
    - from:
        {{- range $callers }}
        {{- include "getit-lib.servicePeer" (dict "name" . "release" $root.Release.Name) | nindent 8 }}
        {{- end }}
        {{- range $external := .svc.ingressFrom }}
        {{- $peer := index ($root.Values.externalCallers | default dict) $external }}
        {{- if not $peer }}
        {{- fail (printf "services.%s.ingressFrom names %q, which is not defined under .Values.externalCallers" $name $external) }}
        {{- end }}
        {{- include "getit-lib.namespacedPeer" $peer | nindent 8 }}
        {{- end }}
      ports:
        - port: http
          protocol: TCP
    {{- end }}
    - from:
        {{- include "getit-lib.namespacedPeer" (dict "namespace" $monitoring.namespace "podLabels" $monitoring.prometheusPodLabels) | nindent 8 }}
      ports:
        - port: http
          protocol: TCP
  egress:
    {{- include "getit-lib.dnsEgress" . | nindent 4 }}
    {{- include "getit-lib.dependencyEgress" (dict "root" $root "dependsOn" (.svc.dependsOn | default list)) | trim | nindent 4 }}
    {{- range $callee := (.svc.calls | default list) }}
    {{- $target := index $root.Values.services $callee }}
    - to:
        {{- include "getit-lib.servicePeer" (dict "name" $callee "release" $root.Release.Name) | nindent 8 }}
      ports:
        - port: {{ int $target.port }}
          protocol: TCP
    {{- end }}
    {{- if and $root.Values.telemetry.otel.enabled .svc.tracing }}
    {{- include "getit-lib.dependencyEgress" (dict "root" $root "dependsOn" (list "otel-collector")) | trim | nindent 4 }}
    {{- end }}
    {{- if .svc.internetEgress }}
    {{- include "getit-lib.internetEgress" . | nindent 4 }}
    {{- end }}
{{- end -}}
