# METADATA
# title: no id here
# custom:
#   severity: high
package acme.noid

deny contains "x" if { false }
