"""`heartwork coach` on the command line, and the evaluation contract."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[4]
TEST_SPLIT = ROOT / "corpus" / "coach" / "splits" / "test.jsonl"
FROZEN_SHA256 = "14018b2c3f11ca90a1db8fb4444cdda8085af17b3745017d288c3d3a44a9eede"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "heartwork.cli", "coach", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_the_test_split_is_frozen() -> None:
    assert hashlib.sha256(TEST_SPLIT.read_bytes()).hexdigest() == FROZEN_SHA256


def test_coach_json_prints_the_analysis() -> None:
    result = run("You're so lazy.", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert "criticism" in data["labels"]
    assert data["suggestions"] and data["concern"] is None


def test_coach_reads_a_reply_with_the_message_it_answers() -> None:
    advice = "You should just quit."
    to_a_feeling = run(advice, "--json", "--replying-to", "I feel so worn down by my job.")
    asked_for = run(advice, "--json", "--replying-to", "What should I do about my job?")
    assert "fixing" in json.loads(to_a_feeling.stdout)["labels"]
    assert "fixing" not in json.loads(asked_for.stdout)["labels"]


def test_coach_prints_a_readable_analysis() -> None:
    out = run("You're so lazy.").stdout
    assert "[You're so lazy]" in out or "[you're so lazy]" in out.lower()
    assert "You could say instead:" in out


def test_coach_listen_json() -> None:
    data = json.loads(run("listen", "I feel hurt when you cancel plans", "--json").stdout)
    assert set(data) == {"reflection", "validation", "question", "concern"}
    assert data["concern"] is None
    assert "hurt" in data["reflection"]


def test_danger_on_the_command_line_shows_help_for_the_country(monkeypatch) -> None:
    monkeypatch.setenv("HEARTWORK_HELP_COUNTRY", "US")
    data = json.loads(run("I took all my pills an hour ago", "--json").stdout)
    assert data["concern"]["urgency"] == "imminent"
    assert data["concern"]["resources"][0] == "In danger right now: call 911."
    readable = run("I took all my pills an hour ago").stdout
    assert "PLEASE GET HELP RIGHT NOW" in readable and "988" in readable


def test_an_empty_message_is_refused_clearly() -> None:
    result = run("   ")
    assert result.returncode == 2
    assert "empty" in result.stderr


def test_eval_json_follows_the_contract(tmp_path: Path) -> None:
    data = tmp_path / "few.jsonl"
    data.write_text(
        '{"text": "You never listen to me.", "labels": ["criticism", "absolute"]}\n'
        '{"text": "Thank you for dinner.", "labels": ["appreciation"]}\n'
        '{"text": "I\'ll be home at six.", "labels": []}\n'
    )
    result = json.loads(run("eval", str(data), "--json").stdout)
    assert result["n"] == 3
    assert set(result["per_label"]) == {"criticism", "absolute", "appreciation"}
    assert set(result["per_label"]["absolute"]) == {"precision", "recall", "f1", "support"}
    assert result["messages_per_second"] > 0
    assert 0 <= result["macro_f1"] <= 1


def test_eval_names_the_malformed_line(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"text": "fine", "labels": []}\n{"text": "oops", "labels": "criticism"}\n')
    result = run("eval", str(data), "--json")
    assert result.returncode != 0
    assert "line 2" in result.stderr
    bad_label = tmp_path / "label.jsonl"
    bad_label.write_text('{"text": "x", "labels": ["rudeness"]}\n')
    assert "line 1" in run("eval", str(bad_label)).stderr
    assert "rudeness" in run("eval", str(bad_label)).stderr
