"""The GitHub workflows are valid (offline: check-jsonschema ships the workflow schema)."""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
import yaml

from tests.sitebuild import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"


def test_workflows_match_the_github_schema():
    exe = shutil.which("check-jsonschema", path=str(__import__("pathlib").Path(sys.executable).parent))
    if exe is None:
        pytest.skip("check-jsonschema is not installed")
    files = sorted(str(p) for p in WORKFLOWS.glob("*.yml"))
    proc = subprocess.run([exe, "--builtin-schema", "vendor.github-workflows", *files],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_deploy_uses_the_official_pages_flow():
    wf = yaml.safe_load((WORKFLOWS / "deploy.yml").read_text())
    assert wf["permissions"]["pages"] == "write" and wf["permissions"]["id-token"] == "write"
    steps = [s.get("uses", "") for job in wf["jobs"].values() for s in job.get("steps", [])]
    for action in ("actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages"):
        assert any(s.startswith(action + "@") for s in steps), action
    assert wf["jobs"]["deploy"]["environment"]["name"] == "github-pages"
    build = " ".join(s.get("run", "") for s in wf["jobs"]["build"]["steps"])
    assert "make site" in build


def test_ci_runs_the_readme_test_command():
    wf = yaml.safe_load((WORKFLOWS / "ci.yml").read_text())
    runs = " ".join(s.get("run", "") for job in wf["jobs"].values() for s in job["steps"])
    readme = (ROOT / "README.md").read_text()
    assert "make test" in runs and "make test" in readme
    assert "make test" in (ROOT / ".ci" / "run").read_text()
