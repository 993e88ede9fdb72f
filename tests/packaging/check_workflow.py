#!/usr/bin/env python3
"""Checks .github/workflows/release.yml: valid YAML, a Linux/Windows/macOS build matrix,
every step named, installers uploaded, signing steps that are skipped without secrets, and the
Qt it installs on Windows and macOS is the one in packaging/qt-version (the Qt of Debian 13).

Usage: check_workflow.py release.yml qt-version"""
import sys

import yaml


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def main(path, qt_version_path):
    with open(path, encoding="utf-8") as f:
        doc = yaml.safe_load(f)
    with open(qt_version_path, encoding="utf-8") as f:
        wanted_qt = f.read().strip()
    if not isinstance(doc, dict) or not isinstance(doc.get("jobs"), dict) or not doc["jobs"]:
        fail("no jobs")
    # PyYAML reads the bare key `on` as the boolean True.
    if "on" not in doc and True not in doc:
        fail("no trigger (on:)")

    oses = set()
    all_steps = []
    for job_id, job in doc["jobs"].items():
        steps = job.get("steps")
        if not steps:
            fail(f"job {job_id} has no steps")
        for index, step in enumerate(steps):
            name = step.get("name")
            if not isinstance(name, str) or not name.strip():
                fail(f"job {job_id}, step {index + 1} has no name")
            all_steps.append(step)
        matrix = job.get("strategy", {}).get("matrix", {})
        for entry in matrix.get("include", []) + [{"os": o} for o in matrix.get("os", [])]:
            oses.add(str(entry.get("os", "")).split("-")[0])
    for wanted in ("ubuntu", "windows", "macos"):
        if wanted not in oses:
            fail(f"the matrix does not build on {wanted}")

    def uses(step, action):
        return str(step.get("uses", "")).startswith(action)

    if not any(uses(s, "actions/upload-artifact") for s in all_steps):
        fail("no step uploads the installers")
    qt_steps = [s for s in all_steps if uses(s, "jurplel/install-qt-action")]
    if not qt_steps:
        fail("no step installs Qt")
    pinned_qt = str((doc.get("env") or {}).get("QT_VERSION", ""))
    if pinned_qt != wanted_qt:
        fail(f"the workflow pins QT_VERSION {pinned_qt or '(none)'} but {qt_version_path} says {wanted_qt}")
    for step in qt_steps:
        version = str((step.get("with") or {}).get("version", ""))
        if version not in (wanted_qt, "${{ env.QT_VERSION }}"):
            fail(f"step '{step['name']}' installs Qt {version or '(default)'}, not {wanted_qt}")
    runs = " ".join(str(s.get("run", "")) for s in all_steps)
    for command in ("ctest", "cpack", "signtool", "codesign", "notarytool"):
        if command not in runs:
            fail(f"no step runs {command}")
    for step in all_steps:
        run = str(step.get("run", ""))
        if any(tool in run for tool in ("signtool", "codesign", "notarytool")):
            condition = str(step.get("if", ""))
            if "env." not in condition and "secrets." not in condition:
                fail(f"signing step '{step['name']}' runs even without its secrets")
    print(f"workflow: ok ({len(doc['jobs'])} jobs, {len(all_steps)} named steps)")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        fail("usage: check_workflow.py release.yml qt-version")
    main(sys.argv[1], sys.argv[2])
