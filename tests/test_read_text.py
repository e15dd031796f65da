"""Reading raw input files: encodings, binary, size."""
from __future__ import annotations

import pytest

from builder.errors import ContentError
from builder.read.text import MAX_BYTES, decode, read_text


def test_utf8_with_bom_and_crlf():
    tf = decode("\ufeffHead\r\nline two\rthree".encode("utf-8"), "f.txt")
    assert tf.text == "Head\nline two\nthree" and not tf.warnings


def test_utf16_bom():
    assert decode("Héllo\n".encode("utf-16"), "f.txt").text == "Héllo\n"


def test_windows_1252_is_decoded_with_a_warning():
    tf = decode("Caf\u00e9 \u201cquoted\u201d".encode("cp1252"), "f.txt")
    assert tf.text == "Café “quoted”"
    assert tf.encoding == "cp1252" and "Windows-1252" in tf.warnings[0] and "f.txt:1" in tf.warnings[0]


@pytest.mark.parametrize("data, words", [
    (b"", "empty"), (b" \n\n", "empty"), (b"\x00\x01\x02binary\x00", "binary"),
    (bytes(range(1, 32)) * 100, "binary"),
])
def test_refused(data, words):
    with pytest.raises(ContentError) as err:
        decode(data, "f.txt")
    assert words in err.value.message and err.value.path == "f.txt"


def test_huge_file_refused_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    with pytest.raises(ContentError) as err:
        read_text(big)
    assert "refused" in err.value.message


def test_missing_file(tmp_path):
    with pytest.raises(ContentError, match="no such file"):
        read_text(tmp_path / "nope.txt")
