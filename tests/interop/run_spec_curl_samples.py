#!/usr/bin/python3
"""Interop: runs every `lang: shell` code sample (curl) of the official OpenAPI spec against the
sandbox, host and key rewritten, in strict mode, and checks that each answers 200 and that every
call it carried was recorded as accepted. Run through with_sandbox.sh (SANDBOX_ROOT, SANDBOX_KEY).

Usage: run_spec_curl_samples.py SPEC_JSON
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request


def main():
    spec_path = sys.argv[1]
    root = os.environ["SANDBOX_ROOT"]
    key = os.environ["SANDBOX_KEY"]
    with open(spec_path, encoding="utf-8") as f:
        spec = json.load(f)

    samples = []
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if not isinstance(operation, dict):
                continue
            for sample in operation.get("x-codeSamples", []) + operation.get("x-code-samples", []):
                if sample.get("lang") == "shell":
                    samples.append((path, method, sample["source"]))
    if not samples:
        print("run_spec_curl_samples: the spec has no shell samples", file=sys.stderr)
        return 1

    failures = []
    last_id = 0
    with tempfile.TemporaryDirectory() as work:
        body_file = os.path.join(work, "body")
        for path, method, source in samples:
            command = re.sub(r"https://cdp(-eu)?\.customer\.io", root, source)
            command = command.replace("-u api_key:", "-u '%s:'" % key)
            if command == source or key not in command:
                failures.append("%s: the sample's host or key could not be rewritten" % path)
                continue
            # curl's own output: status code on stdout, body to a file; strict mode so problems show.
            command = re.sub(r"^\s*curl\b", "curl -sS --max-time 20 -o '%s' -w '%%{http_code}' -H 'X-Strict-Mode: 1'"
                             % body_file, command, count=1)
            result = subprocess.run(["bash", "-c", command], capture_output=True, text=True, timeout=60)
            body = open(body_file, encoding="utf-8", errors="replace").read() if os.path.exists(body_file) else ""
            if result.returncode != 0 or result.stdout.strip() != "200" or body.strip() != "{}":
                failures.append("%s %s: curl exit %d, HTTP %s, body %s %s" % (
                    method.upper(), path, result.returncode, result.stdout.strip(), body[:300], result.stderr[:300]))
                continue
            with urllib.request.urlopen("%s/_sandbox/events?since=%d&limit=10000" % (root, last_id)) as answer:
                events = json.load(answer)["events"]
            if not events:
                failures.append("%s: nothing recorded" % path)
                continue
            last_id = events[-1]["id"]
            expected_type = path.strip("/")
            for event in events:
                if not event["accepted"]:
                    failures.append("%s: recorded as dropped: %s %s" % (path, event.get("reason"), event.get("message")))
                elif expected_type != "batch" and event["type"] != expected_type:
                    failures.append("%s: recorded as %s" % (path, event["type"]))
            print("ok: %s %s -> 200, %d call(s) accepted" % (method.upper(), path, len(events)))

    if failures:
        print("run_spec_curl_samples: %d problem(s):\n  %s" % (len(failures), "\n  ".join(failures)), file=sys.stderr)
        return 1
    print("run_spec_curl_samples: all %d shell samples of the spec accepted" % len(samples))
    return 0


if __name__ == "__main__":
    sys.exit(main())
