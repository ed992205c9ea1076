#!/usr/bin/python3
"""Cross-checks the validator against an independent JSON Schema validator (Debian's
python3-jsonschema) run on the official spec's own request schemas.

Usage: schema_crosscheck.py SPEC CORPUS_DIR VALIDATE_TOOL

Each corpus file is {"endpoint", "expect": "valid"|"invalid", "payload", and optionally
"schemaDiffers": "why"}. For every file:
  - the validator's verdict (ewb validate --json --type ENDPOINT, no errors = valid) must be "expect";
  - the schema's verdict must be "expect" too, unless "schemaDiffers" documents a rule the
    schemas lack or state differently; then it must be the opposite, so that the documented
    difference is real (if the spec is fixed, this script says so).

How the schemas are read (see ../shared/api/REFERENCE.md and docs/validation.md):
  - each endpoint's requestBody schema, with $ref resolved within the spec;
  - oneOf is read as anyOf: the branches overlap (a call with both ids matches "Known User" and
    "Anonymous User"), so a strict oneOf rejects valid calls;
  - a single call's "type" is set by the server from the endpoint, and some branches require it,
    so it is added from the endpoint before checking, as the server does;
  - "format" (date-time) is not checked, as JSON Schema validators do by default; real dates are
    our rule alone and are covered by tst_validator instead.
"""
import copy
import json
import os
import subprocess
import sys
import tempfile

import jsonschema


def one_of_as_any_of(node):
    if isinstance(node, dict):
        return {("anyOf" if k == "oneOf" else k): one_of_as_any_of(v) for k, v in node.items()}
    if isinstance(node, list):
        return [one_of_as_any_of(v) for v in node]
    return node


def main():
    spec_path, corpus_dir, tool = sys.argv[1:4]
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)
    components = one_of_as_any_of(spec["components"])
    validators = {}
    for path, item in spec["paths"].items():
        schema = item["post"]["requestBody"]["content"]["application/json"]["schema"]
        root = {"components": components}
        root.update(one_of_as_any_of(schema))
        validators[path.strip("/")] = jsonschema.Draft202012Validator(root)

    names = sorted(n for n in os.listdir(corpus_dir) if n.endswith(".json"))
    failures = []
    differences = 0
    print(f"{'corpus file':44} {'expect':8} {'ewb':8} {'schema':8} note")
    for name in names:
        with open(os.path.join(corpus_dir, name), encoding="utf-8") as f:
            case = json.load(f)
        endpoint, expect, payload = case["endpoint"], case["expect"], case["payload"]
        differs = case.get("schemaDiffers")

        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as tmp:
            json.dump(payload, tmp, ensure_ascii=False)
        try:
            run = subprocess.run([tool, "validate", "--json", "--type", endpoint, tmp.name],
                                 capture_output=True, text=True)
        finally:
            os.unlink(tmp.name)
        if run.returncode not in (0, 1):
            failures.append(f"{name}: ewb validate failed ({run.returncode}): {run.stderr.strip()}")
            continue
        report = json.loads(run.stdout)
        ours = "valid" if report["valid"] else "invalid"

        instance = copy.deepcopy(payload)
        if endpoint != "batch" and isinstance(instance, dict):
            instance.setdefault("type", endpoint)
        schema_errors = list(validators[endpoint].iter_errors(instance))
        theirs = "invalid" if schema_errors else "valid"

        note = ""
        if ours != expect:
            codes = ", ".join(d["code"] for d in report["diagnostics"] if d["severity"] == "error")
            failures.append(f"{name}: ewb says {ours}, expected {expect} (errors: {codes or 'none'})")
            note = "MISMATCH"
        if differs:
            differences += 1
            if theirs == expect:
                failures.append(f"{name}: documented difference no longer holds; the schema now agrees: {differs}")
                note = "DIFFERENCE GONE"
            else:
                note = note or f"documented: {differs}"
        elif theirs != expect:
            first = schema_errors[0].message if schema_errors else "no error"
            failures.append(f"{name}: the schema says {theirs}, expected {expect} ({first})")
            note = "MISMATCH"
        print(f"{name:44} {expect:8} {ours:8} {theirs:8} {note}")

    print(f"{len(names)} corpus files, {differences} documented differences, {len(failures)} failures")
    if len(names) < 30:
        failures.append(f"the corpus has only {len(names)} files; keep at least 30")
    for failure in failures:
        print("FAIL:", failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
