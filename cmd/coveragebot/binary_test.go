package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// A binary built before data/istanbul-talks.yaml is edited checks the
// edited file when run beside data/, and the copy built into it elsewhere.
// Its load errors are printed once.
func TestBuiltBinaryReadsDataOnDisk(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	bin := filepath.Join(t.TempDir(), "coveragebot")
	if out, err := exec.Command(goTool, "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	work := t.TempDir()
	if err := os.Mkdir(filepath.Join(work, "data"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"istanbul-talks.yaml", "istanbul-talks.txt", "facts.example.yaml"} {
		raw, err := os.ReadFile(filepath.Join("..", "..", "data", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(work, "data", f), raw, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	runBin := func(dir string, args ...string) (stdout, stderr string, code int) {
		t.Helper()
		cmd := exec.Command(bin, args...)
		cmd.Dir = dir
		var out, errOut strings.Builder
		cmd.Stdout, cmd.Stderr = &out, &errOut
		err := cmd.Run()
		var ee *exec.ExitError
		switch {
		case errors.As(err, &ee):
			code = ee.ExitCode()
		case err != nil:
			t.Fatal(err)
		}
		return out.String(), errOut.String(), code
	}

	out, errOut, code := runBin(work, "check")
	if code != 0 || !strings.Contains(out, "data/ of the working directory") || !strings.Contains(out, "data/istanbul-talks.yaml: ok") {
		t.Fatalf("check of an unedited copy: exit %d\n%s%s", code, out, errOut)
	}

	// Break a speaker id; the built-in copy is still good.
	facts := filepath.Join(work, "data", "istanbul-talks.yaml")
	raw, err := os.ReadFile(facts)
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(raw), "speaker: donald-trump", "speaker: donald-trmp", 1)
	if broken == string(raw) {
		t.Fatal("the shipped fact base no longer quotes donald-trump; pick another edit")
	}
	if err := os.WriteFile(facts, []byte(broken), 0o644); err != nil {
		t.Fatal(err)
	}
	const problem = `speaker "donald-trmp" is not the id of an entity in this file; did you mean donald-trump?`
	_, errOut, code = runBin(work, "check")
	if code != 1 || !strings.Contains(errOut, "data/istanbul-talks.yaml:") || strings.Count(errOut, problem) != 1 {
		t.Errorf("check of the edited copy: exit %d, want 1 and the problem once:\n%s", code, errOut)
	}
	_, errOut, code = runBin(work, "do", "/who name:Peskov")
	if code != 1 || strings.Count(errOut, problem) != 1 {
		t.Errorf("do over the edited copy: exit %d, want 1 and the problem once:\n%s", code, errOut)
	}
	_, errOut, code = runBin(work, "serve", "--http", "127.0.0.1:0")
	if code != 1 || strings.Count(errOut, problem) != 1 {
		t.Errorf("serve over the edited copy: exit %d, want 1 and the problem once:\n%s", code, errOut)
	}

	// Anywhere else, the copy built in.
	out, errOut, code = runBin(t.TempDir(), "check")
	if code != 0 || !strings.Contains(out, "built into this binary") || !strings.Contains(out, "istanbul-talks.yaml: ok") {
		t.Errorf("check away from data/: exit %d\n%s%s", code, out, errOut)
	}
}
