"""Line-end hyphens (issue 12): a compound pdflatex broke at its own hyphen keeps it, a word
broken between syllables is joined. The words are those the corpus (data/realpapers) and
the fixture paper break at a line end; the rule is sentences.keep_hyphen's docstring."""

from __future__ import annotations

from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from claimcheck.sources.extract import extract_pdf
from claimcheck.sources.sentences import join_lines, keep_hyphen, vocabulary

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "data" / "realpapers"
FIXTURE = Path(__file__).parent / "fixtures" / "papers" / "2612.99901v1.pdf"


@cache
def texts(path: Path) -> tuple[str, ...]:
    return tuple(p.text for p in extract_pdf(path).passages)


@pytest.mark.parametrize(
    ("head", "tail", "vocab"),
    [
        # Both halves words (printed whole or common English), the joined form nowhere.
        ("question", "answering", Counter({"answering": 1, "question": 2})),
        ("language", "understanding", Counter({"language": 3, "understanding": 1})),
        ("higher", "level", Counter({"level": 1})),
        ("single", "number", Counter({"number": 1})),
        ("machine", "translated", Counter({"translated": 3})),
        ("code", "switched", Counter()),
        ("better", "tuned", Counter({"better": 1, "tuned": 1})),
        # The tail goes on with its own hyphen: a chain.
        ("proof", "of-concept", Counter()),
        # The document's words that start with the hyphenated form.
        ("pre", "train", Counter({"pre-training": 3, "pre-trained": 1})),
        # Evidence of its own, capitals, prefixes: as before.
        ("fine", "tuned", Counter({"fine-tuned": 2})),
        ("PAWS", "X", Counter()),
        # An acronym before a lower-case word: a name and a word, not syllables.
        ("BERT", "based", Counter()),
        ("GPT", "style", Counter({"style": 1})),
        # Common tails of open compounds in papers, with nothing else to go on.
        ("entity", "centric", Counter()),
        ("time", "consuming", Counter()),
        ("task", "oriented", Counter()),
        ("cross", "lingual", Counter()),
        ("log", "scale", Counter()),
        ("in", "distribution", Counter()),
        ("in", "context", Counter({"context": 2})),
    ],
)
def test_compound_keeps_its_hyphen(head: str, tail: str, vocab: Counter[str]) -> None:
    assert keep_hyphen(head, tail, vocab)


@pytest.mark.parametrize(
    ("head", "tail", "vocab"),
    [
        # Fragments: not words, or too short to tell ("en" is a language code in tables).
        ("sam", "pling", Counter({"sampling": 0})),
        ("lit", "tle", Counter()),
        ("en", "coder", Counter({"en": 4, "coder": 1})),
        ("unambigu", "ous", Counter()),
        ("lan", "guage", Counter()),
        # Both halves words, but the joined form is one too.
        ("with", "out", Counter({"with": 5, "out": 1})),  # a closed-compound head
        ("head", "lines", Counter({"head": 1, "lines": 1})),  # a common closed compound
        ("high", "lighted", Counter()),  # ... inflected, and before the "high-" prefix rule
        ("train", "ing", Counter({"train": 1, "ing": 3})),  # a suffix, whatever the document prints
        ("for", "getting", Counter({"for": 9, "getting": 1})),
        ("per", "form", Counter({"per": 2, "form": 1, "performs": 1})),  # the document's family
        ("mono", "lingual", Counter({"monolingual": 2})),
        ("Span", "BERT", Counter({"spanbert": 8})),  # a capital, but the document prints it whole
        ("pre", "trained", Counter({"pretrained": 3})),
        ("log", "arithm", Counter()),  # "log" is a word, the rest is no word of its own
        ("in", "formation", Counter()),  # "in-" is a syllable before most words
        ("in", "consistent", Counter({"consistent": 1})),
    ],
)
def test_syllable_break_is_joined(head: str, tail: str, vocab: Counter[str]) -> None:
    assert not keep_hyphen(head, tail, vocab)


def test_joining_lines_with_the_document_vocabulary() -> None:
    lines = ["moderate improvements on question-", "answering target tasks, with little sam-", "pling."]
    assert join_lines(lines, vocabulary(lines)) == "moderate improvements on question-answering target tasks, with little sampling."
    # A word printed whole elsewhere in the document is evidence against the compound.
    lines = ["the questionanswering model.", "a question-", "answering task"]
    assert join_lines(lines[1:], vocabulary(lines)) == "a questionanswering task"


def test_a_line_broken_after_a_dash_goes_on_as_printed() -> None:
    # TeX breaks after a dash: glued to its word it goes on with no space, set off it keeps one.
    assert join_lines(["a domain\u2014", "a term we use"]) == "a domain\u2014a term we use"
    assert join_lines(["pages 10\u2013", "12 of the appendix"]) == "pages 10\u201312 of the appendix"
    assert join_lines(["the gains \u2014", "small as they are"]) == "the gains \u2014 small as they are"


def test_a_suspended_hyphen_keeps_its_hyphen_and_the_space() -> None:
    assert join_lines(["in both high-", "and low-resource settings"]) == "in both high- and low-resource settings"
    assert join_lines(["pre-", "or post-processing"]) == "pre- or post-processing"
    # a syllable break that happens to start with those letters is still joined
    assert join_lines(["the ran-", "dom seed"]) == "the random seed"


def test_a_name_broken_between_syllables_is_joined() -> None:
    # a lower-case start with a capital inside is the rest of one name
    assert not keep_hyphen("Open", "bookQA", Counter())
    assert not keep_hyphen("Story", "clozeQA", Counter())
    assert not keep_hyphen("Open", "BookQA", Counter())
    # a capital start is still a compound of its own ("Sentence-BERT", "XLM-RoBERTa")
    assert keep_hyphen("Sentence", "BERT", Counter())
    assert keep_hyphen("XLM", "RoBERTa", Counter())
    assert keep_hyphen("Mixture-of", "Experts", Counter())


def test_the_word_after_a_line_end_hyphen_is_no_evidence_of_a_word() -> None:
    lines = ["over language character-", "izing a given topic"]
    vocab = vocabulary(lines)
    assert "izing" not in vocab and "given" in vocab
    assert join_lines(lines, vocab) == "over language characterizing a given topic"


def test_an_address_broken_by_the_url_package_is_joined_without_a_space() -> None:
    # The url package breaks after "/" or "-" and adds no hyphen: the address goes on.
    assert join_lines(["at https://tfhub.dev/google/", "LaBSE."]) == "at https://tfhub.dev/google/LaBSE."
    assert join_lines(["see https://github.com/google-", "research/bert."]) == "see https://github.com/google-research/bert."
    # Outside an address a line ending in "/" or "-" is no address.
    assert join_lines(["input/", "output pairs"]) == "input/ output pairs"


@pytest.mark.parametrize(
    ("stem", "sentence"),
    [
        ("2005.13013v1", "Intermediate-task training yields large improvements on the BUCC and Tatoeba tasks that "
                         "use model representations directly without training, and moderate improvements on "
                         "question-answering target tasks."),
        ("2005.13013v2", "Using nine intermediate language-understanding tasks, we evaluate intermediate-task "
                         "transfer in a zero-shot cross-lingual setting on the XTREME benchmark."),
        ("2005.00628v1", "We also observe that target task performance is strongly correlated with higher-level "
                         "abilities such as coreference resolution."),
        ("1905.00537v3", "The GLUE benchmark, introduced a little over one year ago, offers a single-number metric "
                         "that summarizes progress on a diverse set of such tasks, but performance on the benchmark "
                         "has recently surpassed the level of non-expert humans, suggesting limited headroom for "
                         "further research."),
        ("1908.11828v1", "Table 1: Number of examples per language: machine-translated training pairs and "
                         "human-translated development and test pairs."),
        ("1810.04805v1", "Unlike recent language representation models, BERT is designed to pre-train deep "
                         "bidirectional representations by jointly conditioning on both left and right context in "
                         "all layers."),
        ("1910.01108v1", "Our smaller, faster and lighter model is cheaper to pre-train and we demonstrate its "
                         "capabilities for on-device computations in a proof-of-concept experiment and a "
                         "comparative on-device study."),
    ],
)
def test_corpus_compounds_broken_at_a_line_end_keep_their_hyphen(stem: str, sentence: str) -> None:
    assert sentence in texts(CORPUS / f"{stem}.pdf")


@pytest.mark.parametrize(
    ("stem", "words"),
    [
        # Halves that are words, joined forms that are words too.
        ("1804.07461v1", ("headlines", "online")),
        ("2005.00628v1", ("forgetting", "between", "However")),
        ("2005.13013v1", ("without", "training", "intermediate", "language")),
        # Plain syllable breaks.
        ("1908.11828v1", ("landscape", "multilingual", "adversarial")),
        ("2005.13013v2", ("monolingual", "multilingual", "offers")),
    ],
)
def test_corpus_syllable_breaks_are_joined(stem: str, words: tuple[str, ...]) -> None:
    # Each of these words is broken at a line end in the paper's PDF.
    got = " ".join(texts(CORPUS / f"{stem}.pdf"))
    for word in words:
        assert word in got
        assert not any(f"{word[:i]}-{word[i:]}" in got for i in range(2, len(word) - 1)), word


def test_fixture_paper_syllable_breaks_and_compound() -> None:
    ps = texts(FIXTURE)
    for sentence in (
        "Intent classifiers for voice assistants are usually fine-tuned on English data first and then offered "
        "in other languages with little or no labelled data.",
        "We propose tiered curriculum sampling (TCS), which orders the English training utterances from easy to "
        "difficult before fine-tuning a multilingual encoder.",
        "In the cross-lingual setting, prior work has mostly varied what data a model sees, for example by adding "
        "translated or code-switched utterances, rather than the order in which it sees them.",
    ):
        assert sentence in ps
    assert any("a classifier that first sees unambiguous, high-frequency intents" in t for t in ps)


def test_an_address_broken_after_its_scheme_or_a_dot_of_its_host_goes_on() -> None:
    from claimcheck.sources.sentences import join_lines

    assert join_lines(["Code is available at https:", "//github.com/org/tool."]) == "Code is available at https://github.com/org/tool."
    assert join_lines(["Models are released at https://github.", "com/org/tool."]) == "Models are released at https://github.com/org/tool."
    assert join_lines(["See www.example.", "org for details."]) == "See www.example.org for details."
    # a sentence that ends, then another: a capital starts it
    assert join_lines(["It ends at https://x.org/a.", "Then we stop."]) == "It ends at https://x.org/a. Then we stop."
    assert join_lines(["The ratio is 3:", "4 in all runs."]) == "The ratio is 3: 4 in all runs."


def test_a_hyphen_after_a_number_is_kept_without_a_space() -> None:
    # pdflatex breaks no number between syllables: "16-" at a line end is a compound's or a
    # range's own hyphen.
    assert join_lines(["matches 16-", "bit full finetuning"]) == "matches 16-bit full finetuning"
    assert join_lines(["pages 12-", "15 of the appendix"]) == "pages 12-15 of the appendix"
    assert join_lines(["with 2-", "and 3-layer models"]) == "with 2- and 3-layer models"


def test_a_footer_alone_at_a_page_foot_does_not_cut_the_paragraph_running_past_it(tmp_path: Path) -> None:
    # "Preprint. Under review." at the foot of page 1 only (so no repeated furniture), in
    # small type well below the text: the sentence running onto page 2 stays whole.
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import letter
    from reportlab.pdfgen import canvas

    filler = "Every sentence of this made-up paragraph says the same plain thing about encoders."
    path = tmp_path / "footer.pdf"
    c = canvas.Canvas(str(path), pagesize=letter)
    c.setFont("Times-Roman", 10)
    y = 720
    while y > 110:
        c.drawString(72, y, filler)
        y -= 12
    c.drawString(72, y, "The large encoder reaches the best score of all the models we")
    c.setFont("Times-Roman", 9)
    c.drawString(72, 50, "Preprint. Under review.")
    c.showPage()
    c.setFont("Times-Roman", 10)
    c.drawString(72, 720, "trained in this study on every task. " + filler)
    c.save()
    ps = extract_pdf(path).passages
    whole = "The large encoder reaches the best score of all the models we trained in this study on every task."
    assert any(p.text == whole for p in ps), [p.text for p in ps if "large encoder" in p.text]
    assert not any("Preprint" in p.text for p in ps if p.kind == "sentence")


def test_a_word_glued_to_a_dash_is_evidence_of_its_form() -> None:
    # "training—fine-tuning": the hyphenated form is printed whole, after an em dash; the
    # line-end "fine-" / "tuning" keeps its hyphen by it (and by an en dash likewise)
    for dash in ("\u2014", "\u2013"):
        lines = [f"Two-stage training{dash}fine-tuning a tagger on a related task before fine-", "tuning it again on the target."]
        assert "before fine-tuning it again" in join_lines(lines, vocabulary(lines))
