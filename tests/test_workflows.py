"""The GitHub workflows are valid (offline: check-jsonschema ships the workflow schema)."""
from __future__ import annotations

import re
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


def test_deploy_keeps_the_extraction_cache_keyed_by_the_builder():
    wf = yaml.safe_load((WORKFLOWS / "deploy.yml").read_text())
    steps = wf["jobs"]["build"]["steps"]
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))
    assert ".cache/extract" in cache["with"]["path"]
    key, restore = cache["with"]["key"], cache["with"]["restore-keys"]
    assert "hashFiles('builder/**'" in key and "hashFiles('content/**')" in key
    # a content change restores the last cache of the same builder, a builder change does not
    assert "hashFiles('builder/**'" in restore and "content/**" not in restore
    order = [s.get("uses", s.get("run", "")) for s in steps]
    assert order.index(cache["uses"]) < next(i for i, s in enumerate(order) if "make site" in s)


def test_deploy_builds_with_the_pages_address():
    wf = yaml.safe_load((WORKFLOWS / "deploy.yml").read_text())
    steps = wf["jobs"]["build"]["steps"]
    pages = next(s for s in steps if s.get("uses", "").startswith("actions/configure-pages@"))
    build = next(s for s in steps if "make site" in s.get("run", ""))
    assert build["env"]["SITE_URL"] == "${{ steps.%s.outputs.base_url }}" % pages["id"]
    assert "site_url: !ENV SITE_URL" in (ROOT / "mkdocs.yml").read_text()


def test_a_project_site_404_page_links_under_its_sub_path(tmp_path):
    from tests.sitebuild import make_project, run_builder

    project = make_project(tmp_path / "p", with_seeds=False, articles={
        "2021-01-01-a.md": "---\ntitle: A headline\ndate: 2021-01-01\n---\n\nOne paragraph.\n"})
    import os

    os.environ["SITE_URL"] = "https://newsroom.github.io/timeline/"
    try:
        run_builder(project, "build", check=True)
    finally:
        del os.environ["SITE_URL"]
    page = (project / "site" / "404.html").read_text(encoding="utf-8")
    links = re.findall(r'(?:href|src)="(/[^"]*)"', page)
    assert links and all(link.startswith("/timeline/") for link in links), links[:5]
