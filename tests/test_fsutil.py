"""``fsutil.dump_atomic``: a pickle streamed into its file, all or nothing."""
from __future__ import annotations

import pickle

import pytest

from builder.fsutil import dump_atomic


class _Unpicklable:
    def __reduce__(self):
        raise TypeError("not today")


def test_a_pickle_streamed_to_its_file_is_the_pickle_made_in_memory(tmp_path):
    value = ("v1", {"Ines Vantorp": [1, 2, 3], "long": "x" * 200_000}, ["a", "a"])
    dump_atomic(tmp_path / "sub" / "state.pickle", value)
    assert (tmp_path / "sub" / "state.pickle").read_bytes() == \
        pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def test_a_pickle_that_fails_half_way_leaves_the_old_file_and_no_temporary_one(tmp_path):
    target = tmp_path / "state.pickle"
    dump_atomic(target, "old")
    with pytest.raises(TypeError):
        dump_atomic(target, ["x" * 100_000, _Unpicklable()])
    assert pickle.loads(target.read_bytes()) == "old"
    assert [f.name for f in tmp_path.iterdir()] == ["state.pickle"]
