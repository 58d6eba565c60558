{{/*
getit-lib.prometheusRule: (dict "root" $ "name" <object name> "groups" <rule groups> "labels" <extra>)
Adds runbook_url = <monitoring.runbookBaseUrl>/<AlertName>.md to every alert, so the runbook
link convention lives here and nowhere else (the deploy tests check each file exists).
*/}}
{{- define "getit-lib.prometheusRule" -}}
{{- $base := .root.Values.monitoring.runbookBaseUrl | trimSuffix "/" -}}
{{- range $group := .groups -}}
{{- range $rule := $group.rules -}}
{{- if $rule.alert -}}
{{- $annotations := $rule.annotations | default dict -}}
{{- $_ := set $annotations "runbook_url" (printf "%s/%s.md" $base $rule.alert) -}}
{{- $_ := set $rule "annotations" $annotations -}}
{{- end -}}
{{- end -}}
{{- end -}}
apiVersion: monitoring.coreos.com/v1
kind: PrometheusRule
metadata:
  name: {{ .name }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- .labels | nindent 4 }}
    {{- with .root.Values.monitoring.rules.labels }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  groups:
    {{- toYaml .groups | nindent 4 }}
{{- end -}}

{{/*
Per-service rules. SLO alerts follow the multi-window, multi-burn-rate recipe of the Google SRE
workbook (30-day budget): page at 14.4x over 1h and 5m or 6x over 6h and 30m; ticket at 3x over
1d and 2h or 1x over 3d and 6h. Health, metrics and readiness routes are not part of the SLI.
Every rule carries a static `service` label so rules of different services never collide.
*/}}
{{- define "getit-lib.serviceRuleGroups" -}}
{{- $svc := .svc -}}
{{- $sel := printf "service=%q" .name -}}
{{- $sli := printf "service=%q,route!~%q" .name .root.Values.monitoring.sloExcludedRoutes -}}
{{- $budget := printf "(1 - %v / 100)" $svc.slo.availability -}}
{{- $latencyBudget := printf "(1 - %v / 100)" $svc.slo.latency.target -}}
{{- $le := $svc.slo.latency.thresholdSeconds | toString -}}
{{- $alerts := $svc.alerts -}}
- name: getit.{{ .name }}.slo-recording
  rules:
    - record: service:http_server_requests:rate5m
      expr: sum by (service) (rate(http_server_requests_total{ {{- $sli -}} }[5m]))
      labels:
        service: {{ .name }}
    {{- range $window := list "5m" "30m" "1h" "2h" "6h" "1d" "3d" }}
    - record: service:http_server_requests:error_ratio_rate{{ $window }}
      expr: |-
        sum by (service) (rate(http_server_requests_total{ {{- $sli -}} ,status_code=~"5.."}[{{ $window }}]))
        /
        sum by (service) (rate(http_server_requests_total{ {{- $sli -}} }[{{ $window }}]))
      labels:
        service: {{ $.name }}
    - record: service:http_server_request_duration_seconds:slow_ratio_rate{{ $window }}
      expr: |-
        1 - (
          sum by (service) (rate(http_server_request_duration_seconds_bucket{ {{- $sli -}} ,le="{{ $le }}"}[{{ $window }}]))
          /
          sum by (service) (rate(http_server_request_duration_seconds_count{ {{- $sli -}} }[{{ $window }}]))
        )
      labels:
        service: {{ $.name }}
    {{- end }}
- name: getit.{{ .name }}.alerts
  rules:
    {{- range $indicator := list (dict "kind" "Availability" "series" "service:http_server_requests:error_ratio_rate" "budget" $budget "what" "5xx responses") (dict "kind" "Latency" "series" "service:http_server_request_duration_seconds:slow_ratio_rate" "budget" $latencyBudget "what" (printf "requests slower than %ss" $le)) }}
    - alert: SLO{{ $indicator.kind }}BurnRateFast
      expr: |-
        (
          {{ $indicator.series }}1h{ {{- $sel -}} } > 14.4 * {{ $indicator.budget }}
          and
          {{ $indicator.series }}5m{ {{- $sel -}} } > 14.4 * {{ $indicator.budget }}
        )
        or
        (
          {{ $indicator.series }}6h{ {{- $sel -}} } > 6 * {{ $indicator.budget }}
          and
          {{ $indicator.series }}30m{ {{- $sel -}} } > 6 * {{ $indicator.budget }}
        )
      for: 2m
      labels:
        severity: critical
        service: {{ $.name }}
        slo: {{ $indicator.kind | lower }}
      annotations:
        summary: {{ $.name }} is burning its {{ $indicator.kind | lower }} error budget fast
        description: >-
          {{ $.name }}: {{ $indicator.what }} at {{`{{ $value | humanizePercentage }}`}} of traffic;
          at this rate the 30-day error budget is gone in under two days.
    - alert: SLO{{ $indicator.kind }}BurnRateSlow
      expr: |-
        (
          {{ $indicator.series }}1d{ {{- $sel -}} } > 3 * {{ $indicator.budget }}
          and
          {{ $indicator.series }}2h{ {{- $sel -}} } > 3 * {{ $indicator.budget }}
        )
        or
        (
          {{ $indicator.series }}3d{ {{- $sel -}} } > 1 * {{ $indicator.budget }}
          and
          {{ $indicator.series }}6h{ {{- $sel -}} } > 1 * {{ $indicator.budget }}
        )
      for: 15m
      labels:
        severity: warning
        service: {{ $.name }}
        slo: {{ $indicator.kind | lower }}
      annotations:
        summary: {{ $.name }} is using its {{ $indicator.kind | lower }} error budget too quickly
        description: >-
          {{ $.name }}: {{ $indicator.what }} at {{`{{ $value | humanizePercentage }}`}} of traffic;
          at this rate the 30-day error budget runs out before the window ends.
    {{- end }}
    - alert: HTTP5xxRateHigh
      expr: |-
        service:http_server_requests:error_ratio_rate5m{ {{- $sel -}} } > {{ $alerts.http5xxRatio }}
        and
        service:http_server_requests:rate5m{ {{- $sel -}} } > {{ $alerts.minRequestRate }}
      for: 10m
      labels:
        severity: warning
        service: {{ .name }}
      annotations:
        summary: {{ .name }} answers too many requests with 5xx
        description: '{{ .name }}: {{`{{ $value | humanizePercentage }}`}} of requests failed with 5xx over 5 minutes.'
    - alert: ServiceDown
      expr: absent(up{namespace="{{ .root.Release.Namespace }}",service="{{ include "getit-lib.fullname" . }}"} == 1)
      for: 5m
      labels:
        severity: critical
        service: {{ .name }}
        namespace: {{ .root.Release.Namespace }}
      annotations:
        summary: No {{ .name }} pod is being scraped successfully
        description: 'Prometheus has had no healthy {{ .name }} target in namespace {{ .root.Release.Namespace }} for 5 minutes.'
    - alert: PodRestartingFrequently
      expr: increase(kube_pod_container_status_restarts_total{namespace="{{ .root.Release.Namespace }}",container="{{ .name }}"}[30m]) > {{ $alerts.podRestarts }}
      labels:
        severity: warning
        service: {{ .name }}
      annotations:
        summary: A {{ .name }} container keeps restarting
        description: '{{`{{ $labels.pod }}`}} restarted {{`{{ $value | humanize }}`}} times in 30 minutes.'
    {{- if $svc.messaging.consumer }}
    - alert: KafkaConsumerLagHigh
      expr: max by (service, topic, group) (messaging_consumer_lag{ {{- $sel -}} }) > {{ $alerts.consumerLag }}
      for: 10m
      labels:
        severity: warning
        service: {{ .name }}
      annotations:
        summary: {{ .name }} is falling behind on a Kafka topic
        description: 'Group {{`{{ $labels.group }}`}} is {{`{{ $value | humanize }}`}} messages behind on {{`{{ $labels.topic }}`}}.'
    - alert: DeadLetterMessagesGrowing
      expr: sum by (service, topic, group) (increase(messaging_dead_letter_total{ {{- $sel -}} }[15m])) > 0
      labels:
        severity: warning
        service: {{ .name }}
      annotations:
        summary: {{ .name }} is parking messages on a dead-letter topic
        description: '{{`{{ $value | humanize }}`}} messages from {{`{{ $labels.topic }}`}} (group {{`{{ $labels.group }}`}}) were dead-lettered in 15 minutes.'
    {{- end }}
    {{- if $svc.messaging.outbox }}
    - alert: OutboxBacklogGrowing
      expr: max by (service) (messaging_outbox_pending{ {{- $sel -}} }) > {{ $alerts.outboxPending }}
      for: 10m
      labels:
        severity: warning
        service: {{ .name }}
      annotations:
        summary: {{ .name }} events are piling up in its outbox
        description: '{{`{{ $value | humanize }}`}} events are waiting to be published to Kafka.'
    {{- end }}
{{- end -}}

{{- define "getit-lib.servicePrometheusRule" -}}
{{- $groups := include "getit-lib.serviceRuleGroups" . | fromYamlArray -}}
{{- include "getit-lib.prometheusRule" (dict "root" .root "name" (include "getit-lib.fullname" .) "groups" $groups "labels" (include "getit-lib.labels" .)) -}}
{{- end -}}
