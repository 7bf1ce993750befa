"""Words that signal danger: self-harm, violence, coercive control, fear of the partner.

When a message speaks of danger, every surface shows help that fits its urgency instead
of tips on wording: a cry for help is never coached. The detector's first duty is
recall (a missed message costs far more than an extra list of helplines). Two nets: the
hand-written patterns of ``rules.py`` (one that never fired on an everyday training line
flags on its own) and the small model of ``model.py``, trained on our own corpus
(``corpus/concern``), which reads the words and the patterns that fired and decides the
rest at a threshold set for recall.

Nothing here stores, logs or counts a detection: it is computed for the person who wrote
(or, for a shared text, who reads) and forgotten.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from heartwork.coach.concern import model as concern_model
from heartwork.coach.concern.directory import Directory, directory_for
from heartwork.coach.concern.respond import Response, respond
from heartwork.coach.concern.rules import PATTERNS, Pattern, alone, matches, normalize

KINDS = ("self_harm", "violence", "control", "fear")
# Sub-kinds whose danger is happening now, and those that are known to come before the
# worst harm (a plan with the means, threats to kill, weapons, hands on the neck).
IMMINENT = frozenset({"in_progress", "now"})
URGENT = frozenset({"plan_means", "threat_to_kill", "weapon"})


def urgency_of(sub: str | None) -> str:
    if sub in IMMINENT:
        return "imminent"
    if sub in URGENT:
        return "urgent"
    return "concern"


@dataclass(frozen=True)
class Concern:
    """What danger a message speaks of, and the help that fits it.

    ``kind`` is one of KINDS; ``sub`` the finer kind where a pattern named it (None when
    only the model saw it); ``urgency`` is "imminent", "urgent" or "concern".
    """

    kind: str
    sub: str | None
    urgency: str
    response: Response
    resources: list[str] = field(default_factory=list)

    @property
    def toward_writer(self) -> bool:
        """Violence, control or fear aimed at the writer: never coach the reader to soothe it."""
        return self.kind != "self_harm"

    def to_dict(self) -> dict[str, object]:
        return {
            "kind": self.kind,
            "sub": self.sub,
            "urgency": self.urgency,
            "title": self.response.title,
            "steps": list(self.response.steps),
            "resources": list(self.resources),
        }


_ORDER = {pattern.name: order for order, pattern in enumerate(PATTERNS)}


def _most_urgent(fired: list[Pattern]) -> Pattern:
    """Danger happening now before danger known to come before the worst, then the rest."""
    return min(
        fired,
        key=lambda p: (0 if p.sub in IMMINENT else 1 if p.sub in URGENT else 2, _ORDER[p.name]),
    )


def detect(text: str) -> tuple[str, str | None] | None:
    """``(kind, sub)`` of the danger ``text`` speaks of, or None. No help attached.

    A sure pattern (an overdose, however it is told), a trusted pattern, or a self-harm
    pattern that is nearly the whole text flags on its own, whatever the model reads around
    it, and names the sub-kind with the patterns of the kind the model reads. Otherwise the model decides, reading the words and the patterns
    that fired; the most urgent fired pattern of the model's kind (or the model's own sense
    of whether it is happening now) names the sub-kind.
    """
    normalized = normalize(text)
    fired = matches(normalized)
    model = concern_model.load()
    trusted = alone(normalized, fired, model.trusted)
    verdict = model.verdict(normalized, fired)
    if trusted:
        # Flagged for sure; the kind comes from the trusted patterns and those of the kind
        # the model reads, so "he pushed me... I'm scared to go home" is violence, not fear.
        best = _most_urgent(trusted + [p for p in fired if p.kind == verdict.kind])
        return best.kind, best.sub
    if verdict.danger < model.threshold:
        return None
    same_kind = [p for p in fired if p.kind == verdict.kind]
    if same_kind:
        return verdict.kind, _most_urgent(same_kind).sub
    if verdict.imminent:
        return verdict.kind, "in_progress" if verdict.kind == "self_harm" else "now"
    return verdict.kind, None


def find_concern(
    text: str,
    resources: Directory | list[str] | tuple[str, ...] | None = None,
) -> Concern | None:
    """The most urgent danger ``text`` speaks of, with the help that fits, or None.

    ``resources`` is a ``Directory`` (see ``directory.py``), or plain lines of help that
    replace the defaults for every kind.
    """
    found = detect(text)
    if found is None:
        return None
    kind, sub = found
    if not isinstance(resources, Directory):
        resources = directory_for("", list(resources or ()))
    urgency = urgency_of(sub)
    response, lines = respond(kind, sub, urgency, resources)
    return Concern(kind=kind, sub=sub, urgency=urgency, response=response, resources=lines)


__all__ = ["KINDS", "Concern", "Directory", "detect", "directory_for", "find_concern"]
