{{/*
getit-lib.service: the entry point. (dict "root" $ "name" "<key under .Values.services>")
Renders every object of one service when services.<name>.enabled is true.
*/}}
{{- define "getit-lib.service" -}}
{{- $ctx := include "getit-lib.context" . | fromYaml -}}
{{- $_ := set $ctx "root" .root -}}
{{- if $ctx.svc.enabled -}}
{{- $values := .root.Values -}}
{{ include "getit-lib.serviceAccount" $ctx }}
---
{{ include "getit-lib.configMap" $ctx }}
{{- $secrets := include "getit-lib.secretResources" $ctx }}
{{- if $secrets }}
---
{{ $secrets }}
{{- end }}
---
{{ include "getit-lib.deployment" $ctx }}
---
{{ include "getit-lib.k8sService" $ctx }}
{{- if $ctx.svc.autoscaling.enabled }}
---
{{ include "getit-lib.hpa" $ctx }}
{{- end }}
---
{{ include "getit-lib.pdb" $ctx }}
{{- if $values.networkPolicy.enabled }}
---
{{ include "getit-lib.networkPolicy" $ctx }}
{{- end }}
{{- if $values.monitoring.serviceMonitor.enabled }}
---
{{ include "getit-lib.serviceMonitor" $ctx }}
{{- end }}
{{- if $values.monitoring.rules.enabled }}
---
{{ include "getit-lib.servicePrometheusRule" $ctx }}
{{- end }}
{{- if $ctx.svc.ingress.enabled }}
---
{{ include "getit-lib.ingress" $ctx }}
{{- end }}
{{- if $ctx.svc.migrations.enabled }}
---
{{ include "getit-lib.migration" $ctx }}
{{- end }}
{{- end -}}
{{- end -}}
