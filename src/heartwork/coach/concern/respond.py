"""What to say to a person whose words signal danger, by kind and urgency.

Short sentences a frightened person can act on in seconds; the most urgent step first.
Never a tip on wording: when someone is in danger, how they phrase things is not the
problem. The same words serve the web, the API and the command line.
"""

from __future__ import annotations

from typing import NamedTuple

from heartwork.coach.concern.directory import Directory


class Response(NamedTuple):
    title: str
    steps: tuple[str, ...]


def respond(
    kind: str, sub: str | None, urgency: str, help: Directory
) -> tuple[Response, list[str]]:
    """The response to show and the help lines to list under it, most urgent first."""
    number = help.emergency_number
    if urgency == "imminent" and kind == "self_harm":
        response = Response(
            "Please get help right now",
            (
                f"Call {number} now, or ask someone near you to call.",
                "If you have taken something or hurt yourself, say exactly what, "
                "even if you feel all right.",
                "Stay near other people until help comes. You matter, and this can be treated.",
            ),
        )
        return response, [*help.emergency, *help.crisis]
    if urgency == "imminent":
        response = Response(
            "Your safety comes first, right now",
            (
                f"If you can, call {number} now. If you can't talk, stay on the line "
                "or get to a neighbour or a public place.",
                "Go to a room with a way out, away from the kitchen and anything that "
                "could be used as a weapon, if you can do it safely.",
                "This app can wait. Close it quickly if you need to.",
            ),
        )
        return response, [*help.emergency, *help.abuse]
    if kind == "self_harm":
        steps = [
            "Thank you for putting this into words. Feeling this way is heavy, and "
            "you don't have to carry it alone.",
            "Please tell someone today: a friend, someone in your family, your doctor, "
            "or a crisis line. You can call or write to one right now.",
        ]
        if sub == "plan_means":
            steps.append(
                "If there are things near you that you could use to hurt yourself, put "
                "distance between you and them: give them to someone or go somewhere else."
            )
        steps.append(f"If you might act on these thoughts soon, call {number}.")
        return Response("I'm glad you wrote this down", tuple(steps)), [
            *help.crisis,
            *help.emergency,
        ]
    opening = {
        "violence": "What you describe is not okay, and it is not your fault.",
        "control": "Being watched, kept short of money or cut off from people is a "
        "form of abuse. It is not your fault.",
        "fear": "Nobody should have to be afraid of the person they love.",
    }[kind]
    steps = [opening]
    if urgency == "urgent":
        steps.append(
            "Threats to kill, weapons, and hands on the neck are signs of serious "
            f"danger. If you feel in danger now, call {number}."
        )
    steps.append(
        "An abuse helpline listens in confidence and can help you think about what "
        "to do next, whether or not you want to leave."
    )
    lines = (
        [*help.emergency, *help.abuse] if urgency == "urgent" else [*help.abuse, *help.emergency]
    )
    return Response("You deserve to be safe", tuple(steps)), lines


def for_reader(kind: str, urgency: str, help: Directory) -> tuple[Response, list[str]]:
    """What the partner who reads a shared text that signals danger is shown instead of a script.

    Self-harm: how to respond, and where to turn. Violence, control or fear toward the
    writer: no ready-made words (they would hand a script to the person who may be
    feared), only a plain note and where either of them can talk in confidence.
    """
    number = help.emergency_number
    steps: tuple[str, ...]
    if kind == "self_harm":
        steps = (
            "Take it seriously, and thank them for telling you.",
            "Ask them plainly whether they are thinking about ending their life. Asking "
            "does not put the idea in their head; it shows you can hear the answer.",
            "Listen more than you talk. Don't argue, lecture or promise to keep it secret.",
            "Help them reach a crisis line or their doctor today, and stay with them while they do.",
            f"If they may be in danger now, or have already hurt themselves, call {number}.",
        )
        if urgency == "imminent":
            steps = (f"Call {number} now, and stay with them or send someone to them.", *steps[:3])
        return Response("Your partner may be in danger", steps), [*help.emergency, *help.crisis]
    steps = (
        "This text speaks of someone being hurt, controlled or afraid, so Heartwork offers "
        "no suggested words for it.",
        "If you are worried about your own anger or behaviour, or about your partner's "
        "safety, a helpline can talk it through with you in confidence.",
    )
    return Response("No suggested words for this one", steps), list(help.abuse)
