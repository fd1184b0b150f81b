"""The questionnaire report: one client's results over time, with bands,
reliable change since the first and the chart. It stays with the client (or
goes with a referral, through the referral's own consent gate), so it needs
no recipient's basis; it reads the questionnaires under need to know, logged."""

from mottagning.errors import NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.letters import (
    InstrumentSeries,
    Letterhead,
    MeasureLine,
    QuestionnaireReportContent,
    RenderedDocument,
)
from mottagning.scoring import load_instrument
from mottagning.services.context import Context
from mottagning.services.measures import MeasureService
from mottagning.services.need_to_know import NeedToKnow
from mottagning.services.permissions import Action
from mottagning.storage.clients import ClientRepository


class QuestionnaireReportService:
    def __init__(
        self, context: Context, need_to_know: NeedToKnow, measures: MeasureService
    ) -> None:
        self._ctx = context
        self._need_to_know = need_to_know
        self._measures = measures
        self._clients = ClientRepository(context.db)

    def render(self, client_id: str, language: str = "sv") -> RenderedDocument:
        from mottagning.reports.questionnaire_report import WORDS, render_questionnaire_report  # noqa: PLC0415 (reportlab, when needed)

        self._need_to_know.require(client_id, Action.READ_JOURNAL)
        client = self._clients.get(client_id)
        if client is None:
            raise NotFound(what=Text("Things", "client"))
        language = language if language in WORDS else "sv"
        instrument_ids = sorted({r.instrument_id for r in self._measures.results(client_id)})
        series = []
        for instrument_id in instrument_ids:
            progress = self._measures.progress(client_id, instrument_id)
            scored = [p for p in progress if p.result.total is not None]
            if not scored:
                continue
            instrument = load_instrument(instrument_id)
            lines = tuple(
                MeasureLine(
                    instrument.short_name,
                    p.record.administered_on,
                    _number(p.result.total, language),
                    p.result.band.label.text(language) if p.result.band else "",
                )
                for p in scored
            )
            latest = scored[-1].change
            change = (
                latest.category.label.text(language)
                if latest is not None and latest.category is not None
                else ""
            )
            attribution = instrument.licence.attribution or ""
            series.append(
                InstrumentSeries(
                    instrument.short_name,
                    lines,
                    change,
                    attribution if instrument.licence.attribution_required else "",
                )
            )
        details = self._ctx.clinic.settings.details()
        letterhead = (
            Letterhead(details.name, details.address, details.phone)
            if client.contact_rules.may_use_clinic_name
            else Letterhead("", "", "")
        )
        content = QuestionnaireReportContent(
            language=language,
            letterhead=letterhead,
            client_name=client.full_name or client.alias,
            day=self._ctx.clinic.today(),
            series=tuple(series),
            author=f"{self._ctx.actor.full_name}, {self._ctx.actor.title}".strip(", "),
        )
        document = render_questionnaire_report(content)
        self._ctx.record(
            LogAction.QUESTIONNAIRE_REPORT_MADE, client_id=client_id, detail=str(len(series))
        )
        return document


def _number(total: float | int | None, language: str) -> str:
    text = f"{total:g}" if total is not None else ""
    return text.replace(".", ",") if language == "sv" else text
