"""The CI examples, run as a user would set them up: a throw-away git repository of
sources, no copy of this project, no Makefile.

What runs for real: the GitHub workflow's install step (``pip install "$RECONCILE"``,
``reconcile models``, ``pip install --require-hashes``) and its check step, as bash
scripts, in a fresh virtual environment, against this project's wheel built here; the
pre-commit configuration documented in ``.pre-commit-hooks.yaml``, run by a small
stand-in for pre-commit as a git hook (pre-commit itself is not installed here).
What does not: the network. ``RECONCILE`` points at the local wheel instead of the git
URL, pip is offline (``PIP_NO_INDEX``) and finds the dependencies and the two spaCy
pipelines already installed (this project's environment is on the new one's path), so
the hash check of the pipeline downloads and GitHub's actions (checkout, setup-python,
cache) are not exercised.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
from pathlib import Path
from typing import Any

import pytest
import yaml
from hostile_story import ROOT, Cli
from review_story import AGREEING, SHORT_TALKS, SHORT_TALKS_LINE, git, write

from reconcile.cli import EXIT_CHECK_FAILED, EXIT_OK


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This project's wheel, built offline (setuptools is a test dependency)."""
    out = tmp_path_factory.mktemp("dist")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps",
                    "--no-build-isolation", "--wheel-dir", str(out), str(ROOT)],
                   check=True, capture_output=True, text=True)
    (built,) = out.glob("reconcile-*.whl")
    return built


@pytest.fixture(scope="module")
def user_env(tmp_path_factory: pytest.TempPathFactory, wheel: Path) -> dict[str, str]:
    """The environment the workflow's steps run in: a new virtual environment first on
    PATH, pip offline, ``RECONCILE`` the local wheel, ``RUNNER_TEMP`` as on a runner."""
    venv = tmp_path_factory.mktemp("user") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    purelib = subprocess.run([venv / "bin" / "python", "-c",
                              "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    # the dependencies, already installed here, stand in for the index
    (Path(purelib) / "offline-dependencies.pth").write_text(sysconfig.get_paths()["purelib"])
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PIP_", "VIRTUAL_ENV"))}
    return {
        **env,
        "PATH": f"{venv / 'bin'}{os.pathsep}{env['PATH']}",
        "RECONCILE": f"reconcile @ {wheel.as_uri()}",
        "RUNNER_TEMP": str(tmp_path_factory.mktemp("runner-temp")),
        "PIP_NO_INDEX": "1", "PIP_DISABLE_PIP_VERSION_CHECK": "1",
        "PIP_FIND_LINKS": str(wheel.parent),
        "VENV": str(venv),
    }


def _workflow() -> dict[Any, Any]:
    data: dict[Any, Any] = yaml.safe_load((ROOT / ".github/workflows/reconcile.yml").read_text())
    return data


def _step(steps: list[dict[str, Any]], words: str) -> dict[str, Any]:
    return next(s for s in steps if words in str(s.get("run", "")) + str(s.get("uses", "")))


def _bash(script: str, repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # GitHub runs a `run:` step as `bash -e {0}`
    return subprocess.run(["bash", "-e", "-c", script], cwd=repo, env=env, capture_output=True,
                          text=True, check=False, timeout=600)


def _newsroom(root: Path, cli: Cli) -> Path:
    """A sources repository as its user keeps it: two agreeing articles and their claims
    cache committed on main, a pull request branch adding a third that conflicts."""
    repo = root / "newsroom"
    (repo / "sources").mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    for key, value in (("user.name", "Test Editor"), ("user.email", "editor@example.org"),
                       ("commit.gpgsign", "false")):
        git(repo, "config", key, value)
    (repo / ".gitignore").write_text(".venv/\n")
    for name, body in AGREEING.items():
        write(repo / "sources", name, body)
    assert cli(repo / "sources").code == EXIT_OK  # fills sources/.reconcile/claims/
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "two agreeing sources and their claims")
    git(repo, "checkout", "-q", "-b", "pull-request")
    write(repo / "sources", *SHORT_TALKS)
    git(repo, "add", "sources")
    git(repo, "commit", "-q", "-m", "a third source: much shorter talks")
    # as after actions/checkout with fetch-depth 0 on a pull request against main
    git(repo, "update-ref", "refs/remotes/origin/main", "main")
    return repo


def test_the_packaged_models_list_is_the_projects(cli: Cli) -> None:
    done = cli("models")
    assert done.code == EXIT_OK
    assert done.out == (ROOT / "requirements" / "models.txt").read_text("utf-8")


def test_the_workflow_installs_and_checks_in_a_users_repository(
    tmp_path: Path, cli: Cli, user_env: dict[str, str]
) -> None:
    workflow = _workflow()
    trigger: dict[str, Any] = workflow.get("on") or workflow[True]  # YAML 1.1: `on` is true
    assert "sources/**" in trigger["pull_request"]["paths"]
    steps = workflow["jobs"]["check"]["steps"]
    assert _step(steps, "actions/checkout")["with"]["fetch-depth"] == 0
    assert str(_step(steps, "actions/setup-python")["with"]["python-version"]) == "3.11"
    cache = _step(steps, "actions/cache")["with"]
    assert cache["path"] == "~/.cache/pip" and "env.RECONCILE" in cache["key"]
    assert "make" not in str(steps).split()  # a user's repository has no Makefile
    assert workflow["env"]["RECONCILE"].startswith("reconcile @ git+")

    repo = _newsroom(tmp_path, cli)
    install = _bash(_step(steps, "pip install")["run"], repo, user_env)
    assert install.returncode == 0, install.stderr
    assert (Path(user_env["VENV"]) / "bin" / "reconcile").exists()

    command = _step(steps, "reconcile check")["run"]
    script = command.replace("${{ github.base_ref }}", "main")
    done = _bash(script, repo, user_env)
    assert done.returncode == EXIT_CHECK_FAILED, done.stderr
    assert "Traceback" not in done.stderr
    errors = [line for line in done.stdout.splitlines() if line.startswith("::error ")]
    assert len(errors) == 1
    assert errors[0].startswith(f"::error file=sources/{SHORT_TALKS[0]},line={SHORT_TALKS_LINE},")
    assert git(repo, "status", "--porcelain") == ""  # the check wrote nothing

    fid = re.search(r"Unreviewed conflict (F-[0-9a-f]{10})", errors[0])
    assert fid is not None  # an editor decides (the same code as the wheel's, in-process)
    assert cli("review", repo / "sources", fid.group(1), "--stands", "3 h").code == EXIT_OK
    assert _bash(script, repo, user_env).returncode == EXIT_OK


# --------------------------------------------------------------------------- pre-commit


_PRE_COMMIT = """\
#!{python}
# A stand-in for pre-commit's own git hook: run each hook of .pre-commit-config.yaml
# whose `files` pattern matches a staged file, at the repository root, and fail when
# one fails or changes a file (as pre-commit does).
import re, subprocess, sys, yaml
config = yaml.safe_load(open(".pre-commit-config.yaml"))
staged = subprocess.run(["git", "diff", "--cached", "--name-only"], capture_output=True,
                        text=True, check=True).stdout.split()
def state():
    return subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"],
                          capture_output=True, text=True, check=True).stdout
failed = False
for repo in config["repos"]:
    for hook in repo["hooks"]:
        if not any(re.search(hook.get("files", ""), name) for name in staged):
            continue
        before = state()
        done = subprocess.run(hook["entry"].split() + hook.get("args", []))
        if done.returncode != 0:
            failed = True
        if state() != before:
            print("- files were modified by this hook", file=sys.stderr)
            failed = True
sys.exit(1 if failed else 0)
"""


def _documented_config(venv: Path) -> str:
    """The .pre-commit-config.yaml that .pre-commit-hooks.yaml documents, pointing at
    ``venv`` where it says ``.venv``."""
    comments = [line[2:] if line.startswith("# ") else line[1:]
                for line in (ROOT / ".pre-commit-hooks.yaml").read_text().splitlines()
                if line.startswith("#")]
    start = comments.index("then, in your .pre-commit-config.yaml:") + 1
    block = []
    for line in comments[start:]:
        if block and not line.startswith("  "):
            break
        if line.strip():
            block.append(line[2:])
    config = "\n".join(block) + "\n"
    assert yaml.safe_load(config)["repos"][0]["hooks"][0]["id"] == "reconcile-check"
    return config.replace(".venv/bin/reconcile", str(venv / "bin" / "reconcile"))


def test_the_documented_pre_commit_hook_blocks_and_then_lets_through(
    tmp_path: Path, cli: Cli, user_env: dict[str, str]
) -> None:
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    hook = next(h for h in hooks if h["id"] == "reconcile-check")
    assert hook["entry"] == "reconcile check" and hook["pass_filenames"] is False
    venv = Path(user_env["VENV"])
    if not (venv / "bin" / "reconcile").exists():  # the workflow test installs it first
        install = _bash(_step(_workflow()["jobs"]["check"]["steps"], "pip install")["run"],
                        tmp_path, user_env)
        assert install.returncode == 0, install.stderr

    repo = _newsroom(tmp_path, cli)
    git(repo, "checkout", "-q", "main")
    (repo / ".pre-commit-config.yaml").write_text(_documented_config(venv))
    git(repo, "add", ".pre-commit-config.yaml")
    git(repo, "commit", "-q", "-m", "the hook")
    hook_file = repo / ".git" / "hooks" / "pre-commit"
    hook_file.write_text(_PRE_COMMIT.format(python=sys.executable))
    hook_file.chmod(0o755)

    write(repo / "sources", *SHORT_TALKS)
    assert cli(repo / "sources").code == EXIT_OK  # the editor looked at the report first
    git(repo, "add", "sources")
    blocked = subprocess.run(["git", "commit", "-q", "-m", "shorter talks"], cwd=repo,
                             env=user_env, capture_output=True, text=True, check=False)
    assert blocked.returncode != 0
    assert f"sources/{SHORT_TALKS[0]}:{SHORT_TALKS_LINE}" in blocked.stdout + blocked.stderr
    assert "files were modified" not in blocked.stderr and "Traceback" not in blocked.stderr

    fid = re.search(r"^(F-[0-9a-f]{10}) ", blocked.stdout + blocked.stderr, flags=re.MULTILINE)
    assert fid is not None
    assert cli("review", repo / "sources", fid.group(1), "--stands", "3 h").code == EXIT_OK
    git(repo, "add", "sources")
    passed = subprocess.run(["git", "commit", "-q", "-m", "shorter talks, decided"], cwd=repo,
                            env=user_env, capture_output=True, text=True, check=False)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "files were modified" not in passed.stderr
