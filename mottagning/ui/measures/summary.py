"""The live panel beside the answer sheet: score (so far), band, which side of
the clinical cut-off, how many items are answered, and any raised flag as a
calm but visible alert."""

from html import escape

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QVBoxLayout, QWidget

from mottagning.scoring import Instrument, ScoreResult, Validity
from mottagning.ui.measures.colours import MeasureColours
from mottagning.ui.measures.live import LiveScore
from mottagning.ui.measures.rows import shared_option_set
from mottagning.ui.measures.texts import format_score, format_value, label, option_label


class AlertBox(QFrame):
    """A raised flag: an amber edge and a light tint; it says what to do."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("flagAlert")
        self.text = QLabel(self)
        self.text.setObjectName("flagText")
        self.text.setWordWrap(True)
        self.saved = QLabel(self)
        self.saved.setObjectName("savedNote")
        self.saved.setWordWrap(True)
        self.saved.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 10, 8)
        layout.addWidget(self.text)
        layout.addWidget(self.saved)
        self.restyle()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()  # light and dark mode switched while open

    def restyle(self) -> None:
        # The application's palette: the frame's own is changed by the style sheet.
        colours = MeasureColours.of(QApplication.palette())
        sheet = (
            f"QFrame#flagAlert {{ background: {colours.alert_fill.name()};"
            f" border-left: 4px solid {colours.alert_edge.name()}; border-radius: 4px; }}"
        )
        if sheet != self.styleSheet():  # a style sheet change is itself a palette change
            self.setStyleSheet(sheet)


class LiveSummary(QWidget):
    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveSummary")
        self._instrument = instrument
        self.heading = QLabel(self)
        self.heading.setObjectName("scoreHeading")
        self.score = QLabel(self)
        self.score.setObjectName("liveScore")
        font = QFont(self.score.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        self.score.setFont(font)
        self.band = QLabel(self)
        self.band.setObjectName("liveBand")
        self.band.setWordWrap(True)  # "Under preliminärt gränsvärde för PTSD"
        bold = QFont(self.band.font())
        bold.setBold(True)
        self.band.setFont(bold)
        self.clinical = QLabel(self)
        self.clinical.setObjectName("liveClinical")
        self.clinical.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("liveStatus")
        self.status.setWordWrap(True)
        self.scale = QLabel(self._scale_text(), self)
        self.scale.setObjectName("scaleLegend")
        self.scale.setWordWrap(True)
        self.scale.setStyleSheet("color: palette(placeholder-text);")
        self.alert = AlertBox(self)
        self.alert.hide()
        self._flag_lines: list[str] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.heading, self.score, self.band, self.clinical, self.status):
            layout.addWidget(widget)
        layout.addSpacing(8)
        layout.addWidget(self.alert)
        layout.addStretch(1)
        layout.addWidget(self.scale)

    def set_instrument(self, instrument: Instrument) -> None:
        """The same questionnaire with other wording (the clinic loaded its text)."""
        self._instrument = instrument
        self.scale.setText(self._scale_text())

    def _scale_text(self) -> str:
        """The answers of a shared scale, always in sight when the header has
        scrolled away (HBI-19, CORE-OM)."""
        shared = shared_option_set(self._instrument.items)
        if shared is None or shared.options is None:
            return ""
        lines = [
            f"{option.value}  {option_label(option) or ''}".rstrip() for option in shared.options
        ]
        return "\n".join([self.tr("Answers:"), *lines])

    def show_live(self, live: LiveScore) -> None:
        instrument, shown = self._instrument, live.shown
        total = len(instrument.items)
        answered = live.result.answered
        if live.too_many_blank:
            self.heading.setText(self.tr("Score"))
            self.score.setText("–")
            self.band.setText(self.tr("Not scorable: too many unanswered items"))
            self.clinical.setText(
                self.tr(
                    "{blank} of {items} items unanswered; at most {allowed} may be missing."
                ).format(blank=live.left_blank, items=total, allowed=live.result.max_missing)
            )
        else:
            self.heading.setText(self.tr("Score") if live.complete else self.tr("Score so far"))
            self.score.setText(
                format_score(instrument, shown.total)
                + f"<span style='font-size:small; font-weight:normal'> / "
                f"{format_value(instrument.scoring.max)}</span>"
            )
            if live.complete or not instrument.higher_is_better:
                self.band.setText(self._band_text(shown, live.complete))
                clinical = self._cutoff_text(shown)
                if clinical and not live.complete and not shown.in_clinical_range:
                    clinical = self.tr("{side} so far").format(side=clinical)
                self.clinical.setText(clinical)
            else:  # the score so far can only rise: on a higher-is-better scale it says little
                self.band.setText(self.tr("Band when all items are answered"))
                self.clinical.clear()
        self.status.setText(self._status_text(live, answered, total))
        self._show_flags(live)

    def _cutoff_text(self, result: ScoreResult) -> str:
        """'In the clinical range (10 or more)' and the like, or '' when unknown."""
        instrument = self._instrument
        cutoff = instrument.clinical_cutoff.for_sex(result.sex)
        if result.in_clinical_range is None or cutoff is None:
            return ""
        value = format_value(cutoff)
        if not result.in_clinical_range:
            return self.tr("Below the clinical cut-off ({value})").format(value=value)
        if instrument.clinical_cutoff.case_if == ">=":
            return self.tr("In the clinical range ({value} or more)").format(value=value)
        return self.tr("In the clinical range ({value} or less)").format(value=value)

    def _band_text(self, shown: ScoreResult, complete: bool) -> str:
        if shown.band is None:
            return self.tr("Band: depends on the norm group (set when saved)")
        name = label(shown.band.label)
        return name if complete else self.tr("{band} so far").format(band=name)

    def _status_text(self, live: LiveScore, answered: int, total: int) -> str:
        parts = [self.tr("{answered} of {items} answered").format(answered=answered, items=total)]
        if live.result.validity is Validity.SCORABLE and live.result.prorated and live.complete:
            parts.append(
                self.tr("prorated for {count} unanswered").format(count=live.result.missing)
            )
        return " · ".join(parts)

    def _show_flags(self, live: LiveScore) -> None:
        lines = [f"<b>{escape(label(flag.meaning))}</b>" for flag in live.result.flags]
        self._flag_lines = list(lines)
        if lines:
            lines.append(
                escape(
                    self.tr(
                        "When you save, a draft journal note is started for your risk assessment."
                    )
                )
            )
        elif live.complete:
            meanings = {flag.id: flag.meaning for flag in self._instrument.flags}
            lines += [
                escape(
                    self.tr("Not checked, an item is unanswered: {meaning}").format(
                        meaning=label(meanings[flag_id])
                    )
                )
                for flag_id in live.result.unchecked_flags
            ]
        self.alert.text.setText("<br><br>".join(lines))
        self.alert.setVisible(bool(lines))

    def show_saved(self, text: str) -> None:
        """After saving a flagged form: the flags stay, and what happens next."""
        self.alert.text.setText("<br><br>".join(self._flag_lines))
        self.alert.saved.setText(text)
        self.alert.saved.show()
        self.alert.show()
