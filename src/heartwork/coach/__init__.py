"""The communication coach: a pure-Python library with no Django import.

    >>> from heartwork.coach import analyze, listen
    >>> analysis = analyze("You never listen to me!")
    >>> analysis.labels, analysis.suggestions[0]
    >>> listen("I feel lonely when you work late").reflection

Everything it needs ships in this package (rules, word lists, and a small model in
``data/model.npz``); nothing is fetched and no text leaves the process.
"""

from heartwork.coach.analysis import Analysis, Span, analyze, classify, is_harmful
from heartwork.coach.concern import Concern, Directory, directory_for
from heartwork.coach.labels import HARMFUL, HELPFUL, LABELS
from heartwork.coach.listen import Listening, listen

__all__ = [
    "HARMFUL",
    "HELPFUL",
    "LABELS",
    "Analysis",
    "Concern",
    "Directory",
    "Listening",
    "Span",
    "analyze",
    "classify",
    "directory_for",
    "is_harmful",
    "listen",
]
