{{/*
honorLabels keeps the `service` label each process exports; without it Prometheus Operator's
target label `service` (the Kubernetes Service name) would rename ours to exported_service.
*/}}
{{- define "getit-lib.serviceMonitor" -}}
{{- $monitor := .root.Values.monitoring.serviceMonitor -}}
apiVersion: monitoring.coreos.com/v1
kind: ServiceMonitor
metadata:
  name: {{ include "getit-lib.fullname" . }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" . | nindent 4 }}
    {{- with $monitor.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  selector:
    matchLabels:
      {{- include "getit-lib.selectorLabels" . | nindent 6 }}
  endpoints:
    - port: http
      path: /metrics
      interval: {{ $monitor.interval }}
      scrapeTimeout: {{ $monitor.scrapeTimeout }}
      honorLabels: true
{{- end -}}

{{/* Grafana dashboards, picked up by the Grafana sidecar through the grafana_dashboard label. */}}
{{- define "getit-lib.dashboardsConfigMap" -}}
{{- $dashboards := .Values.monitoring.dashboards -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ printf "%sgrafana-dashboards" (.Values.namePrefix | default "") }}
  namespace: {{ $dashboards.namespace | default .Release.Namespace }}
  labels:
    {{- include "getit-lib.releaseLabels" . | nindent 4 }}
    {{- toYaml $dashboards.labels | nindent 4 }}
  {{- with $dashboards.folder }}
  annotations:
    grafana_folder: {{ . | quote }}
  {{- end }}
data:
  {{- range $path, $_ := .Files.Glob $dashboards.glob }}
  {{ base $path }}: |-
    {{- $.Files.Get $path | nindent 4 }}
  {{- end }}
{{- end -}}
