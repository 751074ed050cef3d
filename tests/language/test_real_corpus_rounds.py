"""The real-text evaluation set is derived by rounds: the first collection is split by site,
later ones join one half whole (``bench/real_corpus.py``). A later held-out round must land in
the held-out half, keep its labels on the right characters, and never share a site with the
tuning half."""

from __future__ import annotations

import json
from pathlib import Path

from bench.real_corpus import MASK, appended, derive, site_of, split_of


def _release(folder: Path, name: str, url: str, text: str,
             errors: list[dict[str, object]]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    record = {"url": url, "site": site_of(url), "region": "Jawa Tengah", "kind": "polri",
              "text": text, "errors": errors}
    (folder / f"{name}.json").write_text(json.dumps(record), encoding="utf-8")


def _host_in(split: str) -> str:
    """A host name that the site hash puts in ``split``."""
    for number in range(100):
        host = f"polres-contoh{number}.example"
        if split_of(host) == split:
            return host
    raise AssertionError("no host found")


TEXT = ("Polres Sukamaju menggelar patroli malam di Desa Sukajaya. Petugas menghimbau warga "
        "agar mengunci rumah sebelum tidur.")
ERROR = {"wrong": "menghimbau", "right": "mengimbau", "class": "nonstandard",
         "uncertain": False}


def test_later_rounds_join_their_half_whole(tmp_path: Path) -> None:
    tuning_host, heldout_host = _host_in("tuning"), _host_in("heldout")
    _release(tmp_path / "first", "A-01", f"https://{tuning_host}/a", TEXT, [ERROR])
    _release(tmp_path / "first", "A-02", f"https://{heldout_host}/b", TEXT, [ERROR])
    later_tuning, later_heldout = _host_in("heldout") + "x", "pemkab-contoh.example"
    _release(tmp_path / "round-t", "T-01", f"https://{later_tuning}/c", TEXT, [ERROR])
    _release(tmp_path / "round-h", "H-01", f"https://{later_heldout}/d", TEXT, [ERROR])

    out = derive(tmp_path / "first", [tmp_path / "round-t"], [tmp_path / "round-h"])

    assert [r["id"] for r in out["tuning"]] == ["A-01", "T-01"]
    assert [r["id"] for r in out["heldout"]] == ["A-02", "H-01"]
    held = out["heldout"][1]
    assert held["collection"] == "round-h" and "collection" not in out["heldout"][0]
    error = held["errors"][0]
    assert held["skeleton"][error["start"]:error["end"]] == "menghimbau"
    assert MASK in held["skeleton"]                  # ordinary words are masked


def test_a_later_round_never_shares_a_site_with_the_other_half(tmp_path: Path) -> None:
    tuning_host = _host_in("tuning")
    _release(tmp_path / "first", "A-01", f"https://{tuning_host}/a", TEXT, [ERROR])
    _release(tmp_path / "round-h", "H-01", f"https://{tuning_host}/other", TEXT, [ERROR])

    out = derive(tmp_path / "first", (), [tmp_path / "round-h"])

    assert [r["id"] for r in out["tuning"]] == ["A-01"]
    assert out["heldout"] == []


def test_a_later_round_is_appended_without_the_earlier_raw_files(tmp_path: Path) -> None:
    """The raw files of earlier rounds are not kept; a new round joins the kept halves as
    they are, and a release from a site either half already has is left out."""
    tuning_host, heldout_host = _host_in("tuning"), _host_in("heldout")
    _release(tmp_path / "first", "A-01", f"https://{tuning_host}/a", TEXT, [ERROR])
    _release(tmp_path / "first", "A-02", f"https://{heldout_host}/b", TEXT, [ERROR])
    kept = tmp_path / "kept"
    kept.mkdir()
    for half, records in derive(tmp_path / "first").items():
        (kept / f"{half}.jsonl").write_text(
            "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    _release(tmp_path / "raw11a", "01", "https://pemkot-baru.example/c", TEXT, [ERROR])
    _release(tmp_path / "raw11a", "02", f"https://{heldout_host}/other", TEXT, [ERROR])

    out = appended("tuning", [tmp_path / "raw11a"], kept)

    assert [r["id"] for r in out["tuning"]] == ["A-01", "raw11a-01"]
    assert [r["id"] for r in out["heldout"]] == ["A-02"]
    new = out["tuning"][1]
    assert new["collection"] == "raw11a"
    error = new["errors"][0]
    assert new["skeleton"][error["start"]:error["end"]] == "menghimbau"


def test_links_and_domains_stay_whole_in_the_skeleton(tmp_path: Path) -> None:
    """The checker skips a domain or byline whole; a masked part would leave the rest
    looking like unknown words, a false alarm real text never has."""
    text = ("Polres Sukamaju menggelar patroli malam (humas.sukamaju.go.id). Petugas "
            "menghimbau warga agar mengunci rumah.\nEditor: tim redaksi kami")
    _release(tmp_path / "first", "A-01", f"https://{_host_in('tuning')}/a", text, [ERROR])

    skeleton = derive(tmp_path / "first")["tuning"][0]["skeleton"]

    assert "humas.sukamaju.go.id" in skeleton
    assert "Editor: tim redaksi kami" in skeleton
    assert MASK in skeleton
