"""Shared fixtures: a tiny trained Dutch pipeline that proves the model code path; hypothesis without deadlines."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from hypothesis import settings
from spacy.training import Example
from thinc.api import fix_random_seed

TRAIN = [
    ("De minister heeft de vraag beantwoord .", "DET NOUN AUX DET NOUN VERB PUNCT"),
    ("Het kabinet neemt maatregelen .", "DET NOUN VERB NOUN PUNCT"),
    ("Hoeveel kinderen zijn ingeschreven ?", "ADV NOUN AUX VERB PUNCT"),
    ("De ouders krijgen een antwoord .", "DET NOUN VERB DET NOUN PUNCT"),
    ("Wij geven de gegevens door .", "PRON VERB DET NOUN ADP PUNCT"),
    ("Bent u bereid dit te doen ?", "AUX PRON ADJ PRON ADP VERB PUNCT"),
    ("De VDAB werkt aan een plan .", "DET PROPN VERB ADP DET NOUN PUNCT"),
    ("Het aantal aanvragen stijgt snel .", "DET NOUN NOUN VERB ADV PUNCT"),
    ("Ik verwijs naar mijn antwoord .", "PRON VERB ADP PRON NOUN PUNCT"),
    ("Er werden vijftien vragen gesteld .", "ADV AUX NUM NOUN VERB PUNCT"),
]

# Property tests check what a function gives, not how fast: a first call that loads a pipeline or compiles a pattern on
# a busy two-core machine must not fail them (speed is measured in benchmarks/, as a ratio)
settings.register_profile("analyzer", deadline=None)
settings.load_profile("analyzer")


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny Dutch pipeline with a morphologizer (sets token.pos), trained in about a second and saved."""
    fix_random_seed(0)
    trained = spacy.blank("nl")
    trained.add_pipe("morphologizer")
    examples = []
    for text, tags in TRAIN:
        words, pos = text.split(), tags.split()
        examples.append(Example.from_dict(trained.make_doc(text), {"words": words, "pos": pos}))
    optimizer = trained.initialize(lambda: examples)
    for _ in range(20):
        trained.update(examples, sgd=optimizer)
    trained.meta["name"] = "tiny_test"
    trained.meta["version"] = "0.0.1"
    path = tmp_path_factory.mktemp("models") / "nl_tiny_test"
    trained.to_disk(path)
    return path
