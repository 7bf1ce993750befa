"""The report as a PDF, drawn with fpdf2 (pure Python from PyPI: no system libraries).

It uses the PDF's built-in Helvetica, so no font file ships with the app. That font
covers Latin-1 only: typographic quotes and dashes are drawn as their plain forms, and
any other character the font cannot draw (a name in another script, say) becomes "?".
The page shows every character as written, and the PDF says so when it had to.
"""

from __future__ import annotations

from typing import Any

from fpdf import FPDF
from fpdf.fonts import FontFace

COLUMNS = 6  # rounds side by side in one table

PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u2192": "->",
    }
)


def latin1(text: str) -> str:
    return text.translate(PLAIN).encode("latin-1", "replace").decode("latin-1")


class _Report(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", size=8)
        self.set_text_color(90)
        self.cell(0, 8, f"Heartwork report - page {self.page_no()} of {{nb}}", align="C")


def render(snap: dict[str, Any]) -> bytes:
    """The presented snapshot (present.py) as PDF bytes."""
    pdf = _Report(format="A4")
    pdf.set_title(latin1(f"Heartwork report from {snap['name']}"))
    pdf.set_creator("Heartwork")
    pdf.set_auto_page_break(auto=True, margin=16)
    pdf.add_page()
    replaced = False

    def text(value: str) -> str:
        nonlocal replaced
        out = latin1(value)
        replaced = replaced or out != value.translate(PLAIN)
        return out

    pdf.set_font("Helvetica", "B", 18)
    pdf.multi_cell(0, 9, text(f"A report from {snap['name']}"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(
        0,
        6,
        text(
            f"Shared through Heartwork on {snap['made_at']:%d %B %Y}. It holds only what "
            f"{snap['name']} chose to share: " + "; ".join(snap["titles"]) + "."
        ),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    checkup = snap.get("checkup")
    if checkup:
        rounds = checkup["rounds"]
        heads = [f"Round {r['round']}\n{r['finished_at']:%d %b %Y}" for r in rounds]
        for section in checkup["sections"]:
            _heading(pdf, text(f"Check-up: {section['title']}"))
            _note(pdf, "Scores from 0 to 100; higher means more of it.")
            for cols in _columns(len(rounds)):
                rows = [[text(r["name"]), *_scores(r["scores"][cols])] for r in section["rows"]]
                _table(pdf, ["", *heads[cols]], rows)
        if checkup["closeness"]:
            _heading(pdf, "How close they feel")
            _note(pdf, text(f"The circles picture, {snap['closeness_scale']}."))
            values = _scores([r["closeness"] for r in rounds])
            for cols in _columns(len(rounds)):
                _table(pdf, ["", *heads[cols]], [["Closeness", *values[cols]]])
    trends = snap.get("trends")
    if trends is not None:
        _heading(pdf, "How the scores moved")
        if trends["rows"]:
            before, after = trends["rounds"]
            _table(
                pdf,
                ["", f"Round {before}", f"Round {after}", "A real change?"],
                [
                    [text(t["name"]), str(t["before"]), str(t["after"]), _real(t)]
                    for t in trends["rows"]
                ],
            )
        else:
            _note(pdf, "No score could be compared with the round before.")
    practice = snap.get("practice")
    if practice is not None:
        _heading(pdf, "Practice together")
        _note(pdf, f"Counts for the last {practice['days']} days, never what was written.")
        _table(pdf, ["", "Count"], [[text(label), str(n)] for label, n in practice["rows"]])
    if "conflict" in snap:
        _heading(pdf, "How disagreements have gone")
        conflict = snap["conflict"]
        if conflict:
            _note(pdf, "Counts for each month in the conflict room, never what was said.")
            rows = [[m["label"], *map(str, m["counts"])] for m in conflict["months"]]
            _table(pdf, ["Month", *conflict["heads"]], rows)
            if conflict["patterns"]:
                _note(pdf, "Turns the coach gently flagged and that were sent anyway:")
                _table(pdf, ["", "Count"], [[label, str(n)] for label, n in conflict["patterns"]])
        else:
            _note(pdf, "Nothing recorded yet.")
    if replaced:
        _note(
            pdf, "Some characters this PDF cannot draw are shown as '?'; the web page shows them."
        )
    return bytes(pdf.output())


def _columns(n: int) -> list[slice]:
    """Rounds in groups of ``COLUMNS``, so that a long history still fits the page."""
    return [slice(i, i + COLUMNS) for i in range(0, max(n, 1), COLUMNS)]


def _scores(values: list[int | None]) -> list[str]:
    return ["-" if v is None else str(v) for v in values]


def _real(trend: dict[str, Any]) -> str:
    if not trend["reliable"]:
        return "Within the usual ups and downs"
    return "Yes, up" if trend["after"] > trend["before"] else "Yes, down"


def _heading(pdf: FPDF, title: str) -> None:
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 8, title, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)


def _note(pdf: FPDF, words: str) -> None:
    pdf.set_font("Helvetica", "I", 9)
    pdf.multi_cell(0, 5, words, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)


def _table(pdf: FPDF, heads: list[str], rows: list[list[str]]) -> None:
    pdf.ln(1)
    first = max(40, 190 - 22 * (len(heads) - 1))
    widths = (first, *([(190 - first) / max(1, len(heads) - 1)] * (len(heads) - 1)))
    with pdf.table(
        col_widths=widths,
        text_align=("LEFT", *(["CENTER"] * (len(heads) - 1))),
        headings_style=FontFace(emphasis="BOLD", fill_color=(238, 232, 242)),
        line_height=5,
        first_row_as_headings=True,
    ) as table:
        for values in [heads, *rows]:
            row = table.row()
            for value in values:
                row.cell(value)
