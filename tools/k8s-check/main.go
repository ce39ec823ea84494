// Command k8s-check decodes rendered Kubernetes manifests strictly into the API's own Go types
// (k8s.io/api), the way the API server reads them: case-sensitive field names, no unknown or
// duplicate fields, every value of its field's type (quantities, int-or-string, enums as
// strings). It then applies a subset of the API server's validation that needs no cluster
// (names, labels, ports, env var names, probes, selectors). No network: no schema downloads.
//
//	k8s-check manifests [file]   read a `helm template` stream (stdin when no file); print the
//	                             objects as a JSON array, or every problem and exit 1
//	k8s-check yaml2json file     print a YAML file (values.yaml, docker-compose.yml) as JSON
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"regexp"
	"strings"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	networkingv1 "k8s.io/api/networking/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	apivalidation "k8s.io/apimachinery/pkg/api/validation"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	metavalidation "k8s.io/apimachinery/pkg/apis/meta/v1/validation"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation"
	"k8s.io/apimachinery/pkg/util/validation/field"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	sigsjson "sigs.k8s.io/json"
	"sigs.k8s.io/yaml"
)

// The kinds a chart in this repository may render. Anything else is an error, so a new kind
// is added here (and so checked) on purpose.
var kinds = map[string]func() any{
	"v1/ConfigMap":                           func() any { return &corev1.ConfigMap{} },
	"v1/Secret":                              func() any { return &corev1.Secret{} },
	"v1/Service":                             func() any { return &corev1.Service{} },
	"v1/ServiceAccount":                      func() any { return &corev1.ServiceAccount{} },
	"v1/Pod":                                 func() any { return &corev1.Pod{} },
	"apps/v1/Deployment":                     func() any { return &appsv1.Deployment{} },
	"networking.k8s.io/v1/Ingress":           func() any { return &networkingv1.Ingress{} },
	"networking.k8s.io/v1/NetworkPolicy":     func() any { return &networkingv1.NetworkPolicy{} },
	"policy/v1/PodDisruptionBudget":          func() any { return &policyv1.PodDisruptionBudget{} },
	"autoscaling/v2/HorizontalPodAutoscaler": func() any { return &autoscalingv2.HorizontalPodAutoscaler{} },
}

type rendered struct {
	Source string          `json:"source,omitempty"`
	Object json.RawMessage `json:"object"`
}

var sourceLine = regexp.MustCompile(`(?m)^# Source: (.+)$`)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: k8s-check manifests [file] | k8s-check yaml2json file")
		os.Exit(2)
	}
	switch os.Args[1] {
	case "manifests":
		in := io.Reader(os.Stdin)
		if len(os.Args) > 2 && os.Args[2] != "-" {
			f, err := os.Open(os.Args[2])
			if err != nil {
				fail(err)
			}
			defer f.Close()
			in = f
		}
		objects, problems := checkStream(in)
		if len(problems) > 0 {
			for _, p := range problems {
				fmt.Fprintln(os.Stderr, p)
			}
			os.Exit(1)
		}
		out, err := json.Marshal(objects)
		if err != nil {
			fail(err)
		}
		os.Stdout.Write(append(out, '\n'))
	case "yaml2json":
		if len(os.Args) != 3 {
			fail(errors.New("usage: k8s-check yaml2json file"))
		}
		data, err := os.ReadFile(os.Args[2])
		if err != nil {
			fail(err)
		}
		out, err := yaml.YAMLToJSONStrict(data)
		if err != nil {
			fail(fmt.Errorf("%s: %w", os.Args[2], err))
		}
		os.Stdout.Write(append(out, '\n'))
	default:
		fail(fmt.Errorf("unknown command %q", os.Args[1]))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "k8s-check:", err)
	os.Exit(2)
}

func checkStream(in io.Reader) ([]rendered, []string) {
	reader := utilyaml.NewYAMLReader(bufio.NewReader(in))
	var objects []rendered
	var problems []string
	for index := 0; ; index++ {
		doc, err := reader.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			problems = append(problems, fmt.Sprintf("document %d: %v", index, err))
			break
		}
		source := ""
		if m := sourceLine.FindSubmatch(doc); m != nil {
			source = string(m[1])
		}
		obj, errs := checkDocument(doc)
		if obj == nil && len(errs) == 0 {
			continue // an empty document (a template that rendered nothing)
		}
		where := fmt.Sprintf("document %d", index)
		if source != "" {
			where = source
		}
		for _, e := range errs {
			problems = append(problems, fmt.Sprintf("%s: %s", where, e))
		}
		if obj != nil {
			objects = append(objects, rendered{Source: source, Object: obj})
		}
	}
	if len(objects) == 0 && len(problems) == 0 {
		problems = append(problems, "no objects in the input")
	}
	return objects, problems
}

// checkDocument returns the document as JSON and every problem found in it.
func checkDocument(doc []byte) (json.RawMessage, []string) {
	if len(bytes.TrimSpace(stripComments(doc))) == 0 {
		return nil, nil
	}
	data, err := yaml.YAMLToJSONStrict(doc)
	if err != nil {
		return nil, []string{fmt.Sprintf("not valid YAML: %v", err)}
	}
	if string(data) == "null" {
		return nil, nil
	}
	var head struct {
		APIVersion string `json:"apiVersion"`
		Kind       string `json:"kind"`
		Metadata   struct {
			Name string `json:"name"`
		} `json:"metadata"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, []string{fmt.Sprintf("not an object: %v", err)}
	}
	newObj, ok := kinds[head.APIVersion+"/"+head.Kind]
	if !ok {
		return data, []string{fmt.Sprintf("%s %s: no type registered for apiVersion %q kind %q (tools/k8s-check/main.go)", head.Kind, head.Metadata.Name, head.APIVersion, head.Kind)}
	}
	label := head.Kind + " " + head.Metadata.Name
	obj := newObj()
	strictErrs, err := sigsjson.UnmarshalStrict(data, obj)
	var problems []string
	if err != nil {
		problems = append(problems, fmt.Sprintf("%s: %v", label, err))
	}
	for _, e := range strictErrs {
		problems = append(problems, fmt.Sprintf("%s: %v", label, e))
	}
	if err == nil {
		for _, e := range validate(obj) {
			problems = append(problems, fmt.Sprintf("%s: %v", label, e))
		}
	}
	return data, problems
}

func stripComments(doc []byte) []byte {
	var out bytes.Buffer
	for _, line := range strings.Split(string(doc), "\n") {
		if !strings.HasPrefix(strings.TrimSpace(line), "#") {
			out.WriteString(line + "\n")
		}
	}
	return out.Bytes()
}

// validate applies the checks of the API server that need no cluster state.
func validate(obj any) field.ErrorList {
	var errs field.ErrorList
	meta := field.NewPath("metadata")
	switch o := obj.(type) {
	case *corev1.Service:
		errs = append(errs, validateMeta(&o.ObjectMeta, validation.IsDNS1035Label)...)
		errs = append(errs, validateService(o)...)
	default:
		m, err := metaOf(obj)
		if err != nil {
			return field.ErrorList{field.InternalError(meta, err)}
		}
		errs = append(errs, validateMeta(m, validation.IsDNS1123Subdomain)...)
	}
	switch o := obj.(type) {
	case *appsv1.Deployment:
		spec := field.NewPath("spec")
		if o.Spec.Replicas != nil && *o.Spec.Replicas < 0 {
			errs = append(errs, field.Invalid(spec.Child("replicas"), *o.Spec.Replicas, "must be >= 0"))
		}
		errs = append(errs, validateSelectorMatches(o.Spec.Selector, o.Spec.Template.Labels, spec.Child("selector"))...)
		errs = append(errs, metavalidation.ValidateLabels(o.Spec.Template.Labels, spec.Child("template", "metadata", "labels"))...)
		errs = append(errs, apivalidation.ValidateAnnotations(o.Spec.Template.Annotations, spec.Child("template", "metadata", "annotations"))...)
		errs = append(errs, validatePodSpec(&o.Spec.Template.Spec, spec.Child("template", "spec"))...)
	case *corev1.Pod:
		errs = append(errs, validatePodSpec(&o.Spec, field.NewPath("spec"))...)
	case *corev1.ConfigMap:
		for k := range o.Data {
			errs = append(errs, keyErrors(k, field.NewPath("data").Key(k))...)
			if _, dup := o.BinaryData[k]; dup {
				errs = append(errs, field.Duplicate(field.NewPath("binaryData").Key(k), k))
			}
		}
		for k := range o.BinaryData {
			errs = append(errs, keyErrors(k, field.NewPath("binaryData").Key(k))...)
		}
	case *corev1.Secret:
		for k := range o.Data {
			errs = append(errs, keyErrors(k, field.NewPath("data").Key(k))...)
		}
		for k := range o.StringData {
			errs = append(errs, keyErrors(k, field.NewPath("stringData").Key(k))...)
		}
	case *policyv1.PodDisruptionBudget:
		spec := field.NewPath("spec")
		if (o.Spec.MinAvailable == nil) == (o.Spec.MaxUnavailable == nil) {
			errs = append(errs, field.Invalid(spec, "", "exactly one of minAvailable and maxUnavailable"))
		}
		for name, v := range map[string]*intstr.IntOrString{"minAvailable": o.Spec.MinAvailable, "maxUnavailable": o.Spec.MaxUnavailable} {
			errs = append(errs, validateIntOrPercent(v, spec.Child(name))...)
		}
		if o.Spec.Selector == nil || (len(o.Spec.Selector.MatchLabels) == 0 && len(o.Spec.Selector.MatchExpressions) == 0) {
			errs = append(errs, field.Required(spec.Child("selector"), "an empty selector matches every pod in the namespace"))
		} else {
			errs = append(errs, metavalidation.ValidateLabelSelector(o.Spec.Selector, metavalidation.LabelSelectorValidationOptions{}, spec.Child("selector"))...)
		}
	case *autoscalingv2.HorizontalPodAutoscaler:
		spec := field.NewPath("spec")
		if o.Spec.ScaleTargetRef.Kind == "" || o.Spec.ScaleTargetRef.Name == "" {
			errs = append(errs, field.Required(spec.Child("scaleTargetRef"), "kind and name"))
		}
		if o.Spec.MinReplicas != nil && *o.Spec.MinReplicas < 1 {
			errs = append(errs, field.Invalid(spec.Child("minReplicas"), *o.Spec.MinReplicas, "must be >= 1"))
		}
		min := int32(1)
		if o.Spec.MinReplicas != nil {
			min = *o.Spec.MinReplicas
		}
		if o.Spec.MaxReplicas < min {
			errs = append(errs, field.Invalid(spec.Child("maxReplicas"), o.Spec.MaxReplicas, "must be >= minReplicas"))
		}
		for i, m := range o.Spec.Metrics {
			p := spec.Child("metrics").Index(i)
			if m.Type == autoscalingv2.ResourceMetricSourceType {
				if m.Resource == nil {
					errs = append(errs, field.Required(p.Child("resource"), "for type Resource"))
				} else if u := m.Resource.Target.AverageUtilization; u != nil && *u < 1 {
					errs = append(errs, field.Invalid(p.Child("resource", "target", "averageUtilization"), *u, "must be >= 1"))
				}
			}
		}
	case *networkingv1.Ingress:
		errs = append(errs, validateIngress(o)...)
	}
	return errs
}

func metaOf(obj any) (*metav1.ObjectMeta, error) {
	type accessor interface{ GetObjectMeta() metav1.Object }
	if a, ok := obj.(accessor); ok {
		if m, ok := a.GetObjectMeta().(*metav1.ObjectMeta); ok {
			return m, nil
		}
	}
	return nil, fmt.Errorf("%T has no ObjectMeta", obj)
}

func validateMeta(m *metav1.ObjectMeta, nameFn func(string) []string) field.ErrorList {
	p := field.NewPath("metadata")
	var errs field.ErrorList
	if m.Name == "" {
		errs = append(errs, field.Required(p.Child("name"), ""))
	}
	errs = append(errs, invalid(p.Child("name"), m.Name, nameFn(m.Name))...)
	if m.Namespace != "" {
		errs = append(errs, invalid(p.Child("namespace"), m.Namespace, validation.IsDNS1123Label(m.Namespace))...)
	}
	errs = append(errs, metavalidation.ValidateLabels(m.Labels, p.Child("labels"))...)
	errs = append(errs, apivalidation.ValidateAnnotations(m.Annotations, p.Child("annotations"))...)
	return errs
}

func keyErrors(key string, p *field.Path) field.ErrorList {
	return invalid(p, key, validation.IsConfigMapKey(key))
}

// invalid turns the messages of a k8s.io/apimachinery validation helper into errors at p.
func invalid(p *field.Path, value any, msgs []string) field.ErrorList {
	var errs field.ErrorList
	for _, msg := range msgs {
		errs = append(errs, field.Invalid(p, value, msg))
	}
	return errs
}

func validateSelectorMatches(sel *metav1.LabelSelector, podLabels map[string]string, p *field.Path) field.ErrorList {
	if sel == nil || (len(sel.MatchLabels) == 0 && len(sel.MatchExpressions) == 0) {
		return field.ErrorList{field.Required(p, "")}
	}
	errs := metavalidation.ValidateLabelSelector(sel, metavalidation.LabelSelectorValidationOptions{}, p)
	if len(errs) > 0 {
		return errs
	}
	s, err := metav1.LabelSelectorAsSelector(sel)
	if err != nil {
		return field.ErrorList{field.Invalid(p, sel, err.Error())}
	}
	if !s.Matches(labels.Set(podLabels)) {
		errs = append(errs, field.Invalid(p, sel, "does not match the pod template's labels"))
	}
	return errs
}

func validateIntOrPercent(v *intstr.IntOrString, p *field.Path) field.ErrorList {
	if v == nil {
		return nil
	}
	if v.Type == intstr.Int {
		if v.IntVal < 0 {
			return field.ErrorList{field.Invalid(p, v.IntVal, "must be >= 0")}
		}
		return nil
	}
	return invalid(p, v.StrVal, validation.IsValidPercent(v.StrVal))
}

func validatePodSpec(spec *corev1.PodSpec, p *field.Path) field.ErrorList {
	var errs field.ErrorList
	volumes := map[string]bool{}
	for i, v := range spec.Volumes {
		vp := p.Child("volumes").Index(i)
		errs = append(errs, invalid(vp.Child("name"), v.Name, validation.IsDNS1123Label(v.Name))...)
		if volumes[v.Name] {
			errs = append(errs, field.Duplicate(vp.Child("name"), v.Name))
		}
		volumes[v.Name] = true
		sources := 0
		for _, set := range []bool{v.EmptyDir != nil, v.ConfigMap != nil, v.Secret != nil, v.Projected != nil, v.HostPath != nil, v.PersistentVolumeClaim != nil, v.CSI != nil, v.DownwardAPI != nil, v.Ephemeral != nil, v.Image != nil, v.NFS != nil} {
			if set {
				sources++
			}
		}
		if sources != 1 {
			errs = append(errs, field.Invalid(vp, v.Name, "must have exactly one volume source"))
		}
	}
	if len(spec.Containers) == 0 {
		errs = append(errs, field.Required(p.Child("containers"), ""))
	}
	names := map[string]bool{}
	all := append(append([]corev1.Container{}, spec.InitContainers...), spec.Containers...)
	for i, c := range all {
		cp := p.Child("containers").Index(i - len(spec.InitContainers))
		if i < len(spec.InitContainers) {
			cp = p.Child("initContainers").Index(i)
		}
		errs = append(errs, validateContainer(&c, volumes, cp)...)
		if names[c.Name] {
			errs = append(errs, field.Duplicate(cp.Child("name"), c.Name))
		}
		names[c.Name] = true
	}
	for i, t := range spec.TopologySpreadConstraints {
		tp := p.Child("topologySpreadConstraints").Index(i)
		if t.MaxSkew < 1 {
			errs = append(errs, field.Invalid(tp.Child("maxSkew"), t.MaxSkew, "must be >= 1"))
		}
		if t.TopologyKey == "" {
			errs = append(errs, field.Required(tp.Child("topologyKey"), ""))
		}
		switch t.WhenUnsatisfiable {
		case corev1.DoNotSchedule, corev1.ScheduleAnyway:
		default:
			errs = append(errs, field.NotSupported(tp.Child("whenUnsatisfiable"), t.WhenUnsatisfiable, []string{string(corev1.DoNotSchedule), string(corev1.ScheduleAnyway)}))
		}
		if t.LabelSelector != nil {
			errs = append(errs, metavalidation.ValidateLabelSelector(t.LabelSelector, metavalidation.LabelSelectorValidationOptions{}, tp.Child("labelSelector"))...)
		}
	}
	return errs
}

func validateContainer(c *corev1.Container, volumes map[string]bool, p *field.Path) field.ErrorList {
	var errs field.ErrorList
	errs = append(errs, invalid(p.Child("name"), c.Name, validation.IsDNS1123Label(c.Name))...)
	if strings.TrimSpace(c.Image) == "" {
		errs = append(errs, field.Required(p.Child("image"), ""))
	}
	ports := map[string]bool{}
	for i, port := range c.Ports {
		pp := p.Child("ports").Index(i)
		errs = append(errs, invalid(pp.Child("containerPort"), port.ContainerPort, validation.IsValidPortNum(int(port.ContainerPort)))...)
		if port.Name != "" {
			errs = append(errs, invalid(pp.Child("name"), port.Name, validation.IsValidPortName(port.Name))...)
			if ports[port.Name] {
				errs = append(errs, field.Duplicate(pp.Child("name"), port.Name))
			}
			ports[port.Name] = true
		}
	}
	for i, e := range c.Env {
		ep := p.Child("env").Index(i)
		errs = append(errs, invalid(ep.Child("name"), e.Name, validation.IsEnvVarName(e.Name))...)
		if e.ValueFrom != nil {
			if e.Value != "" {
				errs = append(errs, field.Invalid(ep, e.Name, "value and valueFrom are exclusive"))
			}
			n := 0
			for _, set := range []bool{e.ValueFrom.SecretKeyRef != nil, e.ValueFrom.ConfigMapKeyRef != nil, e.ValueFrom.FieldRef != nil, e.ValueFrom.ResourceFieldRef != nil, e.ValueFrom.FileKeyRef != nil} {
				if set {
					n++
				}
			}
			if n != 1 {
				errs = append(errs, field.Invalid(ep.Child("valueFrom"), e.Name, "must have exactly one source"))
			}
			if r := e.ValueFrom.SecretKeyRef; r != nil && (r.Name == "" || r.Key == "") {
				errs = append(errs, field.Required(ep.Child("valueFrom", "secretKeyRef"), "name and key"))
			}
			if r := e.ValueFrom.ConfigMapKeyRef; r != nil && (r.Name == "" || r.Key == "") {
				errs = append(errs, field.Required(ep.Child("valueFrom", "configMapKeyRef"), "name and key"))
			}
		}
	}
	for i, m := range c.VolumeMounts {
		mp := p.Child("volumeMounts").Index(i)
		if !volumes[m.Name] {
			errs = append(errs, field.NotFound(mp.Child("name"), m.Name))
		}
		if !strings.HasPrefix(m.MountPath, "/") {
			errs = append(errs, field.Invalid(mp.Child("mountPath"), m.MountPath, "must be absolute"))
		}
	}
	for name, probe := range map[string]*corev1.Probe{"livenessProbe": c.LivenessProbe, "readinessProbe": c.ReadinessProbe, "startupProbe": c.StartupProbe} {
		errs = append(errs, validateProbe(probe, ports, p.Child(name))...)
	}
	errs = append(errs, validateResources(&c.Resources, p.Child("resources"))...)
	return errs
}

func validateProbe(probe *corev1.Probe, ports map[string]bool, p *field.Path) field.ErrorList {
	if probe == nil {
		return nil
	}
	var errs field.ErrorList
	n := 0
	for _, set := range []bool{probe.HTTPGet != nil, probe.TCPSocket != nil, probe.Exec != nil, probe.GRPC != nil} {
		if set {
			n++
		}
	}
	if n != 1 {
		errs = append(errs, field.Invalid(p, "", "must have exactly one handler"))
	}
	if g := probe.HTTPGet; g != nil {
		if !strings.HasPrefix(g.Path, "/") {
			errs = append(errs, field.Invalid(p.Child("httpGet", "path"), g.Path, "must start with /"))
		}
		errs = append(errs, validatePortRef(g.Port, ports, p.Child("httpGet", "port"))...)
	}
	for name, v := range map[string]int32{"periodSeconds": probe.PeriodSeconds, "timeoutSeconds": probe.TimeoutSeconds, "failureThreshold": probe.FailureThreshold, "successThreshold": probe.SuccessThreshold, "initialDelaySeconds": probe.InitialDelaySeconds} {
		if v < 0 {
			errs = append(errs, field.Invalid(p.Child(name), v, "must be >= 0"))
		}
	}
	return errs
}

func validatePortRef(port intstr.IntOrString, named map[string]bool, p *field.Path) field.ErrorList {
	if port.Type == intstr.Int {
		var errs field.ErrorList
		errs = append(errs, invalid(p, port.IntVal, validation.IsValidPortNum(int(port.IntVal)))...)
		return errs
	}
	if named != nil && !named[port.StrVal] {
		return field.ErrorList{field.NotFound(p, port.StrVal)}
	}
	return invalid(p, port.StrVal, validation.IsValidPortName(port.StrVal))
}

func validateResources(r *corev1.ResourceRequirements, p *field.Path) field.ErrorList {
	var errs field.ErrorList
	for name, req := range r.Requests {
		if limit, ok := r.Limits[name]; ok && req.Cmp(limit) > 0 {
			errs = append(errs, field.Invalid(p.Child("requests").Key(string(name)), req.String(), "must be less than or equal to the limit "+limit.String()))
		}
	}
	for kind, list := range map[string]corev1.ResourceList{"requests": r.Requests, "limits": r.Limits} {
		for name, q := range list {
			if q.Cmp(resource.Quantity{}) < 0 {
				errs = append(errs, field.Invalid(p.Child(kind).Key(string(name)), q.String(), "must be >= 0"))
			}
		}
	}
	return errs
}

func validateService(s *corev1.Service) field.ErrorList {
	p := field.NewPath("spec")
	var errs field.ErrorList
	if len(s.Spec.Ports) == 0 && s.Spec.ClusterIP != corev1.ClusterIPNone {
		errs = append(errs, field.Required(p.Child("ports"), ""))
	}
	names := map[string]bool{}
	for i, port := range s.Spec.Ports {
		pp := p.Child("ports").Index(i)
		errs = append(errs, invalid(pp.Child("port"), port.Port, validation.IsValidPortNum(int(port.Port)))...)
		if len(s.Spec.Ports) > 1 && port.Name == "" {
			errs = append(errs, field.Required(pp.Child("name"), "when there is more than one port"))
		}
		if port.Name != "" {
			errs = append(errs, invalid(pp.Child("name"), port.Name, validation.IsDNS1123Label(port.Name))...)
			if names[port.Name] {
				errs = append(errs, field.Duplicate(pp.Child("name"), port.Name))
			}
			names[port.Name] = true
		}
		if port.TargetPort.Type == intstr.String || port.TargetPort.IntVal != 0 {
			errs = append(errs, validatePortRef(port.TargetPort, nil, pp.Child("targetPort"))...)
		}
	}
	errs = append(errs, metavalidation.ValidateLabels(s.Spec.Selector, p.Child("selector"))...)
	switch s.Spec.Type {
	case "", corev1.ServiceTypeClusterIP, corev1.ServiceTypeNodePort, corev1.ServiceTypeLoadBalancer, corev1.ServiceTypeExternalName:
	default:
		errs = append(errs, field.NotSupported(p.Child("type"), s.Spec.Type, []string{"ClusterIP", "NodePort", "LoadBalancer", "ExternalName"}))
	}
	return errs
}

func validateIngress(in *networkingv1.Ingress) field.ErrorList {
	p := field.NewPath("spec")
	var errs field.ErrorList
	hostErrs := func(host string, hp *field.Path) {
		if host == "" {
			return
		}
		check := validation.IsDNS1123Subdomain
		if strings.HasPrefix(host, "*.") {
			check = validation.IsWildcardDNS1123Subdomain
		}
		errs = append(errs, invalid(hp, host, check(host))...)
	}
	for i, rule := range in.Spec.Rules {
		rp := p.Child("rules").Index(i)
		hostErrs(rule.Host, rp.Child("host"))
		if rule.HTTP == nil {
			continue
		}
		for j, path := range rule.HTTP.Paths {
			pp := rp.Child("http", "paths").Index(j)
			if path.PathType == nil {
				errs = append(errs, field.Required(pp.Child("pathType"), ""))
			} else {
				switch *path.PathType {
				case networkingv1.PathTypeExact, networkingv1.PathTypePrefix, networkingv1.PathTypeImplementationSpecific:
				default:
					errs = append(errs, field.NotSupported(pp.Child("pathType"), *path.PathType, []string{"Exact", "Prefix", "ImplementationSpecific"}))
				}
			}
			if !strings.HasPrefix(path.Path, "/") {
				errs = append(errs, field.Invalid(pp.Child("path"), path.Path, "must be an absolute path"))
			}
			svc := path.Backend.Service
			if svc == nil {
				errs = append(errs, field.Required(pp.Child("backend", "service"), ""))
				continue
			}
			if svc.Name == "" {
				errs = append(errs, field.Required(pp.Child("backend", "service", "name"), ""))
			}
			if (svc.Port.Name == "") == (svc.Port.Number == 0) {
				errs = append(errs, field.Invalid(pp.Child("backend", "service", "port"), svc.Port, "exactly one of name and number"))
			}
		}
	}
	for i, tls := range in.Spec.TLS {
		for j, host := range tls.Hosts {
			hostErrs(host, p.Child("tls").Index(i).Child("hosts").Index(j))
		}
	}
	return errs
}
