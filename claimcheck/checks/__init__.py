"""Report-level findings: ``report`` (one report on its own), ``crossreport`` (several
reports of one run), ``question`` (research question vs claims) and ``sources`` (against
the fetched papers and our verdicts)."""
