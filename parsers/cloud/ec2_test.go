package cloud

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/shipgate/shipgate/parsers/cloudformation"
)

func TestSecurityGroupRules(t *testing.T) {
	const tmpl = `
Resources:
  Web:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupName: web
      GroupDescription: web tier
      VpcId: {Ref: Vpc}
      SecurityGroupIngress:
        - IpProtocol: TCP
          FromPort: "443"
          ToPort: 443
          CidrIp: 0.0.0.0/0
        - IpProtocol: -1
          SourceSecurityGroupId: {Fn::GetAtt: [Lb, GroupId]}
      SecurityGroupEgress:
        IpProtocol: "17"
        CidrIpv6: ::/0
        Description: dns
  Lb: {Type: AWS::EC2::SecurityGroup, Properties: {GroupDescription: lb}}
  Vpc: {Type: AWS::EC2::VPC}
  SshIn:
    Type: AWS::EC2::SecurityGroupIngress
    Properties:
      GroupId: {Fn::GetAtt: [Web, GroupId]}
      IpProtocol: 6
      FromPort: 22
      ToPort: 22
      CidrIp: {Ref: AdminCidr}
  ByName:
    Type: AWS::EC2::SecurityGroupIngress
    Properties: {GroupName: web, IpProtocol: all, SourcePrefixListId: pl-1}
  External:
    Type: AWS::EC2::SecurityGroupEgress
    Properties: {GroupId: sg-123, IpProtocol: icmp, DestinationSecurityGroupId: {Ref: Lb}}
`
	v := adapt(t, tmpl, nil)
	const in = "/Resources/Web/Properties/SecurityGroupIngress"
	const eg = "/Resources/Web/Properties/SecurityGroupEgress"
	rule := func(res, typ, src string, group any, dir string, attrs map[string]any) map[string]any {
		m := map[string]any{
			"resource": res, "type": typ, "src": src, "group": group, "direction": dir,
			"protocol": d(nil, src), "from_port": d(nil, src), "to_port": d(nil, src),
			"cidr_ipv4": d(nil, src), "cidr_ipv6": d(nil, src), "source_group": d(nil, src),
			"prefix_list": d(nil, src), "description": d(nil, src),
		}
		for k, a := range attrs {
			m[k] = a
		}
		return m
	}
	const sgt = "AWS::EC2::SecurityGroup"
	want := []any{
		rule("ByName", "AWS::EC2::SecurityGroupIngress", "/Resources/ByName", "Web", "ingress", map[string]any{
			"protocol":     w("-1", "/Resources/ByName/Properties/IpProtocol"),
			"from_port":    d(nil, "/Resources/ByName"),
			"to_port":      d(nil, "/Resources/ByName"),
			"cidr_ipv4":    d(nil, "/Resources/ByName"),
			"cidr_ipv6":    d(nil, "/Resources/ByName"),
			"source_group": d(nil, "/Resources/ByName"),
			"prefix_list":  w("pl-1", "/Resources/ByName/Properties/SourcePrefixListId"),
			"description":  d(nil, "/Resources/ByName"),
		}),
		rule("External", "AWS::EC2::SecurityGroupEgress", "/Resources/External", nil, "egress", map[string]any{
			"protocol":     w("icmp", "/Resources/External/Properties/IpProtocol"),
			"from_port":    d(nil, "/Resources/External"),
			"to_port":      d(nil, "/Resources/External"),
			"cidr_ipv4":    d(nil, "/Resources/External"),
			"cidr_ipv6":    d(nil, "/Resources/External"),
			"source_group": w("Lb", "/Resources/External/Properties/DestinationSecurityGroupId"),
			"prefix_list":  d(nil, "/Resources/External"),
			"description":  d(nil, "/Resources/External"),
		}),
		rule("SshIn", "AWS::EC2::SecurityGroupIngress", "/Resources/SshIn", "Web", "ingress", map[string]any{
			"protocol":     w("tcp", "/Resources/SshIn/Properties/IpProtocol"),
			"from_port":    w(22.0, "/Resources/SshIn/Properties/FromPort"),
			"to_port":      w(22.0, "/Resources/SshIn/Properties/ToPort"),
			"cidr_ipv4":    u("/Resources/SshIn/Properties/CidrIp"),
			"cidr_ipv6":    d(nil, "/Resources/SshIn"),
			"source_group": d(nil, "/Resources/SshIn"),
			"prefix_list":  d(nil, "/Resources/SshIn"),
			"description":  d(nil, "/Resources/SshIn"),
		}),
		rule("Web", sgt, in+"/0", "Web", "ingress", map[string]any{
			"protocol":  w("tcp", in+"/0/IpProtocol"),
			"from_port": w(443.0, in+"/0/FromPort"),
			"to_port":   w(443.0, in+"/0/ToPort"),
			"cidr_ipv4": w("0.0.0.0/0", in+"/0/CidrIp"),
		}),
		rule("Web", sgt, in+"/1", "Web", "ingress", map[string]any{
			"protocol":     w("-1", in+"/1/IpProtocol"),
			"source_group": w("Lb", in+"/1/SourceSecurityGroupId"),
		}),
		rule("Web", sgt, eg, "Web", "egress", map[string]any{
			"protocol":    w("udp", eg+"/IpProtocol"),
			"cidr_ipv6":   w("::/0", eg+"/CidrIpv6"),
			"description": w("dns", eg+"/Description"),
		}),
	}
	if diff := cmp.Diff(want, at(t, v, "ec2.security_group_rules")); diff != "" {
		t.Errorf("rules (-want +got):\n%s", diff)
	}
	wantGroup := map[string]any{
		"resource": "Web", "type": sgt, "src": "/Resources/Web",
		"name":        w("web", "/Resources/Web/Properties/GroupName"),
		"description": w("web tier", "/Resources/Web/Properties/GroupDescription"),
		"vpc_id":      w("Vpc", "/Resources/Web/Properties/VpcId"),
	}
	if diff := cmp.Diff(wantGroup, at(t, v, "ec2.security_groups.1")); diff != "" {
		t.Errorf("group (-want +got):\n%s", diff)
	}
}

// TestParameterOrigin: a value that is a parameter's default or given value
// records the parameter; a literal does not.
func TestParameterOrigin(t *testing.T) {
	tmpl, err := (&cloudformation.Parser{Params: map[string]string{"Admin": "0.0.0.0/0"}}).ParseTemplate("t.yaml", []byte(`
Parameters:
  SSHLocation: {Type: String, Default: 0.0.0.0/0}
  Admin: {Type: String}
Resources:
  G:
    Type: AWS::EC2::SecurityGroup
    Properties:
      SecurityGroupIngress:
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: {Ref: SSHLocation}}
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: {Ref: Admin}}
        - {IpProtocol: tcp, FromPort: 22, ToPort: 22, CidrIp: 10.0.0.0/8}
`))
	if err != nil {
		t.Fatal(err)
	}
	v := CloudFormation(tmpl.Doc, nil)
	want := []any{
		map[string]any{"kind": "parameter", "name": "SSHLocation", "default": true},
		map[string]any{"kind": "parameter", "name": "Admin", "default": false},
		nil,
	}
	for i, w := range want {
		got := at(t, v, "ec2.security_group_rules."+itoa(i)+".cidr_ipv4").(map[string]any)["param"]
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("rule %d param (-want +got):\n%s", i, diff)
		}
	}
}
