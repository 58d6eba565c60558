{{/*
getit-lib.merge: deep merge of two maps, "override" winning. Unlike sprig's mergeOverwrite it
lets an override set false, 0 or "" (mergo treats those as empty and keeps the default).
Lists are replaced, not appended. Returns YAML; callers use fromYaml.
*/}}
{{- define "getit-lib.merge" -}}
{{- $out := deepCopy (.base | default dict) -}}
{{- range $key, $value := (.override | default dict) -}}
{{- $current := index $out $key -}}
{{- if and (kindIs "map" $value) (kindIs "map" $current) -}}
{{- $_ := set $out $key (include "getit-lib.merge" (dict "base" $current "override" $value) | fromYaml) -}}
{{- else -}}
{{- $_ := set $out $key $value -}}
{{- end -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/*
getit-lib.context: the one object every resource helper receives.
  root: the chart's top-level context; name: the service key under .Values.services;
  svc: serviceDefaults deep-merged with services.<name>; component: "server".
*/}}
{{- define "getit-lib.context" -}}
{{- $services := .root.Values.services | default dict -}}
{{- if not (hasKey $services .name) -}}
{{- fail (printf "services.%s is not defined in values" .name) -}}
{{- end -}}
{{- $svc := include "getit-lib.merge" (dict "base" .root.Values.serviceDefaults "override" (index $services .name)) | fromYaml -}}
{{- $_ := set $svc "port" (int $svc.port) -}}
{{- toYaml (dict "name" .name "svc" $svc "component" "server") -}}
{{- end -}}

{{/* "true" when services.<name> is enabled (its own flag, else serviceDefaults.enabled), else "". */}}
{{- define "getit-lib.enabled" -}}
{{- $spec := index .root.Values.services .name | default dict -}}
{{- if hasKey $spec "enabled" -}}
{{- if $spec.enabled }}true{{ end -}}
{{- else if .root.Values.serviceDefaults.enabled -}}
true
{{- end -}}
{{- end -}}
