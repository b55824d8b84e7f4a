"""Numbers on the console, the room's screen and the profile in the interface's language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDoubleSpinBox
from pytestqt.qtbot import QtBot

from xsector_desktop.core.model import Reason
from xsector_desktop.core.scales import load_scales
from xsector_desktop.core.signals import RoundSignals
from xsector_desktop.core.stance import Stance
from xsector_desktop.ui import numbers
from xsector_desktop.ui.controllers.presenting import AudienceCard
from xsector_desktop.ui.controllers.profile import ProfileRow
from xsector_desktop.ui.decimal_spin_box import DecimalSpinBox
from xsector_desktop.ui.profile.rows import ProfileGrid
from xsector_desktop.ui.room.audience_card import AudienceCardPage
from xsector_desktop.ui.translations import install_translators, remove_translators
from xsector_desktop.ui.views.signals_panel import SignalsPanel

# language -> how it writes 0.82, +0.81, 1.5 and 46 percent
WRITTEN = {
    "es": ("0,82", "+0,81", "1,5", "46\u00a0%"),
    "en": ("0.82", "+0.81", "1.5", "46%"),
}
STANCE = Stance("mostly", "fits", above=0.456, below=0.2, middle=0.344, mean_rank=3.4)


@pytest.fixture(params=sorted(WRITTEN))
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The interface as it starts in that language (its translations and its numbers)."""
    installed = install_translators(qapp, request.param)
    if request.param != "en":
        assert installed, "the .qm is not built: run scripts/build-translations"
    yield request.param
    remove_translators(qapp, installed)


def signals() -> RoundSignals:
    return RoundSignals(
        card="shared-vision",
        round=2,
        n=12,
        distribution={1: 1, 2: 1, 3: 2, 4: 4, 5: 4},
        ranked_n=12,
        mean_rank=3.75,
        agreement_a=0.81,
        consensus=0.82,
        dispersion_leik=0.2,
        blocks=0,
        apart={},
        sector_split=None,
        role_split=None,
        open_objections=0,
        level="watch",
        reasons=(
            Reason("sector_split", {"group_a": "business", "group_b": "community", "gap": 1.5}),
            Reason("low_consensus", {"consensus": 0.82, "threshold": 0.85}),
        ),
        convergence=0.125,  # exactly half a hundredth: format() writes 0.12
        type_choices={},
        stance=STANCE,
    )


def test_the_signal_panel_writes_numbers_as_its_words(qtbot: QtBot, language: str) -> None:
    consensus, agreement, gap, _ = WRITTEN[language]
    other = WRITTEN["en" if language == "es" else "es"]
    panel = SignalsPanel()
    qtbot.addWidget(panel)
    panel.refresh(signals(), current_hidden=False)
    figures = panel.figures.text()
    assert consensus in figures and agreement in figures
    assert other[0] not in figures and other[1] not in figures
    reasons = panel.reasons.text()
    assert f" {gap} " in reasons  # the groups' gap, with one decimal
    assert f"{consensus}" in reasons and ("0,85" if language == "es" else "0.85") in reasons
    assert ("0,12" if language == "es" else "0.12") in panel.convergence.text()
    assert figures in panel.accessibleDescription()  # a screen reader hears the same numbers


def test_the_room_sees_consensus_in_its_language(qtbot: QtBot, language: str) -> None:
    page = AudienceCardPage(load_scales()["agree5"])
    qtbot.addWidget(page)
    card = AudienceCard(
        key="shared-vision",
        title="Shared vision",
        is_cycle=False,
        group="trait",
        number=1,
        position=1,
        total=10,
        types=("Collaborative",),
        definition="",
        question="",
        round=1,
        revealed=True,
        voted=12,
        distribution={1: 1, 2: 1, 3: 2, 4: 4, 5: 4},
        level="watch",
        stance=STANCE,
        consensus=0.82,
        agreement_a=0.81,
    )
    page.show_card(card)
    measures = page.measures.text()
    assert measures.startswith("Consenso 0,82," if language == "es" else "Consensus 0.82,")
    assert not page.measures.isHidden()


def test_the_profile_rows_write_consensus_and_support_in_its_language(
    qtbot: QtBot, language: str
) -> None:
    consensus, _, _, share = WRITTEN[language]
    grid = ProfileGrid(14.0)
    qtbot.addWidget(grid)
    row = ProfileRow(
        card="shared-vision",
        title="Shared vision",
        group="trait",
        framework_types=("Collaborative",),
        rounds=1,
        position_value=4,
        position_label="Agree",
        support_share=0.456,
        consensus=0.82,
        level="watch",
        type_choices={},
        stance=STANCE,
    )
    grid.show_rows([row])
    texts = [label.text() for label, _, _ in grid._labels]
    assert consensus in texts
    assert any(text.endswith(f"{share} support") or f" {share} de apoyo" in text for text in texts)


def test_spin_boxes_write_the_languages_decimal_mark(qtbot: QtBot, language: str) -> None:
    spin = QDoubleSpinBox()  # Qt's own: it follows the default locale the language set
    qtbot.addWidget(spin)
    spin.setDecimals(2)
    spin.setValue(0.82)
    assert spin.text() == WRITTEN[language][0]
    assert QLocale().toDouble(numbers.decimal(0.82))[0] == pytest.approx(0.82)


@pytest.mark.parametrize("typed", ["0.45", "0,45"])
def test_a_threshold_takes_a_point_or_a_comma(qtbot: QtBot, language: str, typed: str) -> None:
    spin = DecimalSpinBox()
    qtbot.addWidget(spin)
    spin.setDecimals(2)
    spin.setRange(0.0, 1.0)
    spin.setValue(0.7)
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, typed)  # keys go to the spin box, as focus sends them
    spin.interpretText()
    assert spin.value() == pytest.approx(0.45)
    assert spin.text() == ("0,45" if language == "es" else "0.45")


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=200)
@given(value=st.floats(min_value=-1000, max_value=1000), places=st.integers(0, 3))
def test_qt_reads_back_what_the_screen_wrote(language: str, value: float, places: int) -> None:
    """What a spin box or a person copying it reads is the number, rounded, in either language."""
    text = numbers.decimal(value, places, signed=value > 0)
    read, ok = QLocale().toDouble(text)
    assert ok, text
    assert read == pytest.approx(round(value, places), abs=10**-places)
