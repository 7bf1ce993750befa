"""Plain lines a partner would be stung to see flagged, and which of them the model flags.

A flag on "good night", on a question about the time or on a partner saying back what they
heard teaches people to ignore the coach and stings the one who was trying. A retrained
model once read "What I heard is you're tired at night." as shutting down ("night" ends
many curt replies in the corpus). These lines were written for this check and are not in
the corpus; nothing is trained on them.

    python tools/coach/plain_lines.py      # the lines the model in the tree flags

Run it before shipping a model. The coach's tests hold every line to it
(`coach/tests/test_plain_lines_stay_quiet.py`): no line may be flagged. The last two
("I'm off to bed, good night.", "I'll be back around ten, don't wait up.") were cleared by
narrowing two stonewalling rules (a "night" ending only in a curt reply of up to three
words; "don't wait up" no longer a shutdown by itself), see docs/benchmarks.md.
"""

from __future__ import annotations

from heartwork.coach import analyze

REFLECTIONS = [
    "What I heard is you're tired at night.",
    "What I heard is you feel tired at night.",
    "So the evenings are when it all catches up with you?",
    "If I've understood, you'd like us to have one night a week that's just ours.",
    "It sounds like the late nights at work are wearing you down.",
]

TIMES_OF_DAY = [
    "What time are you home tonight?",
    "Are you working late tomorrow night?",
    "Is it too late to call your mum tonight?",
    "What time does the film start tonight?",
    "Do you want to eat early tonight or wait for me?",
    "Are we still on for Friday night?",
]

GOOD_NIGHTS = [
    "Good night, love. Sleep well.",
    "Night night, see you in the morning x",
    "goodnight! talk tmrw",
    "Night, sleep tight.",
    "I'm off to bed, good night.",
    "night babe, love you",
]

LOGISTICS = [
    "I'll pick up milk on the way home.",
    "The boiler man is coming between eight and twelve.",
    "Can you feed the cat tonight? I'm at book club.",
    "I'll be back around ten, don't wait up.",
    "Bins go out tonight, it's Tuesday.",
    "Dentist moved to Thursday at four.",
    "Late shift again tonight, back by midnight.",
    "I'm tired tonight, early night for me.",
]


def flagged() -> list[tuple[str, list[str]]]:
    """Each plain line the coach warns about, alone or as a reply to a tiredness message."""
    out = []
    for text in REFLECTIONS + TIMES_OF_DAY + GOOD_NIGHTS + LOGISTICS:
        harmful = analyze(text).harmful
        if text in REFLECTIONS:
            harmful = harmful or analyze(text, replying_to=ANSWERED).harmful
        if harmful:
            out.append((text, harmful))
    return out


ANSWERED = "I'm so tired at night lately, I can't switch off."


def main() -> int:
    found = flagged()
    total = len(REFLECTIONS + TIMES_OF_DAY + GOOD_NIGHTS + LOGISTICS)
    for text, labels in found:
        print(f"  {', '.join(labels):<28} {text}")
    print(f"flagged: {len(found)} of {total} plain lines")
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main())
