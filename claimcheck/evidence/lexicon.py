"""General English opposites, grouped by sense: the data ``polarity.py`` weighs.

Each sense maps to (words pointing one way, words pointing the other way). The lists are
ordinary English — what a thesaurus gives for each sense — not phrases taken from any
claim set: a report that rewords a paper's "crucial" as "unnecessary", its "publicly
available" as "kept private" or its "challenging" as "straightforward" says the opposite
without a number, and only a lexicon tells.

A word may serve several senses ("minor" is small *and* unimportant): it is weighed in each, so "a minor role" meets "a key component"
(importance) as "a minor gain" meets "a large gain" (size). Its first sense is the one
retrieval folds it to.

Words with a common second meaning that points nowhere are left out ("open" of
"open-domain", "core" of "CPU cores", "fair" of "fair comparison", "certain" of
"certain languages", "essentially" of "essentially the same"), as are verbs whose negation the negation rules already weigh ("require").
"""

from __future__ import annotations


def _w(text: str) -> frozenset[str]:
    return frozenset(text.split())


# sense → (one way, the other way)
SENSES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "direction": (
        _w("""increase increases increased increasing raise raises raised raising boost boosts boosted
        improve improves improved improving improvement improvements gain gains help helps helped
        benefit benefits benefited beneficial helpful useful outperform outperforms outperformed outperforming
        higher better best grow grows grew rise rises rose enhance enhances enhanced strengthen strengthens
        superior strong stronger strongest strongly good effective positive positively more powerful
        surpass surpasses surpassed exceed exceeds exceeded beat beats ahead excellent outstanding
        impressive exceptional as-well-as wins won"""),
        _w("""reduce reduces reduced reducing decrease decreases decreased decreasing lower lowers lowered
        drop drops dropped hurt hurts harm harms harmed degrade degrades degraded degrading worse worst
        worsen worsens underperform underperforms underperformed decline declines declined shrink
        shrinks weaken weakens inferior poor weak weaker weakest ineffective negative negatively less
        fewer diminish diminishes detrimental harmful unhelpful useless weakly marginal poorly badly
        vanish vanishes vanished vanishing disappear disappears disappeared disappearing
        trail trails trailed lag lags lagged behind fall falls fell
        lose-to loses-to lost-to losing-to
        come-close-to comes-close-to came-close-to coming-close-to
        fall-short falls-short fell-short falling-short"""),
    ),
    # "performs best" / "performs least well": the superlative of how well
    "manner": (_w("well competitively best"), _w("poorly badly worst")),
    # level with another: "matches training-language performance" / "significantly behind it"
    "parity": (
        _w("""match matches matched equal equals equalled equaled rival rivals rivalled rivaled comparable
        comparably competitive competitively on-par as-well-as"""),
        _w("""behind trail trails trailed trailing lag lags lagged lagging worse inferior underperform
        underperforms underperformed fall-short falls-short fell-short falling-short well-short
        come-close-to comes-close-to came-close-to coming-close-to"""),
    ),
    "suitability": (_w("suit suits suited suitable well-suited appropriate"),
                    _w("unsuitable unsuited ill-suited inappropriate")),
    "multiplicity": (_w("multiple"), _w("single")),
    "amount": (_w("many numerous plenty"), _w("few")),
    "ease": (
        _w("""easy easily easier easiest simple simpler simplest simplicity straightforward straightforwardly trivial
        trivially effortless effortlessly convenient painless
        makes-it-possible make-it-possible made-it-possible making-it-possible"""),
        _w("""difficult difficulty difficulties hard harder hardest struggle struggles struggled challenging
        trouble troubles
        nontrivial non-trivial tough demanding laborious cumbersome arduous tricky burdensome
        complex complicated complexity elaborate intricate sophisticated convoluted
        makes-it-impossible make-it-impossible made-it-impossible making-it-impossible"""),
    ),
    "author": (
        _w("expert experts expert-written expert-annotated professional professionals linguists"),
        _w("crowd crowdworkers crowd-workers crowdsourced crowd-sourced non-expert non-experts amateur laypeople"),
    ),
    # how often: "consistently outperforms" / "only occasionally outperforms"
    "frequency": (
        _w("always consistently invariably systematically routinely often frequently commonly usually"),
        _w("rarely seldom occasionally sporadically infrequently"),
    ),
    "size": (
        _w("""large larger largest big bigger biggest significant substantial considerable major sizable sizeable
        ample abundant plenty plentiful numerous extensive huge vast massive enormous immense tremendous maximal"""),
        _w("""small smaller smallest tiny little negligible minor marginal insignificant slight limited scarce
        scant handful rare rarely modest meagre meager minimal"""),
    ),
    # how deep a network is, compared: "deeper than vision models" / "more shallow". Plain
    # "deep" is left out: "deep networks", "deep learning" name a kind, they compare nothing.
    "depth": (_w("deeper deepest"), _w("shallow shallower shallowest")),
    "speed": (_w("fast faster fastest quick quicker quickly rapid rapidly swift swiftly speedy"),
              _w("slow slower slowest slowly sluggish")),
    # "distant" is also unlike: "typologically distant" / "typologically similar"
    # "far above human error" / "close to human error": far from the thing, on either side
    "distance": (_w("close closely nearby"), _w("distant distantly remote far-above far-below")),
    "likeness": (_w("like alike similar similarly same identical analogous akin"),
                 _w("unlike different differently dissimilar distinct divergent distant differ differs differed differing")),
    "inclusion": (
        _w("keep keeps kept retain retains retained include includes included including add adds added"),
        _w("remove removes removed removing drop-out discard discards discarded exclude excludes excluded omit omits omitted eliminate eliminates eliminated"),
    ),
    "change": (_w("dynamic dynamically changing varied"), _w("static statically fixed constant")),
    "encouragement": (
        _w("encourage encourages encouraged encouraging favor favors favour favours promote promotes incentivize incentivizes incentivise incentivises"),
        _w("discourage discourages discouraged discouraging penalize penalizes penalise penalises"),
    ),
    "uniformity": (
        _w("uniform uniformly uniformity homogeneous homogeneity even evenly standardised standardized"),
        _w("spread vary varies varied variation heterogeneous heterogeneity uneven unevenly diverse diversity variety"),
    ),
    "disclosure": (
        _w("""release releases released public publicly open-source open-sourced available accessible
        publish publishes published"""),
        _w("""private privately withhold withholds withheld proprietary closed closed-source unreleased
        unavailable inaccessible confidential secret unpublished"""),
    ),
    # what matters: "a key component" / "only a minor role"; "crucial" / "unnecessary"
    "importance": (
        _w("""important importance crucial critical critically essential vital key central
        necessary necessity indispensable fundamental pivotal paramount instrumental integral major
        decisive"""),
        _w("""unimportant unnecessary needless optional dispensable inessential nonessential non-essential
        peripheral marginal minor negligible irrelevant superfluous secondary incidental"""),
    ),
    "cost": (_w("cheap cheaper cheapest inexpensive affordable low-cost"),
             _w("expensive costly pricey prohibitive high-cost")),
    "agreement": (
        _w("confirm confirms confirmed confirming corroborate corroborates corroborated agree agrees agreed in-line-with"),
        _w("""contradict contradicts contradicted contradicting refute refutes refuted disprove disproves
        disproved disagree disagrees disagreed contrary at-odds-with in-contrast-with in-contrast-to
        in-stark-contrast-with in-stark-contrast-to in-sharp-contrast-with in-sharp-contrast-to"""),
    ),
    # whether a thing can be done yet: "within reach of current systems" / "still beyond the
    # reach of current systems"; "well within what is used" / "far beyond what is used"
    "attainability": (
        _w("""within-reach within-the-reach well-within attainable achievable tractable"""),
        _w("""beyond-reach beyond-the-reach out-of-reach out-of-the-reach far-beyond well-beyond
        unattainable unachievable intractable"""),
    ),
    "success": (_w("succeed succeeds succeeded success successful successfully"),
                _w("fail fails failed failure failures unsuccessful unsuccessfully")),
    "robustness": (_w("robust robustly robustness stable stability resilient"),
                   _w("brittle fragile unstable instability")),
    "explicitness": (_w("explicit explicitly"), _w("implicit implicitly")),
    # how usual a practice is; the adverbs of habit say it too ("routinely used" / "not
    # typically used")
    "prevalence": (_w("common commonly widespread popular prevalent typical typically routinely regularly usually often frequently"),
                   # "its applications remain limited": few, as "rare" says
                   _w("uncommon unusual atypical rare rarely seldom infrequently limited")),
    "preservation": (
        _w("maintain maintains maintained maintaining preserve preserves preserved preserving retain retains retained keep keeps kept"),
        # "trades accuracy for speed" gives some up; "degrades accuracy" does not keep it
        _w("""lose loses losing lost sacrifice sacrifices sacrificed sacrificing forgo forgoes
        trade trades traded trading degrade degrades degraded degrading
        at-the-cost-of at-the-expense-of"""),
    ),
    "sharing": (_w("joint jointly shared"), _w("separate separately")),
    # whether parameters change in training: "updates all parameters" / "keeps them frozen"
    "mutability": (_w("update updates updated updating modify modifies modified modifying"),
                   _w("freeze freezes froze frozen freezing")),
    "weight": (_w("lightweight light-weight"), _w("heavyweight heavy-weight cumbersome unwieldy")),
    "density": (_w("dense densely"), _w("sparse sparsely")),
    "length": (_w("long longer longest lengthy"), _w("short shorter shortest brief")),
    "completeness": (_w("complete completely fully entirely"), _w("partial partially incomplete")),
    "surprise": (_w("surprising surprisingly unexpected unexpectedly remarkable remarkably"),
                 _w("expected unsurprising unsurprisingly predictable")),
    # what a thing brings about: "removing it leads to a collapse" / "removing it prevents a collapse"
    "causation": (
        _w("""cause causes caused causing leads-to lead-to led-to leading-to results-in result-in resulted-in
        resulting-in gives-rise-to give-rise-to gave-rise-to induce induces induced"""),
        _w("prevent prevents prevented preventing avoid avoids avoided avoiding"),
    ),
    # what counts for or against a thing: "presented as a strength" / "a crucial weakness"
    "merit": (_w("strength strengths advantage advantages merit merits asset assets upside upsides"),
              _w("""weakness weaknesses drawback drawbacks disadvantage disadvantages shortcoming shortcomings
              flaw flaws downside downsides""")),
    # which side of a good fit a model errs on: "overfits" / "severely underfits"
    "fit": (_w("overfit overfits overfitted overfitting"), _w("underfit underfits underfitted underfitting")),
    "estimation": (_w("overestimate overestimates overestimated overestimating overestimation"),
                   _w("underestimate underestimates underestimated underestimating underestimation")),
    # which way a thing is pushed: "biased towards zero" / "biased away from zero"
    "heading": (_w("toward towards"), _w("away-from")),
    "certainty": (_w("clear clearly evident conclusive definitive"),
                  _w("unclear uncertain ambiguous inconclusive")),
}

# Senses whose words say only which way or how much ("higher", "large", "similar"): a
# sentence that shares one with a claim shares little of its topic, so retrieval weighs
# them at half. The words of every other sense ("public", "crucial", "joint") say what is
# claimed of their subject and weigh in full.
FOLD_ONLY = frozenset({"direction", "manner", "amount", "size", "depth", "speed", "likeness", "multiplicity", "causation", "heading"})

# Opposites of more than one word, found with their spaces and weighed as the hyphenated
# entry above ("falls short" as "falls-short"), longest first.
# "makes it possible to X" / "makes it harder to X": what a thing does to the ease of X
PHRASES: tuple[str, ...] = ("away from", "makes it impossible", "make it impossible", "made it impossible", "making it impossible",
                            "makes it possible", "make it possible", "made it possible", "making it possible",
                            "in stark contrast with", "in stark contrast to", "in sharp contrast with",
                            "in sharp contrast to", "out of the reach", "beyond the reach", "within the reach",
                            "in contrast with", "in contrast to", "within reach", "come close to", "comes close to",
                            "came close to", "coming close to", "beyond reach", "out of reach",
                            "well within", "far beyond", "far above", "far below", "well beyond", "at the expense of", "at the cost of", "falling short", "falls short", "fell short",
                            "fall short", "well short", "loses to", "lose to", "lost to", "losing to", "in line with", "at odds with", "on par", "gives rise to",
                            "give rise to", "gave rise to", "leads to", "lead to", "led to", "leading to", "results in",
                            "result in", "resulted in", "resulting in")
