"""A table's outline — its caption with the names of its rows and columns — states what a
claim lists about the table's contents ("Table 2 compares A against B, C and D")
(claimcheck/evidence/retrieve.py). Made-up tables only."""

from __future__ import annotations

from claimcheck.evidence.judge import judge_version
from claimcheck.model import Claim, Mark, Passage, SourceVersion, VerdictLabel


def _version() -> SourceVersion:
    passages = [Passage("We study taggers for Breton.", 1, None, "sentence", 0),
                Passage("Table 2: Tagging accuracy of Quokka and the baselines.", 1, None, "caption", 1, table="Table 2")]
    k = 2
    for row, values in (("Quokka", (91.2, 88.0)), ("Lemmy", (89.9, 85.1)), ("Morfo", (87.5, 84.4))):
        passages.append(Passage(f"Table 2, row {row}: News {values[0]}; Tweets {values[1]}", 1, None, "table-row", k,
                                table="Table 2", row=row))
        k += 1
        for column, value in zip(("News", "Tweets"), values):
            passages.append(Passage(f"{value}", 1, None, "table-cell", k, table="Table 2", row=row, column=column))
            k += 1
    return SourceVersion("2301.00004", 1, passages, 1, "test")


def _judge(claim: str) -> VerdictLabel:
    return judge_version(Claim(1, claim, Mark.UNKNOWN, None, False), _version()).label


def test_the_outline_states_the_rows_and_columns_a_claim_lists() -> None:
    assert _judge("Table 2 compares Quokka against Lemmy and Morfo on news and tweets.") is VerdictLabel.SUPPORTED


def test_a_row_the_outline_lacks_is_missing() -> None:
    assert _judge("Table 2 compares Quokka against Lemmy, Morfo and Stanza.") is VerdictLabel.PARTLY_SUPPORTED


def test_a_claim_with_a_number_is_decided_by_the_rows_not_the_outline() -> None:
    assert _judge("In Table 2, Quokka reaches 91.2 on news.") is VerdictLabel.SUPPORTED
    assert _judge("In Table 2, Quokka reaches 92.4 on news.") is VerdictLabel.CONTRADICTED


def test_a_claim_that_ranks_the_rows_is_not_stated_by_the_outline() -> None:
    # the outline names Quokka, Lemmy and news; only the cells could say who is ahead
    assert _judge("Table 2 shows Lemmy beats Quokka and Morfo on news.") is not VerdictLabel.SUPPORTED
    assert _judge("Table 2 shows Quokka performs worse than Lemmy on news.") is not VerdictLabel.SUPPORTED
