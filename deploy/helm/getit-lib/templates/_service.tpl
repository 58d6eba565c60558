{{- define "getit-lib.serviceAccount" -}}
apiVersion: v1
kind: ServiceAccount
metadata:
  name: {{ include "getit-lib.fullname" . }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" . | nindent 4 }}
  {{- with .svc.serviceAccount.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
automountServiceAccountToken: {{ .svc.serviceAccount.automountToken }}
{{- end -}}

{{- define "getit-lib.k8sService" -}}
apiVersion: v1
kind: Service
metadata:
  name: {{ include "getit-lib.fullname" . }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" . | nindent 4 }}
spec:
  type: ClusterIP
  selector:
    {{- include "getit-lib.selectorLabels" . | nindent 4 }}
  ports:
    - name: http
      port: {{ .svc.port }}
      targetPort: http
      protocol: TCP
{{- end -}}

{{- define "getit-lib.ingress" -}}
{{- $ingress := .svc.ingress -}}
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: {{ include "getit-lib.fullname" . }}
  namespace: {{ .root.Release.Namespace }}
  labels:
    {{- include "getit-lib.labels" . | nindent 4 }}
  {{- with $ingress.annotations }}
  annotations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
spec:
  ingressClassName: {{ $ingress.className }}
  {{- if $ingress.tlsSecretName }}
  tls:
    - hosts:
        {{- toYaml $ingress.hosts | nindent 8 }}
      secretName: {{ $ingress.tlsSecretName }}
  {{- end }}
  rules:
    {{- range $ingress.hosts }}
    - host: {{ . }}
      http:
        paths:
          {{- range ($ingress.paths | default (list "/")) }}
          - path: {{ . }}
            pathType: Prefix
            backend:
              service:
                name: {{ include "getit-lib.fullname" $ }}
                port:
                  name: http
          {{- end }}
    {{- end }}
{{- end -}}
