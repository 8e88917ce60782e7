package scanner

import "github.com/shipgate/shipgate/scanner/model"

// policyErrors turns the error of evaluating a document into one "policy"
// error per failing policy (the engine joins them).
func policyErrors(path string, err error) []model.FileError {
	errs := flattenErrors(err)
	out := make([]model.FileError, len(errs))
	for i, e := range errs {
		out[i] = model.FileError{Path: path, Kind: model.ErrPolicy, Message: e.Error()}
	}
	return out
}
