package shipgate.lib

# world_cidrs are the source ranges that mean "the whole internet".
world_cidrs := {"0.0.0.0/0", "::/0", "::0/0"}

# world_open_cidrs is the set of the cidr attributes of security group rule
# that open an ingress rule to the whole internet (empty for egress rules).
world_open_cidrs(rule) := {a |
	rule.direction == "ingress"
	some a in [rule.cidr_ipv4, rule.cidr_ipv6]
	string_value(a) in world_cidrs
}

# all_protocols is true for a rule that allows every protocol (and so every
# port).
all_protocols(rule) if has_value(rule.protocol, "-1")

# covers_port is true when a security group rule lets port through for one of
# protocols (a set such as {"tcp"}): all protocols, or a known port range
# that includes it.
covers_port(rule, _, _) if all_protocols(rule)

covers_port(rule, port, protocols) if {
	string_value(rule.protocol) in protocols
	[from, to] := port_range(rule)
	from <= port
	port <= to
}

# all_ports is true for a tcp or udp rule whose range spans every port.
all_ports(rule) if {
	string_value(rule.protocol) in {"tcp", "udp"}
	[from, to] := port_range(rule)
	from <= 1
	to >= 65535
}

# port_range is the known numeric [from, to] range of a rule. Unknown or
# missing ports leave it undefined.
port_range(rule) := [from, to] if {
	known(rule.from_port)
	known(rule.to_port)
	from := rule.from_port.value
	to := rule.to_port.value
	is_number(from)
	is_number(to)
}
