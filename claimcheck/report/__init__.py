"""Reading reports into :class:`claimcheck.model.Report` values."""

from claimcheck.report.reader import MAX_REPORT_BYTES, find_reports, parse_bytes, read_report
from claimcheck.report.text import parse_report_text

__all__ = ["MAX_REPORT_BYTES", "find_reports", "parse_bytes", "parse_report_text", "read_report"]
