"""``heartwork checkup stats``: how well the check-up measures, over all stored rounds."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from heartwork.checkup.instrument import load
from heartwork.checkup.norms import measure


class Command(BaseCommand):
    help = "Measurement quality of the check-up over every finished round."

    def add_arguments(self, parser: CommandParser) -> None:
        sub = parser.add_subparsers(dest="action", required=True)
        sub.add_parser("stats", help="Cronbach's alpha and item-total correlations per dimension")

    def handle(self, *args: Any, **options: Any) -> None:
        instrument = load()
        for s in measure():
            dimension = instrument.dimension(s.key)
            alpha = "n/a" if s.alpha is None else f"{s.alpha:.2f}"
            self.stdout.write(
                f"{dimension.name} ({s.key}): respondents {s.respondents}, alpha {alpha}"
            )
            for item, item_stat in zip(dimension.items, s.item_stats, strict=False):
                r = (
                    "n/a"
                    if item_stat.corrected_item_total is None
                    else f"{item_stat.corrected_item_total:.2f}"
                )
                flag = "  <- lowers alpha" if item_stat.lowers_alpha(s.alpha) else ""
                keyed = " (reverse)" if item.reverse else ""
                self.stdout.write(f"    r={r}  {item.key}{keyed}{flag}")
