"""Issue 10 in the app, tried as an officer would: a long release with the usual slips,
checked inline and in *Periksa*, compared live with ``Checker().check()`` (never with
findings written down here: the checker changes under these tests).

The release below is fictional, written for these tests."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from app.language import Checker
from app.language.report import reported
from app.release.known_words import words_from_release
from app.release.model import Paragraph, Release
from app.render.export import release_plain_text
from tests.ui.conftest import wait_preview
from tests.ui.test_checking import Factory
from ui.check_panel import FINDING_ROLE
from ui.checking import checkable_texts
from ui.main_window import MainWindow
from ui.widgets import CheckedField, TextEdit, finding_format, finding_look, to_utf16

SHOTS = Path("/work/scratch/shots")
MISSPELT = "masyarkat"
"""Written three times in the second paragraph: one entry in *Periksa*, three underlines."""

PARAGRAPHS = [
    "Menjelang masa kampanye pemilihan kepala desa serentak, jajaran Polres Sendangrejo "
    "menggelar apel gelar pasukan pengamanan di halaman Mapolres, @hari @pukul. Apel diikuti "
    "420 personel gabungan dari Polri, TNI, Satpol PP, Dinas Perhubungan dan relawan Linmas "
    "dari 14 kecamatan.",
    "Apel dipimpin langsung oleh @kapolres didampingi @kasatsamapta serta Dandim 0815 Letkol "
    "Inf Bayu Setiaji. Dalam amanatnya, Kapolres menekankan bahwa keamanan dan kenyamanan "
    "masyarkat menjadi prioritas utama. Ia meminta seluruh Personel menjaga netralitas, "
    "karena masyarkat akan menilai sikap aparat di lapangan, bukan sekedar janji di atas "
    "kertas. Kepercayaan masyarkat tidak datang dengan sendirinya.",
    "Dalam kesempatan tersebut juga dibacakan himbauan kepada para calon kepala desa agar "
    "tidak melakukan aktifitas kampanye di luar jadwal yang ditetapkan panitia. Pengerahan "
    "massa di jalan raya, konvoi kendaraan dengan knalpot brong, serta pemasangan alat peraga "
    "di pohon dan tiang listrik dilarang selama tahapan berlangsung.",
    "Camat Kaliwungu, Drs Hadi Purnomo MSi yang hadir mewakili Bupati Sendangrejo, "
    "menyampaikan terima kasih atas kesiapan aparat keamanan. Menurutnya pemilihan kepala "
    "desa tahun ini diikuti 38 desa dengan 112 calon, sehingga potensi gesekan di tingkat "
    "bawah perlu dipetakan sejak awal.",
    "Kami sudah memetakan 17 desa yang masuk kategori rawan, terutama desa yang calonnya "
    "memiliki hubungan keluarga atau pernah bersengketa dalam pemilihan sebelumnya. "
    "Bhabinkamtibmas dan Babinsa akan tinggal lebih lama di desa-desa tersebut sampai "
    "penghitungan suara selesai",
    "Selain pengamanan di tempat pemungutan suara, Satsamapta juga menyiapkan patroli "
    "bersepeda motor yang berkeliling setiap malam mulai pukul 22.00 WIB. Patroli ini "
    "menyasar titik kumpul warga, pos ronda, dan rumah para calon yang dinilai memerlukan "
    "perhatian khusus.",
    "Personel yang bertugas di TPS wajib datang sebelum pukul 06.00 WIB dan tidak boleh "
    "meninggalkan lokasi sebelum kotak suara diserahkan ke panitia tingkat kecamatan. Kalau "
    "ada kejadian sekecil apa pun, laporkan lewat grup komunikasi dan jangan mengambil "
    "keputusan sendiri",
    "Usai apel, Kapolres bersama Dandim dan Camat mengecek kesiapan kendaraan taktis, alat "
    "komunikasi, serta perlengkapan pengurai massa yang disiagakan di gudang logistik Polres. "
    "Pemeriksaan dilanjutkan dengan simulasi singkat penanganan kericuhan di sekitar lokasi "
    "pemungutan suara oleh peleton Dalmas.",
    "Dalam simulasi itu, petugas memperagakan cara memisahkan dua kelompok pendukung yang "
    "saling dorong, mengamankan kotak suara, dan mengevakuasi petugas panitia ke tempat yang "
    "aman. Seluruh tahapan dilakukan tanpa senjata api dan mengedepankan pendekatan persuasif "
    "kepada warga.",
    "Kepala Desa Karanganyar, Sutrisno, mengaku lega dengan kehadiran petugas gabungan di "
    "desanya. Menurut dia, pengalaman enam tahun lalu menunjukkan bahwa perselisihan "
    "antarpendukung sering bermula dari kabar bohong yang beredar di grup percakapan warga "
    "menjelang hari pemungutan suara.",
    "Polres Sendangrejo juga membuka layanan pengaduan melalui nomor WhatsApp dan media "
    "sosial resmi. Warga yang menemukan pelanggaran, intimidasi, atau politik uang dapat "
    "melapor dengan menyertakan foto, waktu dan lokasi kejadian. Setiap laporan akan "
    "ditindaklanjuti oleh tim gabungan bersama pengawas pemilihan di tingkat kecamatan.",
    "Di Polsek Kaliwungu, Kapolsek Iptu Wahyudi Santoso bersama Aipda Slamet Riyadi dan "
    "Bripka Eko Prasetyo telah mendatangi seluruh calon untuk menandatangani deklarasi damai. "
    "Deklarasi serupa dijadwalkan di Kecamatan Ngadirejo, Tegalsari dan Wonokerto pada pekan "
    "depan dengan mengundang tokoh agama dan tokoh pemuda setempat.",
    "Pihak kepolisian juga meminta pengelola grup percakapan di tiap desa ikut menyaring "
    "kabar yang beredar. Pesan yang belum jelas sumbernya sebaiknya tidak diteruskan, apalagi "
    "jika berisi tuduhan kepada salah satu calon atau keluarganya. Petugas siber Polres "
    "memantau akun yang sengaja memancing keributan selama masa tenang.",
    "Untuk wilayah perbukitan di Kecamatan Tegalsari yang sulit dijangkau kendaraan roda "
    "empat, Polres menyiapkan tim bermotor dan menempatkan personel sejak dua hari sebelum "
    "pemungutan suara. Logistik pemilihan di desa-desa tersebut akan dikawal dari kantor "
    "kecamatan hingga tiba di lokasi, lalu dikawal kembali setelah penghitungan selesai.",
    "Rumah sakit daerah dan puskesmas di setiap kecamatan turut disiagakan untuk "
    "mengantisipasi petugas atau warga yang kelelahan. Dinas Kesehatan menyiapkan 30 "
    "ambulans yang ditempatkan di titik-titik yang mudah dijangkau, sementara Dinas Pemadam "
    "Kebakaran bersiaga di dekat lokasi dengan jumlah pemilih terbanyak.",
    "Apel ditutup dengan pemeriksaan kelengkapan perorangan oleh para perwira pengendali. "
    "Setiap anggota diingatkan membawa kartu tanda anggota, surat perintah tugas, jas hujan "
    "dan perlengkapan P3K, mengingat cuaca di Sendangrejo sering berubah pada sore hari "
    "menjelang akhir November.",
    "Mari kita jaga desa kita bersama. Beda pilihan itu biasa, tetapi persaudaraan antarwarga "
    "jauh lebih penting daripada hasil pemilihan",
]
QUOTES = {4: ("kapolres", "ujar"), 6: ("kasatsamapta", "tegas"), 16: ("kapolres", "pungkasnya")}
NAMES = ["Dimas", "Yuliana", "Bayu", "Setiaji", "Hadi", "Purnomo", "Sutrisno", "Wahyudi",
         "Slamet", "Riyadi", "Eko", "Prasetyo", "Kaliwungu", "Sendangrejo", "Tegalsari",
         "Letkol", "Iptu", "Aipda", "Bripka", "Dandim", "Kapolsek", "Bhabinkamtibmas"]
"""Names, places and ranks the release uses: none may be flagged."""


def write_release(folder: Path) -> Path:
    """The fictional release as a draft file (about 700 words)."""
    body: list[dict[str, str]] = []
    for index, text in enumerate(PARAGRAPHS):
        if index in QUOTES:
            speaker, verb = QUOTES[index]
            body.append({"type": "quote", "speaker": speaker, "text": text, "verb": verb})
        else:
            body.append({"type": "paragraph", "text": text})
    draft = {
        "version": 2, "template": "berita-kegiatan",
        "title": "Polres Sendangrejo Gelar Apel Pengamanan Pemilihan Kepala Desa Serentak",
        "dateline": "Sendangrejo", "unit": "Polres Sendangrejo",
        "officials": [
            {"id": "kapolres", "rank": "AKBP", "name": "Dimas Arya Nugroho",
             "short_name": "Dimas", "position": "Kapolres Sendangrejo",
             "degrees": ["S.H.", "S.I.K.", "M.H."]},
            {"id": "kasatsamapta", "rank": "AKP", "name": "Yuliana Pratiwi",
             "short_name": "Yuliana", "position": "Kasat Samapta Polres Sendangrejo",
             "degrees": ["S.H."]}],
        "event": {"name": "Apel Gelar Pasukan Pengamanan Pilkades Serentak",
                  "date": "2026-11-24", "time": "08.00", "timezone": "WIB",
                  "place": "Halaman Mapolres Sendangrejo"},
        "body": body, "related": [], "closing": "(*)",
    }
    path = folder / "apel-pilkades.rilis"
    path.write_text(json.dumps(draft, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def open_release(make_window: Factory, folder: Path) -> MainWindow:
    window = make_window()
    window.resize(1366, 900)
    assert window.open_path(write_release(folder))
    window.checks.wait_ready()
    return window


def spans(findings: list[Any]) -> list[tuple[int, int, str, str]]:
    return [(f.start, f.end, f.rule, f.text) for f in findings]


def field_showing(qtbot: QtBot, window: MainWindow, path: str) -> Any:
    """The field of ``path``, shown, once it has been handed to the checker (a Qt widget
    whose ``findings`` are the checker's ``Finding`` objects)."""
    field: CheckedField | None = window.field_for(path)
    assert field is not None, path
    qtbot.waitUntil(lambda: window.checks._seen.get(id(field)) == field.plain(), timeout=5000)
    return field


def underlines(field: Any, want: list[tuple[int, int, str, str]]) -> Callable[[], bool]:
    return lambda: sorted(spans(field.findings)) == sorted(want)


def paragraph_row(text: str) -> int:
    return next(i for i, p in enumerate(PARAGRAPHS) if text in p)


def show_panel(qtbot: QtBot, window: MainWindow) -> None:
    window.toggle_check_panel()
    qtbot.waitUntil(lambda: bool(window.check_panel.findings), timeout=10000)


# ---------------------------------------------------------------- (a) the same findings


def test_every_field_underlines_exactly_what_the_checker_finds(qtbot: QtBot,
                                                                make_window: Factory,
                                                                tmp_path: Path) -> None:
    window = open_release(make_window, tmp_path)
    checker = Checker()
    known = words_from_release(window.release)
    flagged: list[str] = []
    for path, _place, text in checkable_texts(window.release):
        field = field_showing(qtbot, window, path)
        want = spans(checker.check(text, known))
        qtbot.waitUntil(underlines(field, want), timeout=10000)
        assert spans(field.findings) == want  # in the checker's order, too
        flagged += [f.text.strip() for f in field.findings]
        if isinstance(field, TextEdit):  # the underlines drawn are the findings, in UTF-16
            highlighter: Any = field.highlighter
            assert [(s, e) for s, e, _look in highlighter.spans] == [
                (to_utf16(text, f.start), to_utf16(text, f.end)) for f in field.findings]
    assert MISSPELT in flagged and "himbauan" in flagged and "Menurutnya" in flagged
    assert not set(NAMES) & set(flagged), "a name, place or rank was flagged"


def test_what_rilis_check_finds_in_the_fields_is_underlined_there(qtbot: QtBot,
                                                                   make_window: Factory,
                                                                   tmp_path: Path) -> None:
    """``rilis check`` reads the rendered release; every finding of it that falls inside
    a field's own text (a field without ``@`` mentions appears verbatim) is underlined in
    that field, and the field underlines nothing ``rilis check`` does not report."""
    window = open_release(make_window, tmp_path)
    release: Release = window.release
    document = release_plain_text(release)
    whole = Checker().check(document, words_from_release(release))
    compared = 0
    for path, _place, text in checkable_texts(release):
        if "@" in text or document.count(text) != 1:
            continue
        begin = document.index(text)
        expected = sorted((f.start - begin, f.end - begin, f.rule, f.text) for f in whole
                          if begin <= f.start and f.end <= begin + len(text))
        field = field_showing(qtbot, window, path)
        qtbot.waitUntil(underlines(field, expected), timeout=10000)
        compared += len(expected)
    assert compared >= 5
    window.toggle_check_panel()
    panel = window.check_panel
    qtbot.waitUntil(lambda: bool(panel.listed), timeout=10000)
    listed_panel = {(p.finding.rule, p.finding.text) for p, _n in panel.listed}
    inside = {(f.rule, f.text) for f in reported(whole)
              if any(f.text in t for _p, _pl, t in checkable_texts(release))}
    assert inside and inside <= listed_panel  # nothing ``rilis check`` lists is missing


# ---------------------------------------------------------------- (b) once, with its count


def test_a_word_written_three_times_is_underlined_three_times_and_listed_once(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    window = open_release(make_window, tmp_path)
    row = paragraph_row(MISSPELT)
    field = field_showing(qtbot, window, f"body.{row}.text")
    qtbot.waitUntil(lambda: sum(f.text == MISSPELT for f in field.findings) == 3,
                    timeout=10000)
    highlighter: Any = field.highlighter
    text = field.plain()
    assert sum(text[s:e] == MISSPELT for s, e, _look in highlighter.spans) == 3
    show_panel(qtbot, window)
    panel = window.check_panel
    entries = [panel.list.item(i).text() for i in range(panel.list.count())]
    assert sum(MISSPELT in entry for entry in entries) == 1
    assert any(MISSPELT in entry and "(3 kali)" in entry for entry in entries)
    window.body_form.list.select(row)
    qtbot.wait(300)
    window.grab().save(str(SHOTS / "app10-window-underlines.png"))
    panel.grab().save(str(SHOTS / "app10-panel.png"))


# ---------------------------------------------------------------- (f) saran looks softer


def test_a_saran_is_drawn_and_listed_apart_from_an_error(qtbot: QtBot, make_window: Factory,
                                                         tmp_path: Path) -> None:
    window = open_release(make_window, tmp_path)
    show_panel(qtbot, window)
    panel = window.check_panel
    looks = {finding_look(p.finding) for p, _n in panel.listed}
    assert {"spelling", "style", "saran"} <= looks, looks
    formats = {look: finding_format(look) for look in looks}
    assert formats["saran"].underlineStyle() != formats["style"].underlineStyle()
    assert formats["spelling"].underlineColor() != formats["style"].underlineColor()
    assert formats["spelling"].underlineStyle() == \
        QTextCharFormat.UnderlineStyle.SpellCheckUnderline
    labels = {"spelling": "Ejaan · ", "style": "Gaya · ", "saran": "Saran · "}
    for row, (placed, _count) in enumerate(panel.listed):
        item = panel.list.item(row)
        look = finding_look(placed.finding)
        assert item.text().startswith(labels[look]), item.text()
        assert item.font().italic() == (look == "saran")
    summary = panel.summary.text()
    assert "ejaan" in summary and "gaya" in summary and "saran" in summary
    # in the field, the saran's span is drawn with the saran look
    row = paragraph_row("Menurutnya")
    field = field_showing(qtbot, window, f"body.{row}.text")
    qtbot.waitUntil(lambda: any(f.text == "Menurutnya" for f in field.findings), timeout=10000)
    saran = next(f for f in field.findings if f.text == "Menurutnya")
    assert saran.severity == "saran"
    highlighter: Any = field.highlighter
    assert (to_utf16(field.plain(), saran.start), to_utf16(field.plain(), saran.end),
            "saran") in highlighter.spans
    qtbot.wait(300)
    field.grab().save(str(SHOTS / "app10-saran-field.png"))


# ---------------------------------------------------------------- (c) jump, fix, undo


def test_a_suggestion_chosen_in_the_panel_fixes_that_word_and_undo_restores_it(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    window = open_release(make_window, tmp_path)
    show_panel(qtbot, window)
    panel = window.check_panel
    row = next(i for i, (p, _n) in enumerate(panel.listed) if p.finding.text == "himbauan")
    item = panel.list.item(row)
    window.tabs.setCurrentWidget(window.release_form)
    panel.list.itemClicked.emit(item)  # a click shows the word, selected
    field = window.body_form.paragraph
    assert window.tabs.currentWidget() is window.body_form
    assert field.textCursor().selectedText() == "himbauan"
    menu = panel.menu_for(item)
    texts = [a.text() for a in menu.actions()]
    assert "Abaikan" in texts
    fix = next(a for a in menu.actions() if a.text().startswith("Ganti dengan"))
    standard = fix.text().split("“")[1].rstrip("”")
    before = field.plain()
    fix.trigger()
    start = before.index("himbauan")
    assert field.plain() == before[:start] + standard + before[start + len("himbauan"):]
    block = window.release.body[paragraph_row("himbauan")]
    assert isinstance(block, Paragraph) and block.text == field.plain()
    wait_preview(qtbot, window)
    assert standard in window.preview.toPlainText()
    assert "himbauan" not in window.preview.toPlainText()
    qtbot.waitUntil(lambda: all(p.finding.text != "himbauan" for p in panel.findings),
                    timeout=10000)
    window.undo_action.trigger()
    assert field.plain() == before
    wait_preview(qtbot, window)
    assert "himbauan" in window.preview.toPlainText()


def test_the_next_occurrence_can_be_fixed_right_after_the_first(qtbot: QtBot,
                                                                 make_window: Factory,
                                                                 tmp_path: Path) -> None:
    """Fixing a word moves the ones after it; the menu of the next one must not offer a fix
    that does nothing because the check has not run again yet."""
    window = open_release(make_window, tmp_path)
    field = field_showing(qtbot, window, f"body.{paragraph_row(MISSPELT)}.text")
    qtbot.waitUntil(lambda: sum(f.text == MISSPELT for f in field.findings) == 3,
                    timeout=10000)
    for remaining in (3, 2, 1):
        text = field.plain()
        assert text.count(MISSPELT) == remaining
        menu = QMenu()
        window.checks.populate_menu(field, menu, text.index(MISSPELT) + 2)
        menu.actions()[1].trigger()  # the best suggestion, right away (no new check)
        assert field.plain().count(MISSPELT) == remaining - 1
    assert field.plain().count("masyarakat") >= 3


# ---------------------------------------------------------------- (d) ignore, dictionary


def test_abaikan_hides_a_style_finding_everywhere(qtbot: QtBot, make_window: Factory,
                                                   tmp_path: Path) -> None:
    """The checker skips an ignored word only for its word-list rules; *Abaikan* on a
    context rule (a missing comma after *Menurutnya*, a degree without periods) must hide
    it as well, inline and in *Periksa*."""
    window = open_release(make_window, tmp_path)
    show_panel(qtbot, window)
    panel = window.check_panel
    field = field_showing(qtbot, window, f"body.{paragraph_row('Menurutnya')}.text")
    qtbot.waitUntil(lambda: any(f.text == "Menurutnya" for f in field.findings), timeout=10000)
    style = [f for f in field.findings if f.kind == "style"]
    assert style
    for finding in style:
        menu = QMenu()
        window.checks.populate_menu(field, menu, finding.start + 1)
        next(a for a in menu.actions() if a.text() == "Abaikan").trigger()
    qtbot.waitUntil(lambda: not [f for f in field.findings if f.kind == "style"],
                    timeout=10000)
    hidden = {f.text for f in style}
    qtbot.waitUntil(lambda: not [p for p in panel.findings if p.finding.text in hidden],
                    timeout=10000)


def test_an_ignored_word_stays_ignored_when_the_draft_is_opened_again(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    window = open_release(make_window, tmp_path)
    path = window.path
    assert path is not None
    row = paragraph_row(MISSPELT)
    field = field_showing(qtbot, window, f"body.{row}.text")
    qtbot.waitUntil(lambda: sum(f.text == MISSPELT for f in field.findings) == 3,
                    timeout=10000)
    window.checks.ignore(MISSPELT)
    qtbot.waitUntil(lambda: not any(f.text == MISSPELT for f in field.findings),
                    timeout=10000)
    window.checks.recheck_all()
    qtbot.wait(400)
    assert not any(f.text == MISSPELT for f in field.findings)
    assert window.save_to(path)  # Abaikan lives in the draft (kata_diabaikan): kept by saving
    window.new_draft()
    assert MISSPELT not in window.checks.ignored  # another draft starts with none
    assert window.open_path(path)
    field = field_showing(qtbot, window, f"body.{row}.text")
    qtbot.waitUntil(lambda: window.checks._seen.get(id(field)) == field.plain(), timeout=5000)
    qtbot.wait(600)
    assert not any(f.text == MISSPELT for f in field.findings)
    assert any(f.text == "Personel" for f in field.findings)  # the rest is still checked


# ---------------------------------------------------------------- panel keeps its place


def test_the_panel_keeps_the_entry_in_hand_when_it_refreshes(qtbot: QtBot,
                                                              make_window: Factory,
                                                              tmp_path: Path) -> None:
    window = open_release(make_window, tmp_path)
    window.resize(1000, 600)
    show_panel(qtbot, window)
    panel = window.check_panel
    last = panel.list.count() - 1
    assert last >= 6
    panel.list.setCurrentRow(last)
    panel.list.scrollToBottom()
    key = panel.list.item(last).data(FINDING_ROLE)
    with qtbot.waitSignal(window.checks.releaseChecked, timeout=10000):
        panel.refresh()
    assert panel.list.currentRow() == last
    current = panel.list.currentItem().data(FINDING_ROLE)
    assert (current.path, current.finding.text) == (key.path, key.finding.text)
    bar = panel.list.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == bar.maximum()


def test_clicking_a_counted_entry_again_goes_to_the_next_occurrence(qtbot: QtBot,
                                                                     make_window: Factory,
                                                                     tmp_path: Path) -> None:
    window = open_release(make_window, tmp_path)
    show_panel(qtbot, window)
    panel = window.check_panel
    row = next(i for i, (p, n) in enumerate(panel.listed) if p.finding.text == MISSPELT)
    assert panel.listed[row][1] == 3
    field = window.body_form.paragraph
    text = PARAGRAPHS[paragraph_row(MISSPELT)]
    places = [i for i in range(len(text)) if text.startswith(MISSPELT, i)]
    reached = []
    for _click in range(4):
        panel.list.itemClicked.emit(panel.list.item(row))
        panel.list.itemActivated.emit(panel.list.item(row))  # the same click: moves once
        qtbot.wait(10)
        cursor = field.textCursor()
        assert cursor.selectedText() == MISSPELT
        reached.append(cursor.selectionStart())
    assert reached == [*places, places[0]]
    # the entry's menu fixes the occurrence on screen (the first again), not another
    qtbot.wait(10)
    panel.list.itemClicked.emit(panel.list.item(row))  # on to the second
    qtbot.wait(10)
    fix = next(a for a in panel.menu_for(panel.list.item(row)).actions()
               if a.text().startswith("Ganti dengan"))
    fix.trigger()
    fixed = field.plain()
    assert fixed.count(MISSPELT) == 2
    assert fixed.startswith(text[:places[1]]) and not fixed[places[1]:].startswith(MISSPELT)


def test_a_word_added_to_the_dictionary_is_gone_everywhere_and_stays_gone(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    window = open_release(make_window, tmp_path)
    show_panel(qtbot, window)
    panel = window.check_panel
    row = next(i for i, (p, _n) in enumerate(panel.listed) if p.finding.text == MISSPELT)
    field = field_showing(qtbot, window, f"body.{paragraph_row(MISSPELT)}.text")
    qtbot.waitUntil(lambda: sum(f.text == MISSPELT for f in field.findings) == 3,
                    timeout=10000)
    add = next(a for a in panel.menu_for(panel.list.item(row)).actions()
               if a.text() == "Tambahkan ke kamus")
    add.trigger()
    qtbot.waitUntil(lambda: not any(f.text == MISSPELT for f in field.findings),
                    timeout=10000)
    highlighter: Any = field.highlighter
    assert not any(field.plain()[s:e] == MISSPELT for s, e, _look in highlighter.spans)
    qtbot.waitUntil(lambda: not any(p.finding.text == MISSPELT for p in panel.findings),
                    timeout=10000)
    assert any(f.text == "Personel" for f in field.findings)  # only that word went
    path = window.path
    assert path is not None
    again = make_window()  # a later session: the personal dictionary is read again
    assert again.open_path(path)
    again.checks.wait_ready()
    field = field_showing(qtbot, again, f"body.{paragraph_row(MISSPELT)}.text")
    qtbot.waitUntil(lambda: any(f.text == "Personel" for f in field.findings), timeout=10000)
    assert not any(f.text == MISSPELT for f in field.findings)


def test_advisory_points_and_the_modus_are_checked_as_rilis_check_checks_them(
        qtbot: QtBot, make_window: Factory, tmp_path: Path) -> None:
    """``rilis check`` reads the advisory points and the case's modus in the rendered
    release; the app underlines them and lists them in *Periksa* as well."""
    window = open_release(make_window, tmp_path)
    release = window.release
    release.template = "imbauan"
    release.points = ["Simpan kendaraan di tempat yang terkunci dan terang.",
                      "Laporkan orang yang mencurigakan kepada petugas ronda yang berjaga "
                      "di pos kampleng terdekat."]
    release.case.modus = "Pelaku berpura-pura menjadi petugas dan meminta uang tebusan " \
                         "kepada keluarga korbann melalui pesan singkat."
    window.set_release(release, window.path)
    window.checks.wait_ready()
    checker = Checker()
    known = words_from_release(release)
    document = release_plain_text(release)
    for path, text in (("points.1", release.points[1]), ("case.modus", release.case.modus)):
        want = spans(checker.check(text, known))
        assert want, f"the checker finds nothing in {path}: pick another slip"
        if text in document:  # what rilis check reads, it reports
            whole = {(f.rule, f.text) for f in checker.check(document, known)}
            assert {(rule, word) for _s, _e, rule, word in want} <= whole
        field = field_showing(qtbot, window, path)
        qtbot.waitUntil(underlines(field, want), timeout=10000)
    show_panel(qtbot, window)
    panel = window.check_panel
    qtbot.waitUntil(lambda: {"points.1", "case.modus"} <= {p.path for p in panel.findings},
                    timeout=10000)
    row = next(i for i, (p, _n) in enumerate(panel.listed) if p.path == "points.1")
    panel.list.itemClicked.emit(panel.list.item(row))
    assert window.tabs.currentWidget() is window.points_form
    word = panel.listed[row][0].finding.text
    assert window.points_form.points.text.selectedText() == word
