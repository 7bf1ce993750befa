"""The fourteen labels of the coach (see shared/coach-labels.md) and why each matters.

The explanations are shown beside a highlighted span: one kind sentence that says what
the words tend to do between two people, never what the writer is.
"""

from __future__ import annotations

HARMFUL = (
    "criticism",
    "contempt",
    "defensiveness",
    "stonewalling",
    "blame",
    "absolute",
    "minimizing",
    "fixing",
)
HELPFUL = ("i_statement", "appreciation", "validation", "reflection", "repair", "open_question")
LABELS = HARMFUL + HELPFUL

# Said in every flag's explanation: the one distinction that turns most hard messages
# into ones a partner can hear. A complaint can be answered; criticism can only be
# defended against.
COMPLAINT_VS_CRITICISM = (
    "A complaint names one thing they did and how it left you feeling; criticism goes "
    "after who they are."
)

WHY = {
    "criticism": "Words about who someone is, rather than what they did, tend to feel like an "
    "attack, so the other person defends instead of hearing the need underneath. "
    + COMPLAINT_VS_CRITICISM
    + " \u201cI felt alone when you worked late\u201d can be heard; \u201cyou're selfish\u201d "
    "usually can't.",
    "contempt": "Mockery, sarcasm or name-calling tells the other person they are beneath you, "
    "and it wears away the safety that closeness needs. Underneath there is usually a "
    "complaint worth saying plainly. " + COMPLAINT_VS_CRITICISM,
    "defensiveness": "An excuse or a counter-complaint is a natural way to protect yourself, but "
    "it can leave your partner feeling that their concern didn't land. "
    + COMPLAINT_VS_CRITICISM
    + " When it is a complaint, hearing it first and giving your side after keeps it small.",
    "stonewalling": "Shutting the conversation down can feel like relief, yet it often leaves "
    "the other person alone with the problem; saying you need a break, and when you'll be "
    "back, keeps the door open. " + COMPLAINT_VS_CRITICISM + " Either can wait for a calmer "
    "moment, as long as you say when.",
    "blame": "Saying the other person makes you feel something hands them your feeling; owning "
    "it as yours invites them to help instead of defend. "
    + COMPLAINT_VS_CRITICISM
    + " \u201cI felt anxious when you drove fast\u201d is a complaint.",
    "absolute": "'Always' and 'never' turn one moment into a verdict, and the other person will "
    "usually argue with the exception instead of the point. "
    + COMPLAINT_VS_CRITICISM
    + " Naming this one time keeps it a complaint.",
    "minimizing": "Shrinking a feeling, even to comfort, can leave someone feeling unseen; "
    "feelings tend to ease once they're acknowledged. "
    + COMPLAINT_VS_CRITICISM
    + " When your partner brings a complaint, the feeling in it is the part to hear.",
    "fixing": "Advice that comes before listening can feel like being handed a to-do list; "
    "asking whether they want ideas or an ear lets them choose. "
    + COMPLAINT_VS_CRITICISM
    + " A complaint or a worry shared is usually a feeling first and a problem second.",
    "i_statement": "Naming your own feeling and what you need lets your partner understand you "
    "without feeling accused.",
    "appreciation": "Thanks and warmth, said out loud, are what closeness is built from day to "
    "day.",
    "validation": "Saying a feeling makes sense helps your partner feel understood, which "
    "usually matters more than agreeing.",
    "reflection": "Saying back what you heard shows you were listening and lets your partner "
    "correct anything you missed.",
    "repair": "An apology or a pause to cool down turns a hard moment back toward each other.",
    "open_question": "An open question invites your partner to share more, and tells them you "
    "want to know.",
}

# What a person reads on screen: words they would say themselves. The technical names
# (the label keys, and the research terms behind them) are in docs/coach.md.
NAMES = {
    "criticism": "Attacking who they are",
    "contempt": "Mocking or insulting",
    "defensiveness": "Defending instead of hearing",
    "stonewalling": "Shutting down",
    "blame": "Putting your feeling on them",
    "absolute": "Always or never",
    "minimizing": "Making their feeling smaller",
    "fixing": "Advice they didn\u2019t ask for",
    "i_statement": "Saying how you feel",
    "appreciation": "Thanks and warmth",
    "validation": "Saying their feeling makes sense",
    "reflection": "Saying back what you heard",
    "repair": "Mending things",
    "open_question": "A question that invites more",
}
