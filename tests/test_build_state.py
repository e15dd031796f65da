"""What a build depends on (``build_state.inputs_state``): the hand-written files of docs/
are found without walking the generated folders, with the same state as a full walk."""
from __future__ import annotations

import time
from types import SimpleNamespace

import builder.cache as C
from builder.build_state import generated, inputs_state


def test_the_hand_written_docs_state_skips_the_generated_folders(tmp_path, monkeypatch):
    docs = tmp_path / "docs"
    for rel in ["about.md", "articles-notes.md", "assets/site.css", "assets/img/logo.svg",
                "index.md", ".generated.json", "articles/story-one/index.md",
                "speakers/ana-verdo/index.md", "search/tl/0-d.abc.json", "data/quotes.json",
                "chronology/index.md"]:
        (docs / rel).parent.mkdir(parents=True, exist_ok=True)
        (docs / rel).write_text(rel, encoding="utf-8")
    (tmp_path / "content").mkdir()
    seen = []
    real = C.tree_state

    def counted(folder, since_ns, skip=(), keep=None, also=(), skip_dir=None):
        mine = keep and (lambda rel: seen.append(rel) or keep(rel))
        return real(folder, since_ns, skip, mine, also, skip_dir)

    monkeypatch.setattr(C, "tree_state", counted)
    now = time.time_ns()
    state = inputs_state(SimpleNamespace(content=tmp_path / "content", docs=docs), now)
    assert state["docs"] == real(docs, now, keep=lambda rel: not generated(rel))
    assert "articles-notes.md" in seen and "assets/img/logo.svg" in seen
    assert not [rel for rel in seen if "/" in rel and not rel.startswith("assets/")]
