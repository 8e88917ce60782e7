package cloudformation

import (
	"strings"
	"testing"
)

func TestMaybeTemplate(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want bool
	}{
		{"broken yaml template", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: [unclosed\n", true},
		{"broken template without version", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: [\n", true},
		{"broken json template", `{"Resources": {"B": {"Type": "AWS::S3::Bucket",, }}}`, true},
		{"broken with a dynamic reference", "Resources:\n  B:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      P: {{resolve:ssm:pw}}\n      Q: [\n", true},
		{"sequence item type", "Resources:\n  - Type: AWS::S3::Bucket\n  x: [\n", true},
		{"helm chart mentioning AWS:: in a comment", "# Resources: creates AWS::S3::Bucket via crossplane\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\ndata:\n  {{- range .Values.items }}\n  {{ .name }}: {{ .value | quote }}\n  {{- end }}\n", false},
		{"helm chart of a template", "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: {{ .Values.name }}\n", false},
		{"jinja template", "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n{% for b in buckets %}\n  {{ b }}:\n    Type: AWS::S3::Bucket\n{% endfor %}\n", false},
		{"mentions in comments and prose", "# Resources\n# Type: AWS::S3::Bucket is nice\ntext: [\n", false},
		{"version in a sentence", "notes: see AWSTemplateFormatVersion docs\nx: [\n", false},
		{"resources without a type", "Resources: [\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := MaybeTemplate([]byte(tt.src)); got != tt.want {
				t.Errorf("MaybeTemplate = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestDetectTooLarge: a template too large to decode is still recognised,
// so its LimitError is reported.
func TestDetectTooLarge(t *testing.T) {
	src := "Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n      L: [" + strings.Repeat("1,", 2_100_000) + "1]\n"
	if !Detect([]byte(src)) {
		t.Error("Detect = false for a template too large to decode")
	}
	if Detect([]byte("a: [" + strings.Repeat("1,", 2_100_000) + "1]\n")) {
		t.Error("Detect = true for a large list that is not a template")
	}
}
