"""Items of a claim's list against the list a passage states (claimcheck/evidence/conjuncts.py):
an item is stated by the words that tell it from the other items, and a name with digits by
the name as written. Made-up sentences only, each rule in both directions."""

from __future__ import annotations

from claimcheck.evidence.conjuncts import missing_conjuncts

PRIZES = "Our tagger also took first place in Welsh parsing, Welsh tagging, Breton parsing, and Breton chunking."


def test_an_item_sharing_its_first_word_needs_its_own_words() -> None:
    claim = "The tagger won first place in Welsh parsing, Welsh tagging, Breton parsing and Breton lemma tagging."
    assert missing_conjuncts(claim, PRIZES) == ["Breton lemma tagging"]


def test_items_whose_words_are_all_there_are_stated() -> None:
    claim = "The tagger won first place in Welsh parsing, Welsh tagging, Breton parsing and Breton chunking."
    assert missing_conjuncts(claim, PRIZES) == []


def test_an_item_with_a_first_word_of_its_own_is_stated_by_it() -> None:
    # a reworded head ("terms" / "losses") does not unstate an item its first word tells apart
    assert missing_conjuncts("The joint loss mixes cosine-distance, distillation and masking terms.",
                             "We introduce a joint loss combining masking, distillation and cosine-distance losses.") == []


def test_a_name_with_digits_is_stated_only_as_written() -> None:
    source = "We also report results on MNIST-10 with 20 and 200 layers."
    assert missing_conjuncts("The paper reports results on MNIST-10 and MNIST-100.", source) == ["MNIST-100"]
    # spacing and hyphens aside, and a variant of the name after a hyphen
    assert missing_conjuncts("The paper reports results on MNIST-10 and MNIST-100.",
                             "We report results on MNIST10 and on MNIST 100.") == []
    assert missing_conjuncts("The paper evaluates T7 and RoBERTa.", "We evaluate T7-base and RoBERTa on all tasks.") == []


# --------------------------------------------------------------------------- part of a list makes a claim found

from claimcheck.evidence.conjuncts import lists_part  # noqa: E402

TASKS = ("We evaluate Quillo on five corpora of varying size, as instances of three common tasks: "
         "chunking, lemmatization and morphological analysis.")


def test_a_sentence_with_part_of_the_claims_list_is_about_it() -> None:
    assert lists_part("Quillo is evaluated on chunking, lemmatization and dependency parsing.", TASKS)


def test_a_sentence_with_one_item_or_none_of_the_frame_is_not() -> None:
    # one item of three
    assert not lists_part("Quillo is evaluated on chunking, coreference and dependency parsing.", TASKS)
    # two items, but nothing of what the claim says of them
    assert not lists_part("Annotators disagreed about chunking, lemmatization and dependency parsing.",
                          "Chunking and lemmatization come from the 2009 shared task.")
    # a list of two is compared item by item once found, not found by its items
    assert not lists_part("Quillo is evaluated on chunking and dependency parsing.", TASKS)


from claimcheck.evidence.judge import judge_claims  # noqa: E402
from claimcheck.model import Claim, Mark, Passage, Reference, Source, SourceStatus, SourceVersion, VerdictLabel  # noqa: E402


def _judge(claim: str, sentences: list[str]) -> VerdictLabel:
    passages = [Passage(s, 1, None, "sentence", i) for i, s in enumerate(sentences)]
    version = SourceVersion("2101.00011", 1, passages, 1, "test")
    source = Source(Reference("x", "2101.00011", 1), SourceStatus.OK, None, [version])
    return judge_claims([Claim(1, claim, Mark.UNKNOWN, None, False)], [source])[0].label


PAPER = ["We thank the anonymous reviewers.", "The appendix lists every hyper-parameter.",
         "We introduce Quillo, a tagger for low-resource morphology.", TASKS,
         "Section 5 discusses limitations of the approach."]


def test_a_claim_adding_an_item_to_a_stated_list_is_partly_supported() -> None:
    assert _judge("Quillo is evaluated on chunking, lemmatization and semantic role labelling.",
                  PAPER) is VerdictLabel.PARTLY_SUPPORTED


def test_a_claim_about_other_items_entirely_is_not_found() -> None:
    assert _judge("Quillo is evaluated on coreference resolution, dependency parsing and entity linking.",
                  PAPER) is VerdictLabel.NOT_FOUND
