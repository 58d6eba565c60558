{{- define "getit-lib.probes" -}}
{{- $probes := .svc.probes -}}
startupProbe:
  httpGet:
    path: /healthz
    port: http
  periodSeconds: {{ $probes.startup.periodSeconds }}
  timeoutSeconds: {{ $probes.startup.timeoutSeconds }}
  failureThreshold: {{ $probes.startup.failureThreshold }}
livenessProbe:
  httpGet:
    path: /healthz
    port: http
  periodSeconds: {{ $probes.liveness.periodSeconds }}
  timeoutSeconds: {{ $probes.liveness.timeoutSeconds }}
  failureThreshold: {{ $probes.liveness.failureThreshold }}
readinessProbe:
  httpGet:
    path: {{ $probes.readinessPath | default "/readyz" }}
    port: http
  periodSeconds: {{ $probes.readiness.periodSeconds }}
  timeoutSeconds: {{ $probes.readiness.timeoutSeconds }}
  failureThreshold: {{ $probes.readiness.failureThreshold }}
{{- end -}}

{{- define "getit-lib.topologySpread" -}}
{{- $spread := .svc.topologySpread -}}
- maxSkew: 1
  topologyKey: topology.kubernetes.io/zone
  whenUnsatisfiable: {{ $spread.zone }}
  labelSelector:
    matchLabels:
      {{- include "getit-lib.selectorLabels" . | nindent 6 }}
  matchLabelKeys:
    - pod-template-hash
- maxSkew: 1
  topologyKey: kubernetes.io/hostname
  whenUnsatisfiable: {{ $spread.hostname }}
  labelSelector:
    matchLabels:
      {{- include "getit-lib.selectorLabels" . | nindent 6 }}
  matchLabelKeys:
    - pod-template-hash
{{- end -}}

{{- define "getit-lib.deployment" -}}
{{- $secretName := include "getit-lib.secretName" . -}}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "getit-lib.fullname" . }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" . | nindent 4 }}
spec:
  {{- if not .svc.autoscaling.enabled }}
  replicas: {{ int .svc.replicas }}
  {{- end }}
  revisionHistoryLimit: 5
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxUnavailable: 0
      maxSurge: 25%
  selector:
    matchLabels:
      {{- include "getit-lib.selectorLabels" . | nindent 6 }}
  template:
    metadata:
      labels:
        {{- include "getit-lib.labels" . | nindent 8 }}
      annotations:
        checksum/config: {{ include "getit-lib.configData" . | sha256sum }}
        {{- with .svc.secret.data }}
        checksum/secret: {{ toYaml . | sha256sum }}
        {{- end }}
        {{- with .svc.podAnnotations }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
    spec:
      serviceAccountName: {{ include "getit-lib.fullname" . }}
      automountServiceAccountToken: {{ .svc.serviceAccount.automountToken }}
      enableServiceLinks: false
      terminationGracePeriodSeconds: {{ int .svc.terminationGracePeriodSeconds }}
      {{- with .root.Values.image.pullSecrets }}
      imagePullSecrets:
        {{- range . }}
        - name: {{ . }}
        {{- end }}
      {{- end }}
      securityContext:
        {{- include "getit-lib.podSecurityContext" . | nindent 8 }}
      topologySpreadConstraints:
        {{- include "getit-lib.topologySpread" . | nindent 8 }}
      {{- with .svc.nodeSelector }}
      nodeSelector:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      {{- with .svc.tolerations }}
      tolerations:
        {{- toYaml . | nindent 8 }}
      {{- end }}
      containers:
        - name: {{ .name }}
          image: {{ include "getit-lib.image" . }}
          imagePullPolicy: {{ .root.Values.image.pullPolicy }}
          command: {{ .svc.command | default (list "node" (printf "dist/apps/%s/src/main.js" .name)) | toJson }}
          ports:
            - name: http
              containerPort: {{ .svc.port }}
              protocol: TCP
          envFrom:
            - configMapRef:
                name: {{ include "getit-lib.fullname" . }}
          {{- with .svc.secretEnv }}
          env:
            {{- include "getit-lib.secretEnv" (dict "ctx" $ "secretName" $secretName) | trim | nindent 12 }}
          {{- end }}
          {{- include "getit-lib.probes" . | nindent 10 }}
          lifecycle:
            preStop:
              sleep:
                seconds: {{ int .svc.preStopSleepSeconds }}
          resources:
            {{- toYaml .svc.resources | nindent 12 }}
          securityContext:
            {{- include "getit-lib.containerSecurityContext" . | nindent 12 }}
          volumeMounts:
            {{- include "getit-lib.tmpVolumeMount" . | nindent 12 }}
      volumes:
        {{- include "getit-lib.tmpVolume" . | nindent 8 }}
{{- end -}}
