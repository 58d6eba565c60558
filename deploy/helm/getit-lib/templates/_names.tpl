{{/*
Names and labels. Every helper here takes the service context built by
"getit-lib.context": (dict "root" $ "name" "catalog" "svc" <merged values> "component" "server").
*/}}

{{- define "getit-lib.fullname" -}}
{{- printf "%s%s" (.root.Values.namePrefix | default "") .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{- define "getit-lib.imageTag" -}}
{{- .svc.image.tag | default .root.Values.image.tag | default .root.Chart.AppVersion -}}
{{- end -}}

{{- define "getit-lib.image" -}}
{{- $repository := .svc.image.repository | default (printf "%s/%s" .root.Values.image.registry .name) -}}
{{- if .svc.image.digest -}}
{{- printf "%s@%s" $repository .svc.image.digest -}}
{{- else -}}
{{- printf "%s:%s" $repository (include "getit-lib.imageTag" .) -}}
{{- end -}}
{{- end -}}

{{- define "getit-lib.selectorLabels" -}}
app.kubernetes.io/name: {{ .name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component | default "server" }}
{{- end -}}

{{- define "getit-lib.labels" -}}
{{ include "getit-lib.selectorLabels" . }}
app.kubernetes.io/version: {{ include "getit-lib.imageTag" . | trunc 63 | quote }}
app.kubernetes.io/part-of: getit
app.kubernetes.io/managed-by: {{ .root.Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .root.Chart.Name .root.Chart.Version | replace "+" "_" }}
{{- end -}}

{{/* Labels for objects that belong to the release rather than one service. */}}
{{- define "getit-lib.releaseLabels" -}}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/part-of: getit
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- end -}}
