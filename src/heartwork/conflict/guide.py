"""The room's own words: what each step asks, and the short calming guide of a break."""

from __future__ import annotations

TURN_PROMPTS: dict[str, dict[str, str]] = {
    "speak": {
        "label": "What I want to say",
        "help": "One thing at a time: what you feel, about what, and what you need.",
        "button": "Say it",
    },
    "reflect": {
        "label": "What I heard you say",
        "help": "Say their side back in your own words, without adding yours. "
        "You could start with “What I heard is…”.",
        "button": "Send my reflection",
    },
    "confirm": {
        "label": "A few words, if you like",
        "help": "When they've got it, tell them.",
        "button": "Yes, that's it",
    },
    "correct": {
        "label": "What's missing",
        "help": "Gently say what they didn't quite get, so they can try again.",
        "button": "Not quite",
    },
    "my_part": {
        "label": "My part, and what I regret",
        "help": "Only your own part, however small. Not theirs.",
        "button": "Share my part",
    },
    "apology": {
        "label": "My apology",
        "help": "Say what you're sorry for, in a sentence or two, without a “but”.",
        "button": "Offer my apology",
    },
    "accept": {
        "label": "A few words, if you like",
        "help": "",
        "button": "I accept your apology",
    },
    "not_yet": {
        "label": "A few words, if you like",
        "help": "It's all right not to be ready yet.",
        "button": "I'm not ready yet",
    },
    "plan": {
        "label": "Next time, I will…",
        "help": "One small thing you'll do differently. It can become a promise.",
        "button": "Share my plan",
    },
}

CALMING_GUIDE = (
    "Step away from the conversation and from your phone if you can.",
    "Breathe out slowly, longer than you breathe in, ten times.",
    "Do something that soothes you: a walk, music, a glass of water, a window.",
    "Try not to rehearse what you'll say. Your body needs the time to settle.",
    "When you come back, start with one thing you understand about your partner's side.",
)
