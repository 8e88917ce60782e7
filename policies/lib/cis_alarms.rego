# Package cis_alarms holds the join behind the CIS AWS Foundations
# Benchmark section 4 policies (a metric filter and an alarm for each kind
# of event): the trails that send their events to a log group of the
# document, the metric filters whose pattern matches a control's events,
# and the alarms on their metrics. Every lookup is built once, so a large
# template stays linear.
package shipgate.lib.cis_alarms

import data.shipgate.lib

# log_groups are the addresses of the document's log groups.
log_groups := {g.resource | some g in input.aws.logs.log_groups}

# target is the log group a trail sends its events to: the address of one
# of the document's log groups, or "*" when the reference cannot be read
# but the document declares log groups (it is then taken to be one of
# them). A trail that sends its events elsewhere, or nowhere, has none:
# its metric filters are not in the document.
target(t) := g if {
	g := lib.string_value(t.cloudwatch_log_group)
	g in log_groups
}

target(t) := "*" if {
	not lib.known(t.cloudwatch_log_group)
	count(log_groups) > 0
}

# alarm_metrics are the [namespace, metric name] pairs alarms watch.
alarm_metrics contains [ns, name] if {
	some a in input.aws.cloudwatch.alarms
	ns := lib.string_value(a.namespace)
	name := lib.string_value(a.metric_name)
}

# some_alarm_unread is true when an alarm's metric cannot be read (an
# unknown name or namespace, or metric math): it may watch any metric.
some_alarm_unread if {
	some a in input.aws.cloudwatch.alarms
	not lib.string_value(a.metric_name)
	not lib.is_null(a.metric_name)
}

some_alarm_unread if {
	some a in input.aws.cloudwatch.alarms
	lib.string_value(a.metric_name)
	not lib.string_value(a.namespace)
}

some_alarm_unread if {
	some a in input.aws.cloudwatch.alarms
	not lib.is_false(a.metrics)
}

# alarmed is true when an alarm may watch the metric of filter f.
alarmed(_) if some_alarm_unread

alarmed(f) if [lib.string_value(f.metric_namespace), lib.string_value(f.metric_name)] in alarm_metrics

alarmed(f) if {
	count(input.aws.cloudwatch.alarms) > 0
	not all_known([f.metric_namespace, f.metric_name])
}

all_known(attrs) if {
	every a in attrs {
		lib.string_value(a)
	}
}

# matches is true when the pattern of filter f may match the events of a
# control: every regular expression of one of alternatives (a list of
# lists, applied with double quotes removed, so that "ConsoleLogin" and
# ConsoleLogin read the same) matches it, or it cannot be read.
matches(f, _) if not lib.known(f.pattern)

matches(f, alternatives) if {
	p := replace(lib.string_value(f.pattern), `"`, "")
	some regexes in alternatives
	every r in regexes {
		regex.match(r, p)
	}
}

# watching are the indexes of the metric filters that match alternatives
# and that an alarm watches.
watching(alternatives) := {i |
	some i, f in input.aws.logs.metric_filters
	matches(f, alternatives)
	alarmed(f)
}

# unwatched_trails are the trails (not stopped) that send their events to
# a log group of the document on which no metric filter matching
# alternatives has an alarm.
unwatched_trails(alternatives) := {t |
	w := watching(alternatives)
	groups := {g | some i in w; g := _filter_group(input.aws.logs.metric_filters[i])}
	some t in input.aws.cloudtrail.trails
	not lib.is_false(t.logging)
	g := target(t)
	not _covered(g, w, groups)
}

_filter_group(f) := g if g := lib.string_value(f.log_group)

_filter_group(f) := "*" if not lib.known(f.log_group)

_covered("*", w, _) if count(w) > 0

_covered(g, _, groups) if g in groups

_covered(_, _, groups) if "*" in groups
