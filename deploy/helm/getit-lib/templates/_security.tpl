{{/*
Hardened defaults for every GetIt pod: non-root uid 10001, read-only root filesystem, no
capabilities, RuntimeDefault seccomp, no privilege escalation. They are not values on purpose:
a service that needs an exception should make the case in review and change this file.
*/}}

{{- define "getit-lib.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
fsGroup: 10001
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "getit-lib.containerSecurityContext" -}}
runAsNonRoot: true
runAsUser: 10001
runAsGroup: 10001
allowPrivilegeEscalation: false
readOnlyRootFilesystem: true
privileged: false
capabilities:
  drop:
    - ALL
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{/* The only writable path: a size-capped /tmp. */}}
{{- define "getit-lib.tmpVolume" -}}
- name: tmp
  emptyDir:
    sizeLimit: {{ .svc.tmpSizeLimit | default "64Mi" }}
{{- end -}}

{{- define "getit-lib.tmpVolumeMount" -}}
- name: tmp
  mountPath: /tmp
{{- end -}}
