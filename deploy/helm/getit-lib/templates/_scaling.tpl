{{/*
HPA on CPU for every service; Kafka consumers also scale on consumer lag, an External metric
that Prometheus Adapter serves from messaging_consumer_lag (deploy/k8s/monitoring).
*/}}
{{- define "getit-lib.hpa" -}}
{{- $scaling := .svc.autoscaling -}}
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: {{ include "getit-lib.fullname" . }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" . | nindent 4 }}
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: {{ include "getit-lib.fullname" . }}
  minReplicas: {{ int $scaling.minReplicas }}
  maxReplicas: {{ int $scaling.maxReplicas }}
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: {{ int $scaling.targetCPUUtilizationPercentage }}
    {{- if and .svc.messaging.consumer $scaling.consumerLag.enabled }}
    - type: External
      external:
        metric:
          name: {{ .root.Values.monitoring.consumerLagExternalMetric }}
          selector:
            matchLabels:
              service: {{ .name }}
        target:
          type: AverageValue
          averageValue: {{ $scaling.consumerLag.averageValuePerPod | quote }}
    {{- end }}
  behavior:
    scaleDown:
      stabilizationWindowSeconds: 300
      policies:
        - type: Pods
          value: 1
          periodSeconds: 60
{{- end -}}

{{/*
PDB that never blocks a drain: maxUnavailable (>= 1), or minAvailable only when it is below
the smallest replica count the service can run with.
*/}}
{{- define "getit-lib.pdb" -}}
{{- $pdb := .svc.pdb -}}
{{- $floor := ternary .svc.autoscaling.minReplicas .svc.replicas .svc.autoscaling.enabled | int -}}
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: {{ include "getit-lib.fullname" . }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" . | nindent 4 }}
spec:
  selector:
    matchLabels:
      {{- include "getit-lib.selectorLabels" . | nindent 6 }}
  unhealthyPodEvictionPolicy: AlwaysAllow
  {{- if hasKey $pdb "minAvailable" }}
  {{- if ge (int $pdb.minAvailable) $floor }}
  {{- fail (printf "services.%s.pdb.minAvailable=%d would block every eviction with %d replica(s); use maxUnavailable" .name (int $pdb.minAvailable) $floor) }}
  {{- end }}
  minAvailable: {{ int $pdb.minAvailable }}
  {{- else }}
  {{- if lt (int $pdb.maxUnavailable) 1 }}
  {{- fail (printf "services.%s.pdb.maxUnavailable must be at least 1" .name) }}
  {{- end }}
  maxUnavailable: {{ int $pdb.maxUnavailable }}
  {{- end }}
{{- end -}}
