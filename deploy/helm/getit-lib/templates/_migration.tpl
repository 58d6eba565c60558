{{/*
Database migrations run before the new pods: a pre-install/pre-upgrade hook Job running the
service image with `migrate`. A pre-install hook runs before the release's own objects exist,
so everything the Job needs is a hook too, with a lower weight: its ServiceAccount, its
NetworkPolicy (DNS and the `migrations.dependsOn` entries only, no ingress) and, when the chart
owns the secret, a copy of it (<name>-migrate). Settings are inlined from getit-lib.configData.
*/}}

{{- define "getit-lib.hookAnnotations" -}}
helm.sh/hook: pre-install,pre-upgrade
helm.sh/hook-weight: {{ .weight | quote }}
helm.sh/hook-delete-policy: before-hook-creation
{{- end -}}

{{- define "getit-lib.migration" -}}
{{- $ctx := merge (dict "component" "migration") . -}}
{{- $prep := include "getit-lib.hookAnnotations" (dict "weight" -20) | fromYaml -}}
{{- $fullname := printf "%s-migrate" (include "getit-lib.fullname" .) -}}
{{- $secret := .svc.secret | default dict -}}
{{- $ownsSecret := not (and (not ($secret.external | default dict).enabled) (empty $secret.data)) -}}
{{- $secretName := ternary $fullname (include "getit-lib.secretName" .) $ownsSecret -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ $fullname }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" $ctx | nindent 4 }}
  annotations:
    {{- toYaml $prep | nindent 4 }}
automountServiceAccountToken: false
{{- if .root.Values.networkPolicy.enabled }}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ $fullname }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" $ctx | nindent 4 }}
  annotations:
    {{- toYaml $prep | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "getit-lib.selectorLabels" $ctx | nindent 6 }}
  policyTypes:
    - Ingress
    - Egress
  ingress: []
  egress:
    {{- include "getit-lib.dnsEgress" . | nindent 4 }}
    {{- include "getit-lib.dependencyEgress" (dict "root" .root "dependsOn" .svc.migrations.dependsOn) | trim | nindent 4 }}
{{- end }}
{{- if $ownsSecret }}
---
{{ include "getit-lib.secretResources" (merge (dict "secretName" $fullname "hookAnnotations" $prep) $ctx) }}
{{- end }}
---
apiVersion: batch/v1
kind: Job
metadata:
  name: {{ $fullname }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" $ctx | nindent 4 }}
  annotations:
    {{- include "getit-lib.hookAnnotations" (dict "weight" -10) | nindent 4 }}
spec:
  backoffLimit: {{ int .svc.migrations.backoffLimit }}
  activeDeadlineSeconds: {{ int .svc.migrations.activeDeadlineSeconds }}
  ttlSecondsAfterFinished: 86400
  template:
    metadata:
      labels:
        {{- include "getit-lib.labels" $ctx | nindent 8 }}
    spec:
      restartPolicy: Never
      serviceAccountName: {{ $fullname }}
      automountServiceAccountToken: false
      enableServiceLinks: false
      {{- with .root.Values.image.pullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . }}
        {{- end }}
      {{- end }}
      securityContext:
        {{- include "getit-lib.podSecurityContext" . | nindent 8 }}
      containers:
        - name: migrate
          image: {{ include "getit-lib.image" . }}
          imagePullPolicy: {{ .root.Values.image.pullPolicy }}
          command: ["node", "dist/apps/{{ .name }}/src/main.js"]
          args: ["migrate"]
          env:
            {{- range $key, $value := (include "getit-lib.configData" . | fromYaml) }}
            - name: {{ $key }}
              value: {{ $value | quote }}
            {{- end }}
            {{- include "getit-lib.secretEnv" (dict "ctx" . "secretName" $secretName) | trim | nindent 12 }}
          resources:
            {{- toYaml .svc.migrations.resources | nindent 12 }}
          securityContext:
            {{- include "getit-lib.containerSecurityContext" . | nindent 12 }}
          volumeMounts:
            {{- include "getit-lib.tmpVolumeMount" . | nindent 12 }}
      volumes:
        {{- include "getit-lib.tmpVolume" . | nindent 8 }}
{{- end -}}
