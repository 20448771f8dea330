"""Numbers glued to their unit and numbers bound to the entity a claim names (issue 13): each
rule on made-up sentences, where it must fire and where it must not."""

from __future__ import annotations

import pytest

from claimcheck.evidence.judge import judge_claims
from claimcheck.evidence.quantities import extract_quantities, quantities_agree
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel

S, C, P, N = VerdictLabel.SUPPORTED, VerdictLabel.CONTRADICTED, VerdictLabel.PARTLY_SUPPORTED, VerdictLabel.NOT_FOUND

FILLER = [
    "We release our code and data.",
    "Section 5 discusses limitations.",
    "Related work is reviewed in Section 2.",
    "The appendix lists every hyper-parameter.",
]


def verdict(claim: str, sentences: list[str]) -> VerdictLabel:
    passages = [Passage(s, 1, None, "sentence", i) for i, s in enumerate(sentences + FILLER)]
    version = SourceVersion("2101.00001", 1, passages, 1, "test")
    source = Source(Reference("x", "2101.00001", 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label


@pytest.mark.parametrize(
    "text, values",
    [
        ("The cache shrinks from 3.1TB to 720GB.", [3.1, 720.0]),
        ("Each step takes 4.5ms on one card.", [4.5]),
        ("The shards hold 12GiB each.", [12.0]),
        ("The run used 8GPU-days in total.", [8.0]),
        ("Peak throughput is 1.7TFLOPS.", [1.7]),
        # a label or an ordinal is no measurement
        ("A 3D encoder was tried in the 1990s.", []),
        ("The 2nd stage is frozen.", []),
    ],
)
def test_a_unit_glued_to_its_number_is_read(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == values


SIZE = "Quantization cuts the memory of the large model from 3.1TB to 720GB during inference."


def test_a_changed_glued_number_contradicts_and_the_same_supports() -> None:
    assert verdict("Quantization cuts the large model's inference memory from 3.1TB to 720GB.", [SIZE]) == S
    assert verdict("Quantization cuts the large model's inference memory from 3.1TB to 520GB.", [SIZE]) == C


@pytest.mark.parametrize(
    "claim, source, agree",
    [
        ("up to 4 times", "up to 4 times", True),
        # the same bound quoted with another figure misquotes it
        ("up to 6 times", "up to 4 times", False),
        # a bound still covers a plain value inside it
        ("under 6 times", "4 times", True),
        # but a claim's "up to" names the most reached, which 4 times is not
        ("up to 6 times", "4 times", False),
        ("more than 300 pairs", "512 pairs", True),
    ],
)
def test_a_bound_quoted_against_the_same_bound(claim: str, source: str, agree: bool) -> None:
    from claimcheck.evidence.quantities import quantities_agree

    (a,) = extract_quantities(claim)
    (b,) = extract_quantities(source)
    assert quantities_agree(a, b) is agree


LAYERS = "The encoder and decoder of the parser have 12 and 4 layers, respectively."


def test_a_respectively_list_of_common_words_binds_its_numbers() -> None:
    from claimcheck.evidence.numbercheck import respective_words

    assert respective_words(LAYERS, extract_quantities(LAYERS)) == {0: "encoder", 1: "decoder"}
    # no "respectively": no pairing is read
    plain = "The encoder and decoder of the parser have 12 and 4 layers."
    assert respective_words(plain, extract_quantities(plain)) == {}


def test_numbers_swapped_between_respective_words_contradict() -> None:
    assert verdict("The parser's encoder has 12 layers and its decoder 4.", [LAYERS]) == S
    assert verdict("The parser's encoder has 4 layers and its decoder 12.", [LAYERS]) == C


STAGES = {
    "PARSING": {"Baseline": "71.2", "Extra Stages / Warmup": "73.0", "Extra Stages / Warmup + Distill": "72.4"},
    "TAGGING": {"Baseline": "88.1", "Extra Stages / Warmup": "88.9", "Extra Stages / Warmup + Distill": "89.6"},
}


def _table_verdict(claim: str, rows: dict[str, dict[str, str]] = STAGES,
                   caption: str = "Table 4: Results with extra training stages.", extra: tuple[str, ...] = ()) -> VerdictLabel:
    from tests.tablepassages import table_passages

    passages = table_passages("Table 4", rows, caption, labelled_rows=True)
    prose = FILLER + ["We tune Electra-small and Electra-large with both methods.", *extra]
    version = SourceVersion("2101.00001", 1, passages + [Passage(s, 1, None, "sentence", i) for i, s in enumerate(prose)], 1, "test")
    source = Source(Reference("x", "2101.00001", 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label


def test_two_columns_under_one_group_header_are_subtracted() -> None:
    # "Warmup" names its own level beside "Warmup + Distill": two columns, one difference
    assert _table_verdict("On PARSING, Warmup alone scores 0.6 above Warmup + Distill.") == S
    assert _table_verdict("On PARSING, Warmup alone scores 1.6 above Warmup + Distill.") == C


# rows written as a contracted model name and a method's initials, as tables abbreviate them
VARIANTS = {
    "ElecSmall (FT)": {"# Tuned Weights": "14.0M", "NER": "88.0", "POS": "95.1"},
    "ElecSmall (Prompt)": {"# Tuned Weights": "0.2M", "NER": "86.5", "POS": "95.4"},
    "ElecLarge (FT)": {"# Tuned Weights": "335.0M", "NER": "91.2", "POS": "96.0"},
    "ElecLarge (Prompt)": {"# Tuned Weights": "1.1M", "NER": "91.0", "POS": "96.3"},
}


VARIANTS_CAPTION = "Table 4: NER and POS accuracy of Electra models under full fine-tuning and prompting."


def test_shortened_header_words_are_named_by_the_words_they_shorten() -> None:
    from claimcheck.evidence.tables import _shortened_at, _tokens

    toks = _tokens("Prompting lowers Electra-small NER by 1.5 points against full fine-tuning.")
    assert _shortened_at("elecsmall", "ElecSmall (FT)", toks) == toks.index("electra-small")
    assert _shortened_at("ft", "ElecSmall (FT)", toks) == toks.index("fine-tuning")
    # another size is not this one; lower-case initials are a word, not an acronym
    assert _shortened_at("eleclarge", "ElecLarge (FT)", toks) == -1
    assert _shortened_at("ft", "ElecSmall (ft)", toks) == -1
    # two words are shortened as one hyphenated word is
    spaced = _tokens("Electra Small with prompting")
    assert _shortened_at("elecsmall", "ElecSmall (Prompt)", spaced) == 0
    assert _shortened_at("eleclarge", "ElecLarge (Prompt)", spaced) == -1


@pytest.mark.parametrize(
    "claim, label",
    [
        ("On NER, Electra-small with prompting lands 1.5 points below full fine-tuning.", S),
        ("On NER, Electra-small with prompting lands 1.5 points above full fine-tuning.", C),
        ("Prompting raises Electra-large POS accuracy by 0.3 over full fine-tuning.", S),
        ("Prompting raises Electra-large POS accuracy by 0.8 over full fine-tuning.", C),
    ],
)
def test_a_difference_between_abbreviated_rows(claim: str, label: VerdictLabel) -> None:
    assert _table_verdict(claim, VARIANTS, VARIANTS_CAPTION) == label


def test_a_count_header_is_named_by_the_noun_it_counts() -> None:
    from claimcheck.evidence.tables import header_score

    assert header_score("# Tuned Weights", "prompting tunes 0.2M weights") == 1
    assert header_score("# Tuned Weights", "prompting tunes 0.2M parameters") == 0
    assert _table_verdict("Electra-small with prompting (0.2M weights) scores 86.5 on NER.", VARIANTS, VARIANTS_CAPTION) == S
    assert _table_verdict("Electra-small with prompting (0.9M weights) scores 86.5 on NER.", VARIANTS, VARIANTS_CAPTION) in (C, P)


@pytest.mark.parametrize(
    "text, values",
    [
        ("It scores 41.2/19.0/38.4 on the summaries.", [41.2, 19.0, 38.4]),
        ("P/R/F1 of 81.2/79.0/80.1", [81.2, 79.0, 80.1]),
        # a name's slash list of parts holds no value
        ("Scores are ROUGE-1/2/L.", []),
    ],
)
def test_a_slash_list_of_values_is_read_whole(text: str, values: list[float]) -> None:
    assert [q.value for q in extract_quantities(text)] == values


SUMMARIES = {
    "ElecSmall (FT)": {"# Tuned Weights": "14.0M", "XSum / R1/R2/RL": "41.2/19.0/38.4"},
    "ElecSmall (Prompt)": {"# Tuned Weights": "0.2M", "XSum / R1/R2/RL": "40.1/18.2/37.5"},
}


def test_a_slash_list_is_checked_part_by_part_against_a_split_cell() -> None:
    caption = "Table 4: XSum ROUGE-1, ROUGE-2 and ROUGE-L of Electra models under full fine-tuning and prompting."
    assert _table_verdict("Electra-small with prompting scores 40.1/18.2/37.5 ROUGE-1/2/L on XSum.", SUMMARIES, caption) == S
    assert _table_verdict("Electra-small with prompting scores 40.1/18.2/38.4 ROUGE-1/2/L on XSum.", SUMMARIES, caption) == C


def test_a_ratio_of_cells_needs_the_measure_the_claim_compares() -> None:
    caption = VARIANTS_CAPTION
    # the counts' own ratio: 14.0M / 0.2M = 70x
    assert _table_verdict("Electra-small fine-tuning tunes 70 times more weights than prompting.", VARIANTS, caption) == S
    # "memory" is no column of the table: no ratio of weights decides it
    assert _table_verdict("Electra-small fine-tuning needs 3 times more memory than prompting.", VARIANTS, caption) != C


STEPS = [
    "For our small models, each update took about 0.3 seconds on one card.",
    "For our large models, an update took 0.9 seconds.",
]


def test_a_number_of_another_size_variant_is_not_the_claims() -> None:
    from claimcheck.evidence.numbercheck import other_variant

    assert other_variant("The large Parrot models took 0.3 seconds per update.", STEPS[0])
    assert not other_variant("The small Parrot models took 0.3 seconds per update.", STEPS[0])
    # "large" that sizes no model is no variant
    assert not other_variant("A large batch took 0.3 seconds per update.", STEPS[0])
    assert other_variant("Parrot (large) costs 2.0e18 FLOPs.", "Table 1, row Parrot (small): 2.0e18")
    assert not other_variant("Parrot (large) costs 2.0e18 FLOPs.", "Table 1, row Parrot (large): 2.0e18")
    assert verdict("Each update of the small models took about 0.3 seconds.", STEPS) == S
    assert verdict("Each update of the large models took about 0.3 seconds.", STEPS) != S


TRANSLATION = {
    "Parrot": {"BLEU / EN-DE": "27.1", "BLEU / EN-FR": "39.0"},
    "Finch": {"BLEU / EN-DE": "26.2", "BLEU / EN-FR": "40.3"},
    "Owl": {"BLEU / EN-DE": "25.0", "BLEU / EN-FR": "38.2"},
}
TRANSLATION_CAPTION = "Table 4: BLEU of Parrot, Finch and Owl translation models."
PAIRS = ("We evaluate on English-to-German and English-to-French translation.",)


def test_a_language_pair_header_is_named_by_the_pair_spelt_out() -> None:
    from claimcheck.evidence.tables import header_score

    assert header_score("BLEU / EN-DE", "BLEU on English-to-German") == 2
    assert header_score("BLEU / EN-DE", "BLEU on English to German") == 2
    assert header_score("BLEU / EN-DE", "BLEU on German-to-English") == 1
    assert _table_verdict("Parrot reaches 27.1 BLEU on English-to-German.", TRANSLATION, TRANSLATION_CAPTION, PAIRS) == S
    assert _table_verdict("Parrot reaches 39.0 BLEU on English-to-German.", TRANSLATION, TRANSLATION_CAPTION, PAIRS) == C


def test_a_superlative_over_a_kind_of_row_ranks_the_rows() -> None:
    # Parrot's best column is EN-FR, yet Finch is the strongest model there
    assert _table_verdict("Parrot is the strongest model on English-to-French.", TRANSLATION, TRANSLATION_CAPTION, PAIRS) == C
    assert _table_verdict("Finch is the strongest model on English-to-French.", TRANSLATION, TRANSLATION_CAPTION, PAIRS) == S


def test_a_mixed_case_name_is_not_an_abbreviation() -> None:
    from claimcheck.evidence.tables import header_score

    assert header_score("MoE", "the strongest model") == 0
    assert header_score("Params", "more parameters") == 1


@pytest.mark.parametrize(
    "claim, label",
    [
        # a verb of gain with "most" asks where the margin is largest; the number is that margin
        ("For Electra-small, NER is where prompting gains most over full fine-tuning, -1.5 points.", C),
        ("For Electra-small, POS is where prompting gains most over full fine-tuning, 0.3 points.", S),
        ("For Electra-small, POS is where prompting gains most over full fine-tuning, 0.9 points.", C),
    ],
)
def test_where_a_margin_is_largest_and_its_size(claim: str, label: VerdictLabel) -> None:
    assert _table_verdict(claim, VARIANTS, VARIANTS_CAPTION) == label


def test_a_plain_word_between_over_and_the_baseline_keeps_it_the_baseline() -> None:
    from claimcheck.evidence.tables import _after_baseline_word

    toks = ["gains", "over", "full", "fine-tuning"]
    assert _after_baseline_word(toks, 3)
    # a word that is no plainness makes it no baseline
    assert not _after_baseline_word(["gains", "over", "prompted", "fine-tuning"], 3)


CORPORA = ["Table 2, row LEGAL: Pretraining Corpus 1.9M court rulings from CourtNet; # Tokens 4.20B; Size 31GB"]


def test_a_written_unit_binds_a_changed_number_to_its_rival() -> None:
    from claimcheck.evidence.quantities import unit_word

    (q,) = extract_quantities("The corpus takes 31GB.")
    assert unit_word("The corpus takes 31GB.", q) == "GB"
    (q,) = extract_quantities("The corpus takes 31 GB on disk.")
    assert unit_word("The corpus takes 31 GB on disk.", q) == "GB"
    (q,) = extract_quantities("The corpus has 31 documents.")
    assert unit_word("The corpus has 31 documents.", q) is None
    row = Passage(CORPORA[0], 2, None, "table-row", 50, table="Table 2", row="LEGAL")
    prose = [Passage(t, 1, None, "sentence", i) for i, t in enumerate(FILLER)]
    source = Source(Reference("x", "2101.00001", 1), SourceStatus.OK, None,
                    [SourceVersion("2101.00001", 1, [row, *prose], 1, "test")])
    for claim, label in (("The LEGAL corpus is 31GB of text from 1.9M court rulings.", S),
                         ("The LEGAL corpus is 34GB of text from 1.9M court rulings.", C)):
        assert judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label == label


@pytest.mark.parametrize(
    "text, found",
    [
        ("The run took roughly a day.", [(1.0, "day", "about")]),
        ("It trains in under an hour.", [(1.0, "hour", "at most")]),
        # without a bound or an "about", "a day" is no measured span
        ("A day of tuning follows.", []),
        ("Checkpoints are saved once a day.", []),
    ],
)
def test_one_unit_of_time_after_a_bound_is_a_duration(text: str, found: list[tuple[float, str, str]]) -> None:
    assert [(q.value, q.noun, q.approx) for q in extract_quantities(text)] == found


def test_a_day_against_twelve_hours() -> None:
    source = ["We trained the small models for 20,000 steps or 12 hours."]
    assert verdict("The 20,000 training steps of the small models took roughly half a day.", source) == S
    # a day is not twelve hours: never supported (contradicted once the words match well enough)
    assert verdict("The 20,000 training steps of the small models took roughly a day.", source) in (C, P)


SHARDS = {
    "LEGAL": {"Pretraining Corpus": "1.9M court rulings", "# Tokens": "4.20B", "Size": "31GB"},
    "MEDICAL": {"Pretraining Corpus": "3.1M case notes", "# Tokens": "5.05B", "Size": "36GB"},
    "PATENTS": {"Pretraining Corpus": "0.7M filings", "# Tokens": "1.12B", "Size": "9GB"},
}
SHARDS_CAPTION = "Table 4: The pretraining corpus of each domain: tokens and size."
SHARDS_PROSE = ("We pretrain on LEGAL, MEDICAL and PATENTS text.",)


@pytest.mark.parametrize(
    "claim, label",
    [
        # the counted noun picks "# Tokens" among the named columns
        ("The LEGAL pretraining corpus holds 4.20B tokens.", S),
        ("The LEGAL pretraining corpus holds 5.05B tokens.", C),
        # the written unit picks the one column written in it, named or not
        ("The PATENTS pretraining corpus has 1.12B tokens and takes 9GB.", S),
        ("The PATENTS pretraining corpus has 1.12B tokens and takes 31GB.", C),
    ],
)
def test_a_cell_found_by_the_noun_or_unit_of_the_claims_number(claim: str, label: VerdictLabel) -> None:
    assert _table_verdict(claim, SHARDS, SHARDS_CAPTION, SHARDS_PROSE) == label


SYSTEMS = {
    "Parrot": {"BLEU / EN-DE": "27.1", "BLEU / EN-FR": "39.0"},
    "Parrot Ensemble": {"BLEU / EN-DE": "28.0", "BLEU / EN-FR": "40.0"},
    "Finch": {"BLEU / EN-DE": "26.2", "BLEU / EN-FR": "40.3"},
    "Finch Ensemble": {"BLEU / EN-DE": "27.0", "BLEU / EN-FR": "41.0"},
}


@pytest.mark.parametrize(
    "claim, label",
    [
        ("The two ensembles in the BLEU table average 40.5 on English-to-French.", S),
        ("The two ensembles in the BLEU table average 39.7 on English-to-French.", C),
        ("The three ensembles in the BLEU table average 40.5 on English-to-French.", C),
    ],
)
def test_rows_named_by_a_shared_word_are_averaged_and_counted(claim: str, label: VerdictLabel) -> None:
    assert _table_verdict(claim, SYSTEMS, TRANSLATION_CAPTION, PAIRS) == label


def test_a_plural_every_row_shares_is_no_group() -> None:
    from claimcheck.evidence.tables import Table, _row_groups

    t = Table("Table 1", ["A model", "B model"], ["x"], {})
    assert _row_groups(t, ["the", "models"]) == []
    t = Table("Table 1", ["A model", "B model", "C"], ["x"], {})
    assert _row_groups(t, ["the", "models"]) == [("model", ["A model", "B model"])]


@pytest.mark.parametrize(
    "claim, label",
    [
        # "total" as a verb sums the column over its rows: 4.20B + 5.05B + 1.12B = 10.37B
        ("The three domain corpora total about 10.4 billion tokens.", S),
        ("The three domain corpora total about 15 billion tokens.", C),
        # of one named row it is that row's value, no sum
        ("The LEGAL pretraining corpus totals 4.20B tokens.", S),
    ],
)
def test_total_as_a_verb(claim: str, label: VerdictLabel) -> None:
    assert _table_verdict(claim, SHARDS, SHARDS_CAPTION, SHARDS_PROSE) == label


@pytest.mark.parametrize(
    "claim, sentences, label",
    [
        # a margin ("by N") is no level ("a perplexity of N"): the difference decides
        ("On the news set, Wren lowers perplexity by 0.41 relative to Heron.",
         ["On the news set, Wren reaches a perplexity of 9.12 compared to 9.53 for Heron."], S),
        ("On the news set, Wren lowers perplexity by 0.83 relative to Heron.",
         ["On the news set, Wren reaches a perplexity of 9.12 compared to 9.53 for Heron."], C),
        # a margin against a level alone is not contradicted by it
        ("Wren's accuracy beats the spring forecast by 6.2 points.",
         ["Wren even outperforms the expert forecast for autumn of 58.3% accuracy."], N),
        # a level against a level still is
        ("Wren beats the expert forecast of 61.0% accuracy.",
         ["Wren even outperforms the expert forecast of 58.3% accuracy."], C),
    ],
)
def test_a_margin_is_compared_with_margins_not_levels(claim: str, sentences: list[str], label: VerdictLabel) -> None:
    assert verdict(claim, sentences) is label


def test_a_count_of_things_is_no_score_in_points() -> None:
    # "7 pretraining tasks" counts tasks; "7.0 points" is a score: neither states the other.
    (points,) = extract_quantities("a gain of 7.0 points")
    (tasks,) = extract_quantities("a set of 7 pretraining tasks")
    assert not quantities_agree(points, tasks) and not quantities_agree(tasks, points)
    (again,) = extract_quantities("a gain of 7 points")
    assert quantities_agree(points, again)


@pytest.mark.parametrize(
    "claim, source, agree",
    [
        # "almost" and "nearly" stop short of their number: a value above it is another
        ("The sieve removes 6.4% of the pages.", "The sieve removes almost 6% of the pages.", False),
        ("The sieve removes 5.8% of the pages.", "The sieve removes almost 6% of the pages.", True),
        ("The sieve removes 6% of the pages.", "The sieve removes nearly 6% of the pages.", True),
        ("The sieve removes nearly 6% of the pages.", "The sieve removes 6.3% of the pages.", False),
        ("The sieve removes nearly 6% of the pages.", "The sieve removes 5.7% of the pages.", True),
        # "about" may lie either side
        ("The sieve removes 6.3% of the pages.", "The sieve removes about 6% of the pages.", True),
    ],
)
def test_almost_a_number_is_below_it(claim: str, source: str, agree: bool) -> None:
    a, b = extract_quantities(claim)[0], extract_quantities(source)[0]
    assert quantities_agree(a, b) is agree


def test_a_name_between_two_numbers_binds_neither_firmly() -> None:
    source = ["The TQ Archive is a web crawl.",
              "It is a set of 4.2M pages from Web forums, which were crawled from Zebrafind's results to 2M queries."]
    claim = "The TQ Archive holds 4.2 million pages crawled from Zebrafind results to two million queries."
    assert verdict(claim, source) is S
    # a comma parts the numbers: the name is the first number's, and the passage gives it another
    assert verdict("Recall is 11.4% for Swahili, and 15.7% for Urdu.",
                   ["Recall is 15.7% for Swahili, and 11.4% for Urdu."]) is C


@pytest.mark.parametrize(
    "text, unit, noun",
    [
        # a noun naming a ratio makes "N times" a factor
        ("At full depth the parser's overhead reaches 12K times.", "x", None),
        ("Caching gives a speedup of 35 times on long inputs.", "x", None),
        # otherwise "N times" counts occasions
        ("We repeat every run 5 times.", None, "time"),
    ],
)
def test_times_after_a_ratio_noun_is_a_factor(text: str, unit: str | None, noun: str | None) -> None:
    q = extract_quantities(text)[0]
    assert (q.unit, q.noun) == (unit, noun)


def test_a_factor_in_times_against_one_written_with_x() -> None:
    source = ["At depth 500 the parser's overhead is 900x.", "It then reaches 12,000x at depth 4000."]
    assert verdict("At depth 4000, the parser's overhead reaches 12K times.", source) is S
    assert verdict("At depth 4000, the parser's overhead reaches 15K times.", source) is C


SITES = {
    "Harbour East": {"Quokka": "12.0", "Otter": "15.0"},
    "Harbour West": {"Quokka": "20.5", "Otter": "22.0"},
    "Ridge": {"Quokka": "30.0", "Otter": "28.0"},
    "Average": {"Quokka": "20.8", "Otter": "21.7"},
}


@pytest.mark.parametrize(
    "claim, label",
    [
        # the rows a name opens, counted by the plural after it; "averages" is a verb, not the Average row
        ("On the two Harbour sites, Quokka's error averages 16.25.", S),
        ("On the two Harbour sites, Quokka's error averages 20.8.", C),
        ("On the three Harbour sites, Quokka's error averages 16.25.", C),
        # the Average row itself, named as a noun
        ("Quokka's average error is 20.8.", S),
    ],
)
def test_rows_opened_by_a_shared_name_are_averaged(claim: str, label: VerdictLabel) -> None:
    assert _table_verdict(claim, SITES, "Table 4: Error of Quokka and Otter per site.",
                          ("Quokka and Otter are evaluated at the Harbour and Ridge sites.",)) == label


@pytest.mark.parametrize(
    "text, values",
    [
        ("The tagger trains in one-seventh the time the parser needs.", [1 / 7]),
        ("Two-ninths of the pages are duplicates.", [2 / 9]),
        # an ordinal that ranks is no fraction
        ("We add a seventh layer on top.", []),
    ],
)
def test_sevenths_and_ninths_hyphenated_are_fractions(text: str, values: list[float]) -> None:
    assert [round(q.value, 6) for q in extract_quantities(text)] == [round(v, 6) for v in values]


def test_a_fraction_of_the_time_against_another_fraction() -> None:
    source = ["The tagger trains in one-seventh the time that the parser needs."]
    assert verdict("The tagger trains in one-fifth of the time the parser needs.", source) is not S
    assert verdict("The tagger trains in one-seventh of the time the parser needs.", source) is S


@pytest.mark.parametrize(
    "text, value",
    [
        ("The smoothing term is 10^-6 in all runs.", 1e-6),
        ("We clip at 10^{-3} and decay the rate.", 1e-3),
        ("A tolerance of 10^(−5) suffices.", 1e-5),
        ("The sweep ends at 10^4.", 1e4),
    ],
)
def test_a_bare_power_of_ten_is_one_number(text: str, value: float) -> None:
    qs = extract_quantities(text)
    assert len(qs) == 1 and qs[0].value == pytest.approx(value)


def test_a_power_of_ten_meets_the_same_number_written_out() -> None:
    source = extract_quantities("The smoothing term is 10^-6 in all runs.")[0]
    assert quantities_agree(extract_quantities("The smoothing term is 0.000001.")[0], source)
    assert quantities_agree(extract_quantities("The smoothing term is 1e-6.")[0], source)
    assert not quantities_agree(extract_quantities("The smoothing term is 1e-5.")[0], source)
    # a power of another base, or with a mantissa, is not read as a bare power of ten (a
    # power of two is its own value: test_evidence_number_written)
    assert [q.value for q in extract_quantities("The grid has 2^10 cells.")] == [1024.0]
    assert [q.value for q in extract_quantities("A rate of 3 × 10^-4 works.")] == [pytest.approx(3e-4)]


@pytest.mark.parametrize(
    "text, unit",
    [
        ("Our trees are seven times deeper than the baselines.", "x"),
        ("The probe is 3 times cheaper than fine-tuning.", "x"),
        # a count of occasions, not a factor
        ("The schedule restarts five times per epoch.", None),
        ("We repeat the sweep three times over.", None),
    ],
)
def test_any_comparative_after_times_makes_a_factor(text: str, unit: str | None) -> None:
    assert extract_quantities(text)[0].unit == unit


def test_a_factor_in_words_meets_the_same_factor_in_digits() -> None:
    source = "Our trees reach 60 levels, 7x deeper than the baselines."
    assert verdict("The trees are seven times deeper than the baselines.", [source]) == S
    assert verdict("The trees are five times deeper than the baselines.", [source]) == C


def test_a_bracketed_interval_is_a_range() -> None:
    (q,) = extract_quantities("Weights start uniform in [-0.05, 0.05].")
    assert (q.value, q.upper) == (-0.05, 0.05)
    source = extract_quantities("Weights start uniform between -0.05 and 0.05.")[0]
    assert quantities_agree(q, source)
    assert not quantities_agree(extract_quantities("Weights start uniform in [-0.5, 0.5].")[0], source)
    # a reference list or a reversed pair is no interval
    assert [x.value for x in extract_quantities("as shown in [12, 7].")] == [12.0, 7.0]
    assert [x.value for x in extract_quantities("as shown in [3, 12].")] == [3.0, 12.0]
    assert extract_quantities("Scores are scaled to [0, 1].")[0].upper == 1.0


def test_an_interval_holds_no_value_it_bounds() -> None:
    # "scaled to [-1, 1]" states no 0.2, though 0.2 lies inside it; a range "0.1-0.3" does
    claim = extract_quantities("The final weight is 0.2.")[0]
    assert not quantities_agree(claim, extract_quantities("Inputs are scaled to [-1, 1].")[0])
    assert quantities_agree(claim, extract_quantities("Weights of 0.1-0.3 are used.")[0])


@pytest.mark.parametrize(
    "text, value",
    [
        ("The graph has a quarter of a million nodes.", 250_000.0),
        ("We mine three quarters of a billion tokens.", 750_000_000.0),
        ("Half of a million pages were kept.", 500_000.0),
    ],
)
def test_a_share_of_a_scale_word_is_one_number(text: str, value: float) -> None:
    qs = extract_quantities(text)
    assert len(qs) == 1 and qs[0].value == value


def test_a_quarter_of_the_data_is_still_a_share() -> None:
    # no scale word after "of a": the share stays a share
    assert extract_quantities("A quarter of the data is noisy.")[0].value == 0.25


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("The probe needs two to four times less memory.", 2.0, 4.0, "x"),
        ("We average between five and ten runs.", 5.0, 10.0, None),
        ("The probe needs 2-4x less memory.", 2.0, 4.0, "x"),
    ],
)
def test_a_range_in_words_or_with_a_factor_sign_is_one_range(text: str, low: float, high: float, unit: str | None) -> None:
    (q,) = extract_quantities(text)
    assert (q.value, q.upper, q.unit) == (low, high, unit)


def test_words_joined_by_and_without_between_stay_as_before() -> None:
    # "five and ten runs" is no range without "between"; a larger first word is no range
    assert all(q.upper is None for q in extract_quantities("We tried four to two seeds."))
    assert extract_quantities("The probe needs two to four times less memory.")[0].text == "two to four times"


def test_a_hyphenated_n_in_m_is_a_share() -> None:
    (q,) = extract_quantities("The parser has a two-in-five chance of winning.")
    assert q.value == pytest.approx(0.4)
    assert quantities_agree(q, extract_quantities("The parser wins 40% of the time.")[0])


def test_a_slash_rate_counts_its_first_part() -> None:
    # "900 words/sec/GPU" counts words, as "900 words per second per GPU" does
    rate = extract_quantities("The tagger reads about 900 words/sec/GPU.")[0]
    assert rate.noun == "word"
    assert quantities_agree(extract_quantities("The tagger reads about 900 words per second per GPU.")[0], rate)
    # a slash between two modifiers of a head stays one compound ("question/answer pairs")
    assert extract_quantities("We collect 12 question/answer pairs.")[0].noun == "question-answer pair"


def test_from_one_word_to_another_is_two_levels() -> None:
    assert [q.value for q in extract_quantities("Going from two to six layers raises the score.")] == [2.0, 6.0]
