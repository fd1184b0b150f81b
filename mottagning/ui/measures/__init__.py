"""Outcome measures (skattningsformulär) on a client's page: entering a
questionnaire as the client answers it, and following change over time."""

from mottagning.ui.measures.administration import AdministrationDialog
from mottagning.ui.measures.chart import ProgressChart
from mottagning.ui.measures.chart_data import ChartPoint
from mottagning.ui.measures.tab import MeasuresTab
from mottagning.ui.measures.texts import label_language

__all__ = ["AdministrationDialog", "ChartPoint", "MeasuresTab", "ProgressChart", "label_language"]
