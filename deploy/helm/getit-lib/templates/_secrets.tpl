{{/*
Where a service's secrets come from, in order of preference for production:
  secret.external.enabled   an ExternalSecret (External Secrets Operator) syncs <name>-secrets
                            from the cloud secret manager, one property per secretEnv key;
  secret.existingSecret     a Secret managed outside the chart (e.g. CloudNativePG's <cluster>-app);
  secret.data               inline values in a chart-owned Secret: local and dev clusters only.
With none of them the chart expects a Secret named <name>-secrets to exist.
*/}}

{{- define "getit-lib.secretResources" -}}
{{- $secret := .svc.secret | default dict -}}
{{- $external := $secret.external | default dict -}}
{{- $keys := values (.svc.secretEnv | default dict) | uniq | sortAlpha -}}
{{- $name := .secretName | default (include "getit-lib.secretName" .) -}}
{{- if and $external.enabled $secret.data -}}
{{- fail (printf "services.%s.secret: set either external or data, not both" .name) -}}
{{- end -}}
{{- if $external.enabled }}
{{- if not $external.remoteKey }}
{{- fail (printf "services.%s.secret.external.remoteKey is required" .name) }}
{{- end }}
apiVersion: external-secrets.io/v1
kind: ExternalSecret
metadata:
  name: {{ $name }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" . | nindent 4 }}
  {{- with .hookAnnotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  refreshInterval: {{ .root.Values.externalSecrets.refreshInterval }}
  secretStoreRef:
    kind: {{ .root.Values.externalSecrets.storeRef.kind }}
    name: {{ .root.Values.externalSecrets.storeRef.name }}
  target:
    name: {{ $name }}
    creationPolicy: Owner
  data:
    {{- range $keys }}
    - secretKey: {{ . }}
      remoteRef:
        key: {{ $external.remoteKey }}
        property: {{ . }}
    {{- end }}
{{- else if $secret.data }}
{{- range $keys }}
{{- if not (hasKey $secret.data .) }}
{{- fail (printf "services.%s.secret.data is missing key %q named in secretEnv" $.name .) }}
{{- end }}
{{- end }}
apiVersion: v1
kind: Secret
metadata:
  name: {{ $name }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" . | nindent 4 }}
  {{- with .hookAnnotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
type: Opaque
stringData:
  {{- range $key, $value := $secret.data }}
  {{ $key }}: {{ $value | quote }}
  {{- end }}
{{- end }}
{{- end -}}
