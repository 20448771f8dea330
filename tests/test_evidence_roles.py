"""Polarity rules only where the claim and the passage speak of the same thing.

Made-up sentences (not from any labelled set): a negation in the claim of something the
passage never mentions, a comparison whose two sides are swapped, and a universal word that
quantifies another noun than the passage's, must not make a claim *contradicted*.
"""

from __future__ import annotations

from claimcheck.evidence.judge import judge_version
from claimcheck.model import Claim, Mark, Passage, SourceVersion, VerdictLabel


def version(*sentences: str) -> SourceVersion:
    passages = [Passage(text=s, page=1, bbox=None, kind="sentence", order=i, section="Introduction")
                for i, s in enumerate(sentences)]
    return SourceVersion("2101.00001", 1, passages, 1, "test")


def verdict(claim: str, *sentences: str) -> VerdictLabel:
    c = Claim(index=1, text=claim, mark=Mark.UNKNOWN, confidence=None, truncated=False)
    return judge_version(c, version(*sentences)).label


FILLER = ("Our corpus is built from news articles in twelve languages.",
          "All models are trained for three epochs with a linear schedule.")


def test_a_negation_of_what_the_passage_never_says_is_no_contradiction() -> None:
    label = verdict("Glossing and parsing are annotation target tasks that have no training data of their own.",
                    "We see large gains from intermediate training on the glossing and parsing annotation tasks "
                    "and small gains on tagging target tasks.", *FILLER)
    assert label is not VerdictLabel.CONTRADICTED


def test_the_same_negation_is_still_a_contradiction() -> None:
    label = verdict("Glossing and parsing are annotation tasks that have no labelled data of their own.",
                    "Glossing and parsing are annotation tasks that have plenty of labelled data of their own.", *FILLER)
    assert label is VerdictLabel.CONTRADICTED


def test_swapped_sides_of_a_denied_comparison_are_no_contradiction() -> None:
    # "neither B nor C consistently beats A" does not deny "A beats B".
    label = verdict("Plain fine-tuning outperforms adapter tuning.",
                    "We also try adapter tuning and prompt tuning, but neither consistently outperforms plain fine-tuning.",
                    *FILLER)
    assert label is not VerdictLabel.CONTRADICTED


def test_the_denied_comparison_itself_is_contradicted() -> None:
    label = verdict("Adapter tuning consistently outperforms plain fine-tuning.",
                    "We also try adapter tuning and prompt tuning, but neither consistently outperforms plain fine-tuning.",
                    *FILLER)
    assert label is VerdictLabel.CONTRADICTED


def test_a_universal_word_on_another_noun_is_no_generalisation() -> None:
    label = verdict("Multi-dialect joint training on all 6 dialects improves tagging performance by 4.2 points.",
                    "Joint training (training one tagger on pooled data before adapting it to each dialect) often "
                    "improves tagging performance substantially on high-resource dialects.", *FILLER)
    assert label is not VerdictLabel.CONTRADICTED


def test_all_before_a_count_names_a_set_not_a_frequency() -> None:
    from claimcheck.evidence.polarity import polarity

    assert not polarity("training on all 9 tasks improves accuracy").universal
    assert not polarity("each of the 40 languages has a test set").universal
    assert not polarity("all three models improve").universal
    assert polarity("training improves accuracy on all tasks").universal
    assert polarity("the gains hold consistently across languages").universal


def test_a_short_tag_after_a_hyphen_names_another_model() -> None:
    from claimcheck.evidence.names import mentions

    assert not mentions("Our model, dubbed XLM-R, outperforms mBERT.", "XLM")
    assert not mentions("GPT-2 generates text.", "GPT")
    assert mentions("XLM-R beats XLM on XNLI.", "XLM")
    assert mentions("BERT-base and BERT-large", "BERT") and mentions("a BERT-based tagger", "BERT")
    assert mentions("mT5-XL reaches 80.4", "mT5") and mentions("T5-11B", "T5")


def test_a_sentence_naming_both_forms_opposes_neither() -> None:
    # The list "unsupervised and supervised ... respectively" is cut into clauses; the
    # claim's "unsupervised" is in the sentence, so "supervised" in its clause opposes nothing.
    label = verdict("The unsupervised tagger averages 71.2 percent accuracy on the dev set.",
                    "Our unsupervised and supervised taggers average 71.2% and 80.4% accuracy on the dev set, respectively.",
                    *FILLER)
    assert label is not VerdictLabel.CONTRADICTED
    label = verdict("The unsupervised tagger averages 80.4 percent accuracy on the dev set.",
                    "Our supervised tagger averages 80.4% accuracy on the dev set.", *FILLER)
    assert label is VerdictLabel.CONTRADICTED


def test_and_a_half_is_a_half_more() -> None:
    from claimcheck.evidence.quantities import extract_quantities

    assert [q.value for q in extract_quantities("It is seven and a half times smaller.")] == [7.5]
    assert [q.value for q in extract_quantities("Training took 2 and a half days.")] == [2.5]
    assert [q.value for q in extract_quantities("Seven models ran for half a dozen days.")] == [7.0, 6.0]


def test_a_citation_inside_the_sentence_does_not_hide_a_negation() -> None:
    label = verdict("Recent studies show that there is no redundancy in the tagging models.",
                    "Recent studies (Ahn et al., 2019; Berg and Cole, 2020) show that there is redundancy in the tagging models.",
                    *FILLER)
    assert label is VerdictLabel.CONTRADICTED
