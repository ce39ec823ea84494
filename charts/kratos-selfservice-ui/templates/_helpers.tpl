{{/* The chart's name, or nameOverride. */}}
{{- define "ui.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Release-qualified name; the release name alone when it already holds the chart's name. */}}
{{- define "ui.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{- define "ui.selectorLabels" -}}
app.kubernetes.io/name: {{ include "ui.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end -}}

{{- define "ui.labels" -}}
{{ include "ui.selectorLabels" . }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/component: self-service-ui
app.kubernetes.io/part-of: ory
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end -}}

{{- define "ui.image" -}}
{{- if .Values.image.digest -}}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest -}}
{{- else -}}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) -}}
{{- end -}}
{{- end -}}

{{- define "ui.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "ui.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{/* The Secret the variables of secretEnv come from: an existing one, or the chart's. */}}
{{- define "ui.secretName" -}}
{{- default (include "ui.fullname" .) .Values.secret.existingSecret -}}
{{- end -}}

{{/*
Names that hold a secret, by convention: these never go into the ConfigMap (env, extraEnv).
scripts/validate-chart.mjs applies the same rule to lib/env.ts and to the rendered output.
*/}}
{{- define "ui.secretNamePattern" -}}
(SECRET|PASSWORD|PASSWD|TOKEN|PRIVATE|CREDENTIAL|API_KEY|_KEY$|DSN|^REDIS_URL$|^SMTP_URL$)
{{- end -}}

{{/*
A value as an environment variable's text: "" for null, whole numbers without an exponent
(YAML numbers reach templates as float64, and 3600000 would otherwise print as 3.6e+06).
*/}}
{{- define "ui.string" -}}
{{- if kindIs "invalid" . -}}
{{- else if and (kindIs "float64" .) (eq . (float64 (int64 .))) -}}
{{- int64 . -}}
{{- else -}}
{{- toString . -}}
{{- end -}}
{{- end -}}

{{/* The variables of the ConfigMap: env and extraEnv without empty values, as strings. */}}
{{- define "ui.configEnv" -}}
{{- $out := dict -}}
{{- range $k, $v := merge (deepCopy .Values.extraEnv) .Values.env -}}
{{- $s := include "ui.string" $v -}}
{{- if ne $s "" -}}
{{- $_ := set $out $k $s -}}
{{- end -}}
{{- end -}}
{{- if include "ui.themeMounted" . -}}
{{- $_ := set $out "BRAND_THEME" (printf "%s/%s" .Values.brand.mountPath "theme.json") -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{/* The secret variables the chart's Secret holds (non-empty ones). */}}
{{- define "ui.secretEnv" -}}
{{- $out := dict -}}
{{- range $k, $v := merge (deepCopy .Values.extraSecretEnv) .Values.secretEnv -}}
{{- $s := include "ui.string" $v -}}
{{- if and (not (hasKey $.Values.secretEnvFrom $k)) (ne $s "") -}}
{{- $_ := set $out $k $s -}}
{{- end -}}
{{- end -}}
{{- toYaml $out -}}
{{- end -}}

{{- define "ui.themeMounted" -}}
{{- if or .Values.brand.existingConfigMap .Values.brand.theme -}}true{{- end -}}
{{- end -}}

{{/*
Checks across values that values.schema.json cannot express, each with the fix in its message.
Included by the Deployment, so every render runs them.
*/}}
{{- define "ui.validate" -}}
{{- $env := .Values.env -}}
{{- if not $env.UI_URL -}}
{{- fail "env.UI_URL is required: the UI's public origin as browsers reach it, e.g. --set env.UI_URL=https://id.example.com (docs/kubernetes.md)" -}}
{{- end -}}
{{- $ui := urlParse $env.UI_URL -}}
{{- if .Values.ingress.enabled -}}
{{- if ne .Values.ingress.host $ui.host -}}
{{- fail (printf "ingress.host (%q) must be the host of env.UI_URL (%q): browsers reach the UI at UI_URL, and Kratos's cookies and return URLs are checked against it" .Values.ingress.host $ui.host) -}}
{{- end -}}
{{- if and .Values.ingress.tls.enabled (ne $ui.scheme "https") -}}
{{- fail (printf "ingress.tls.enabled: env.UI_URL must start with https:// (it is %q); once Kratos runs without --dev its cookies are Secure and browsers drop them over http" $env.UI_URL) -}}
{{- end -}}
{{- if lt (int $env.TRUSTED_PROXY_HOPS) 1 -}}
{{- fail "ingress.enabled: set env.TRUSTED_PROXY_HOPS to the number of proxies in front of the UI (1 for the ingress controller alone, 2 with a cloud load balancer that appends X-Forwarded-For in front of it); with 0 the UI takes the controller's address for the client's and does not see https" -}}
{{- end -}}
{{- end -}}
{{- if and (include "ui.themeMounted" .) $env.BRAND_THEME -}}
{{- fail "brand.theme / brand.existingConfigMap and env.BRAND_THEME both name a theme: keep one (the chart points BRAND_THEME at the mounted theme itself)" -}}
{{- end -}}
{{- if and .Values.brand.theme .Values.brand.existingConfigMap -}}
{{- fail "brand.theme and brand.existingConfigMap: keep one" -}}
{{- end -}}
{{- $secretPattern := include "ui.secretNamePattern" . -}}
{{- range $k, $_ := .Values.extraEnv -}}
{{- if or (hasKey $.Values.env $k) (hasKey $.Values.secretEnv $k) -}}
{{- fail (printf "extraEnv.%s: %s has its own value; set env.%s (or secretEnv.%s) instead" $k $k $k $k) -}}
{{- end -}}
{{- if regexMatch $secretPattern $k -}}
{{- fail (printf "extraEnv.%s looks like a secret, and extraEnv goes into a ConfigMap: put it in extraSecretEnv" $k) -}}
{{- end -}}
{{- end -}}
{{- range $k, $_ := .Values.extraSecretEnv -}}
{{- if or (hasKey $.Values.env $k) (hasKey $.Values.secretEnv $k) -}}
{{- fail (printf "extraSecretEnv.%s: %s has its own value; set secretEnv.%s instead" $k $k $k) -}}
{{- end -}}
{{- end -}}
{{- range $k, $v := merge (deepCopy .Values.extraSecretEnv) .Values.secretEnv -}}
{{- if and $v $.Values.secret.existingSecret -}}
{{- fail (printf "secretEnv.%s has a value, but secret.existingSecret (%s) is used: put the value in that Secret under the key %s, or set secret.existingSecret to \"\"" $k $.Values.secret.existingSecret $k) -}}
{{- end -}}
{{- if and $v (hasKey $.Values.secretEnvFrom $k) -}}
{{- fail (printf "secretEnv.%s and secretEnvFrom.%s: keep one" $k $k) -}}
{{- end -}}
{{- end -}}
{{- if and (not .Values.secret.create) (not .Values.secret.existingSecret) (include "ui.secretEnv" . | fromYaml) -}}
{{- fail "secret.create is false and secret.existingSecret is empty: the values of secretEnv would reach no Secret; name the Secret that holds them in secret.existingSecret" -}}
{{- end -}}
{{- range $k, $_ := .Values.secretEnvFrom -}}
{{- if not (or (hasKey $.Values.secretEnv $k) (hasKey $.Values.extraSecretEnv $k)) -}}
{{- fail (printf "secretEnvFrom.%s: not a secret variable of the chart (secretEnv) nor of extraSecretEnv; add it to extraSecretEnv with an empty value" $k) -}}
{{- end -}}
{{- end -}}
{{- if and .Values.autoscaling.enabled .Values.autoscaling.targetCPUUtilizationPercentage (not (and .Values.resources.requests .Values.resources.requests.cpu)) -}}
{{- fail "autoscaling.targetCPUUtilizationPercentage needs resources.requests.cpu: the HorizontalPodAutoscaler measures CPU against the request" -}}
{{- end -}}
{{- if and .Values.autoscaling.enabled (lt (int .Values.autoscaling.maxReplicas) (int .Values.autoscaling.minReplicas)) -}}
{{- fail "autoscaling.maxReplicas must be at least autoscaling.minReplicas" -}}
{{- end -}}
{{- end -}}
