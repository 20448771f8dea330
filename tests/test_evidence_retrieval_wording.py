"""Retrieval and polarity under rewording: the same word written with or without a
prefix's hyphen, hedges and degree adverbs, generic synonyms of research prose, and the
negation of a verb by "neither ... nor" after it. Made-up sentences only."""

from __future__ import annotations

from claimcheck.evidence.opposites import negation_flip, polarity_clash
from claimcheck.evidence.retrieve import stems


def test_a_prefix_with_or_without_its_hyphen_is_one_word() -> None:
    assert stems("pre-trained encoders") == stems("pretrained encoders")
    assert stems("a multi-task setup") == stems("a multitask setup")
    assert stems("non-standard layers") == stems("standard layers")


def test_hedges_degree_adverbs_and_citations_add_no_content() -> None:
    assert stems("roughly 40 hours") == stems("about 40 hours") == stems("40 hours")
    assert stems("Smith et al. conclude that the tagger is heavily biased") == stems("the tagger is biased") | stems("Smith")
    assert stems("the gap still remains") == stems("the gap remains")


def test_generic_synonyms_of_research_prose_meet() -> None:
    assert stems("relies on dictionaries") == stems("depends on dictionaries")
    assert stems("a new technique") == stems("a new approach") == stems("a new method")
    assert stems("earlier systems") == stems("previous systems")
    # a different noun stays a different claim
    assert stems("a new corpus") != stems("a new method")


def test_uni_words_keep_their_first_letters() -> None:
    assert stems("universal") != stems("versal")
    assert stems("unique") != stems("que")
    assert stems("unlabeled") == stems("labeled")  # a negating un- still goes


def test_over_and_under_meet_each_other_but_not_the_plain_word() -> None:
    assert stems("overfitted") == stems("underfitted")
    assert not stems("overfitted") & stems("fitted")


def test_neither_nor_after_a_verb_negates_the_verb() -> None:
    source = "The tagger does not rely on a lexicon or a gazetteer."
    assert negation_flip("The tagger relies on neither a lexicon nor a gazetteer.", source) is None
    assert negation_flip("The tagger relies on a lexicon and a gazetteer.", source) is not None


def test_a_sense_the_passage_only_says_the_other_way() -> None:
    source = "Zorblax is a small, fast, cheap and light tagger for phones."
    assert polarity_clash("The authors admit that Zorblax is more expensive to train.", source) is not None
    # the passage also says "expensive" of something: the objects decide, and they differ
    both = source + " Its training data were expensive to annotate."
    assert polarity_clash("Annotating the training data was expensive.", both) is None


def test_the_clause_saying_the_same_thing_is_the_shortest_one() -> None:
    source = ("We present an audit of parser tuning (Smith, 2020) that measures many settings. "
              "We find that the parser was significantly underfitted.")
    assert polarity_clash("The audit finds that the parser was heavily overfitted.", source) is not None


def _version(sentences: list[str]):
    from claimcheck.model import Passage, SourceVersion

    return SourceVersion("2601.00001", 1, [Passage(t, 1, None, "sentence", i) for i, t in enumerate(sentences)], 1, "test")


def test_the_papers_own_name_is_no_word_its_sentences_lack() -> None:
    from claimcheck.evidence.retrieve import score_candidates
    from claimcheck.model import Claim, Mark

    def recall_of_our_sentence(name: str, mentions: int) -> float:
        rest = [f"{name} reads case {i} of the benchmark." for i in range(mentions)]
        rest += [f"The benchmark has case {i} of a lexicon." for i in range(16 - mentions)]
        v = _version(rest + ["Our tagger halves tagging errors."])
        claim = Claim(1, f"{name} halves tagging errors.", Mark.UNKNOWN, None, False)
        return next(c for c in score_candidates(claim, v, 5) if c[2].startswith("Our tagger"))[1]

    assert recall_of_our_sentence("TagNet", 4) > 0.95  # the paper's subject, elided
    assert recall_of_our_sentence("TagNet", 0) < 0.8  # a name the paper never uses


def test_linking_verbs_add_no_content() -> None:
    assert stems("the corpus has become a standard benchmark") == stems("the corpus is a standard benchmark")


def test_a_doubled_consonant_goes_with_its_ending() -> None:
    assert stems("putting models into production") == stems("put models into production")
    assert stems("embedded tokens") == stems("embed tokens")
    assert stems("called") == stems("call") and stems("passed") == stems("pass")


def test_more_generic_synonyms_meet() -> None:
    assert stems("the entire input sentence") == stems("the whole input sentence")
    assert stems("the findings contradict") == stems("the results contradict")


def test_a_misspelt_long_name_inside_a_compound_is_mentioned() -> None:
    from claimcheck.evidence.names import mentions

    assert mentions("It uses a standard Tranformer-based encoder.", "Transformer")
    assert not mentions("It uses a standard recurrent-based encoder.", "Transformer")


def test_ize_verbs_meet_their_base() -> None:
    assert stems("contextualized vectors") == stems("contextual vectors")
    assert stems("generalization") == stems("generalizes") == stems("generalized")
    assert stems("supervised") == stems("supervise") != stems("superv")  # no -ise verb
    assert stems("precise") != stems("prec")


def test_a_name_the_passage_calls_we_does_not_block_alignment() -> None:
    source = "However, rather than training taggers from scratch, we investigate using pre-trained taggers."
    claim = "Zorblax trains its Quibble taggers from scratch rather than starting from pre-trained taggers."
    assert negation_flip(claim, source) is not None
    assert negation_flip("Zorblax starts from pre-trained taggers rather than training taggers from scratch.", source) is None


def test_a_relative_clause_with_whose_or_where_is_a_part_of_its_own() -> None:
    from claimcheck.evidence.clauses import unstated_parts

    source = "We present Quibble, a multi-domain aligned extractive benchmark for slot filling."
    claim = "Quibble is a multi-domain aligned extractive benchmark whose test data were written by paid annotators."
    assert unstated_parts(claim, source) == ["test data were written by paid annotators"]


def test_a_topic_sense_counts_as_what_a_clause_is_about() -> None:
    from claimcheck.evidence.clauses import plain_words

    assert "~cost" in plain_words(stems("cheaper to train")) and "~direction" not in plain_words(stems("higher accuracy"))
    assert stems("the corpus is meant for probing") == stems("the corpus is intended for probing")


def test_an_item_may_begin_with_an_ed_word() -> None:
    from claimcheck.evidence.conjuncts import groups, missing_conjuncts

    claim = "The survey covers progress in text chunking, word sense induction and named entity recognition."
    assert [it.text for it in groups(claim)[0]] == ["text chunking", "word sense induction", "named entity recognition"]
    assert missing_conjuncts(claim, "We review progress in text chunking, word sense induction and parsing.") == [
        "named entity recognition"]
    assert groups("The tagger is trained on tweets and evaluated on forums.") == []


def test_turn_into_is_convert() -> None:
    assert stems("turns every problem into a text format") == stems("converts every problem into a text format")


def test_extent_adverbs_add_no_content() -> None:
    assert stems("a widely studied task") == stems("a task studied extensively") == stems("a studied task")


def test_a_concessive_connective_is_a_function_word() -> None:
    assert stems("despite its size, the tagger is fast") == stems("although its size, the tagger is fast")


def test_prepositions_of_route_and_time_are_function_words() -> None:
    assert stems("trained through distillation during pretraining") == stems("trained with distillation in pretraining")


def test_current_and_recent_qualify_without_content() -> None:
    assert stems("current state-of-the-art taggers") == stems("state-of-the-art taggers")
    assert stems("recently proposed taggers") == stems("proposed taggers")


def test_a_degree_phrase_of_several_words_is_filler() -> None:
    assert stems("Lemmatising helps a great deal on Basque") == stems("Lemmatising helps on Basque")
    assert stems("Lemmatising helps a lot on Basque") == stems("Lemmatising helps on Basque")
    # "deal" alone is a word
    assert "deal" in stems("the tagger can deal with loanwords")


def test_a_passage_with_the_claims_number_is_scored_without_a_rare_word() -> None:
    from claimcheck.evidence.retrieve import score_candidates
    from claimcheck.model import Claim, Mark, Passage, SourceVersion

    filler = [f"The Wobble tagger labels dialect corpora of kind {k} with care." for k in range(60)]
    texts = ["We also tested a rule baseline once.", *filler,
             "Experiments on three dialect corpora show the Wobble tagger labels well."]
    version = SourceVersion("2301.00004", 1, [Passage(t, 1, None, "sentence", i) for i, t in enumerate(texts)], 1, "test")
    claim = Claim(1, "The Wobble tagger was tested on three dialect corpora.", Mark.UNKNOWN, None, False)
    found = [text for _, _, text, _ in score_candidates(claim, version, 40)]
    assert any("three dialect corpora" in t for t in found)


def test_research_verbs_and_focus_adverbs_of_one_sense_meet() -> None:
    assert stems("the authors start from Lemmy") == stems("we begin with Lemmy")
    assert stems("the analysis was repeated on Quorb") == stems("we reproduce the analysis on Quorb")
    assert stems("the objective ignores the budget") == stems("this objective disregards the budget")
    assert stems("trained on public data alone") == stems("trained on public datasets exclusively")
    # a different verb stays apart
    assert stems("the authors stop at Lemmy") != stems("we begin at Lemmy")
