{{/*
Environment: non-secret settings go to the service's ConfigMap, secret ones are read from one
Secret by key. getit-lib.configData is the single list of non-secret variables; the migration
Job inlines the same list because, as a pre-install hook, it runs before the ConfigMap exists.
*/}}

{{- define "getit-lib.configData" -}}
{{- $root := .root -}}
{{- $data := dict -}}
{{- range $key, $value := ($root.Values.env | default dict) -}}
{{- $_ := set $data $key (toString $value) -}}
{{- end -}}
{{- $_ := set $data "PORT" (toString .svc.port) -}}
{{- $_ := set $data "SERVICE_NAME" .name -}}
{{- if .svc.migrations.enabled -}}
{{- /* The hook Job migrates before the rollout; pods must not race it on start. */ -}}
{{- $_ := set $data "MIGRATE_ON_START" "false" -}}
{{- end -}}
{{- if and $root.Values.telemetry.otel.enabled .svc.tracing -}}
{{- $_ := set $data "OTEL_EXPORTER_OTLP_ENDPOINT" $root.Values.telemetry.otel.endpoint -}}
{{- end -}}
{{- $tplContext := dict "Service" (dict "name" .name "port" .svc.port) "Values" $root.Values "Release" $root.Release "Template" $root.Template -}}
{{- range $dependency := (.svc.dependsOn | default list) -}}
{{- $spec := index ($root.Values.dependencies | default dict) $dependency -}}
{{- if not $spec -}}
{{- fail (printf "dependsOn names %q, which is not defined under .Values.dependencies" $dependency) -}}
{{- end -}}
{{- range $key, $value := ($spec.env | default dict) -}}
{{- $_ := set $data $key (tpl (toString $value) $tplContext) -}}
{{- end -}}
{{- end -}}
{{- range $callee := (.svc.calls | default list) -}}
{{- $target := index $root.Values.services $callee -}}
{{- if not $target -}}
{{- fail (printf "calls names %q, which is not defined under .Values.services" $callee) -}}
{{- end -}}
{{- $url := printf "http://%s%s:%d" ($root.Values.namePrefix | default "") $callee (int $target.port) -}}
{{- $_ := set $data (printf "%s_URL" ($callee | upper | replace "-" "_")) $url -}}
{{- end -}}
{{- range $key, $value := (.svc.env | default dict) -}}
{{- $_ := set $data $key (toString $value) -}}
{{- end -}}
{{- toYaml $data -}}
{{- end -}}

{{/* The Secret the service reads: chart-owned (inline data or ExternalSecret) or existing. */}}
{{- define "getit-lib.secretName" -}}
{{- $secret := .svc.secret | default dict -}}
{{- $external := $secret.external | default dict -}}
{{- if or $external.enabled $secret.data -}}
{{- printf "%s-secrets" (include "getit-lib.fullname" .) -}}
{{- else -}}
{{- $secret.existingSecret | default (printf "%s-secrets" (include "getit-lib.fullname" .)) -}}
{{- end -}}
{{- end -}}

{{/* env entries for secretEnv (ENV_VAR: key-in-secret) from the named Secret. */}}
{{- define "getit-lib.secretEnv" -}}
{{- $secretName := .secretName -}}
{{- range $env, $key := (.ctx.svc.secretEnv | default dict) }}
- name: {{ $env }}
  valueFrom:
    secretKeyRef:
      name: {{ $secretName }}
      key: {{ $key }}
{{- end -}}
{{- end -}}

{{- define "getit-lib.configMap" -}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "getit-lib.fullname" . }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" . | nindent 4 }}
data:
  {{- include "getit-lib.configData" . | nindent 2 }}
{{- end -}}
