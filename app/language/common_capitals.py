"""Common words capitalised where EYD V writes them in lower case, judged by their place.

EYD V, I.E (Huruf Kapital): a capital opens a sentence and every word of a name (of a
person, an institution, a place, an event), and an office or rank *followed by* a name;
a common word is not capitalised because it stands before a name, nor because it follows
the first word of a sentence. Shapes a copy editor reads without knowing the name itself:

- ``kapital-kata-umum-sebelum-nama``: a word naming the people of a unit, capitalised in
  mid-sentence before the unit's name: *anggota Sat Samapta*, *personel Polri*,
  *rombongan Pemprov* (never the first word of the unit's name);
- ``kapital-kata-umum-awal-kalimat``: the words after the first word of a sentence,
  capitalised although the noun phrase closes without a name: *Pembagian Sembako
  tersebut*, *Kegiatan Bakti Sosial ini*, *Turut Hadir dalam*. Not when the first word
  heads a name (*Dinas Kesehatan ini*) or the text defines the run by an acronym
  (*Patroli Gang Sempit (PGS)*), nor when the run opens with a word that heads a name
  (*Adapun Pos Pengamanan yang*: readers marked none, tuning 0 of 2, full text 0 of 2);
- ``kapital-jabatan-tanpa-nama``: an office whose complement is in lower case, so it
  names no one (*10 Kepala desa yang dilantik* → *kepala desa*);
- ``akronim-kata-umum`` (EYD V, II.H): a KBBI common-noun acronym with its expansion in
  capitals (*Pungutan Liar (Pungli)*). Session 13: no longer the title-case acronym after
  a lowercase expansion (*inspeksi mendadak (Sidak)*): readers of the full text of
  raw11-15 mark that context 1 of 30 times, the rule's 8 firings there 0 marked, 4 unsure;
- ``kapital-kata-umum-sesudah-koma``: after a comma, a capitalised common word whose
  complement is in lower case (*TNI, Pemerintah daerah juga …*): a comma opens no
  sentence, and a name would capitalise both words.

- ``kapital-kata-berklitik``: a capitalised common word carrying the enclitic *-nya* in
  mid-sentence (*oleh Personelnya*, *warga Binaannya*): *-nya* makes it a common noun
  phrase (‘his personnel’); a name takes no *-nya*;
- ``kapital-penjelas-sesudah-nama``: a describing word after a capitalised run, before
  lower case (*Kepala Desa Terpilih hasil*, *Kantor Polisi Terdekat untuk*): *terpilih*,
  *terdekat*, *terdampak* say which one or what state, and never end a name;
- ``kapital-kata-umum-depan-nama``: in mid-sentence, one or two capitalised common
  words directly before a name they describe: the area of a unit or region (*di Wilayah
  Hukum Polres*, *Lingkungan Polda*, *Wilayah Kabupaten Merauke*) or what is said of a
  disease (*Pandemi Covid-19*, *Protokol Kesehatan Covid-19*), or one abstract noun in
  *ke-an*, *pe-an*, *-itas* before a unit or acronym (*Kemanunggalan TNI*, *Netralitas
  Polri*). Other common words before a unit are not judged (measured on real text, most
  of them are a unit's own parts and buildings: *Divisi Humas Polri*, *Markas Komando*),
  nor a word before an unknown capitalised word (a person or place: *Lapangan Merdeka*).
- ``kapital-sebutan-kelompok``: a group of people (*Tokoh Masyarakat*), a noun for a kind
  of person alone in mid-sentence (*Pramuka, Pelajar, serta*), *camat* and *lurah* in a
  list (*dimotori Camat dan Lurah*), *Ibu Hamil*;
- ``kapital-tingkat-jabatan``: *eselon*, *golongan* before a Roman numeral in
  mid-sentence (*pejabat Eselon III* → *eselon III*);

- ``kapital-jabatan-wilayah-tanpa-nama``: an office or staff word and the kind of unit it
  serves, with no name after them (*tingkat Kepala Desa diundang* → *kepala desa*);
- ``kapital-kata-waktu-depan-hari``: the common time word before a day or month name
  (*setiap Malam Sabtu* → *malam Sabtu*).
- ``singkatan-huruf-awal-kapital``: an initialism the lexicon writes all in capitals,
  written in title case (*Hut* → *HUT*, *Stnk* → *STNK*; EYD V, II.H);
- ``kapital-istilah-kbbi-kecil``: an acronym KBBI records as a lower-case common noun
  (*sajam*, *narkoba*, *miras*, *curanmor*), capitalised alone in mid-sentence
  (*membawa Sajam* → *sajam*; EYD V, II.H).
- ``kapital-verba-sesudah-nama``: a verb of saying or of a predicate capitalised after
  the name or office that is its subject (*Kapolres Berharap, …*, *Edy Sumardi
  Menyatakan*, *AKP Manurung, SH Memimpin apel*): a verb is no part of a name (EYD V, I.E);
- ``kapital-kata-ganti-tengah``: a personal pronoun capitalised in mid-sentence (*Hal
  itu Ia sampaikan*, *menurut Saya*): only *Anda* takes a capital (EYD V, I.E);
- ``kapital-awal-paragraf``: a paragraph that opens with a common word in lower case
  (*tercatat terdapat 35 spanduk*, *hal tersebut dilakukan*): its first word opens a
  sentence (EYD V, I.E).
- ``kapital-penggolong-bilangan``: a numeral classifier capitalised after a count in
  mid-sentence (*dan 5 Orang Anggota*, *Satu Regu Satpol PP* → *orang*, *regu*);
- ``kapital-sesudah-kata-sandang``: a common noun, an office or a kinship word capitalised
  after *para*, *seorang*, *salah satu*, *sejumlah*… where ``style``'s quantifier rule
  leaves it (*salah seorang Ibu bernama*, *sejumlah Menteri Kabinet Indonesia*).

All are ``saran``: a word the lists do not know may still be a name.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Set
from dataclasses import dataclass
from pathlib import Path

from app.base.calendar_words import DAYS, MONTHS
from app.language import data_cache
from app.language.datelines import dateline_comma
from app.language.eyd_context import title_case_line
from app.language.finding import Finding
from app.language.lexicon import lexicon_dir, read_table
from app.language.module_regex import ModulePatterns
from app.language.realword import quotation_opening
from app.language.saying import HOUSE as SAYING_HOUSE
from app.language.tokens import WORD_RE, Token, is_roman_numeral

_PATTERNS = ModulePatterns(__name__)
"""This module's regexes, compiled once and then read from the cache."""

RULE_BEFORE_NAME = "kapital-kata-umum-sebelum-nama"
RULE_SENTENCE_START = "kapital-kata-umum-awal-kalimat"
RULE_COMMON_ACRONYM = "akronim-kata-umum"
RULE_OFFICE = "kapital-jabatan-tanpa-nama"
RULE_GROUP = "kapital-sebutan-kelompok"
RULE_AFTER_COMMA = "kapital-kata-umum-sesudah-koma"
RULE_BEFORE_PROPER = "kapital-kata-umum-depan-nama"
RULE_ENCLITIC = "kapital-kata-berklitik"
RULE_TRAILING = "kapital-penjelas-sesudah-nama"
RULE_CLOSED_CLASS = "kapital-kata-tugas-tengah"
RULE_PAIR = "kapital-pasangan-kata-umum"
RULE_OFFICE_UNIT = "kapital-jabatan-wilayah-tanpa-nama"
RULE_TIME_WORD = "kapital-kata-waktu-depan-hari"
RULE_KBBI_LOWER = "kapital-istilah-kbbi-kecil"
RULE_INITIALISM = "singkatan-huruf-awal-kapital"
RULE_PARAGRAPH_START = "kapital-awal-paragraf"
RULE_VERB_AFTER_NAME = "kapital-verba-sesudah-nama"
RULE_PRONOUN = "kapital-kata-ganti-tengah"
RULE_CLASSIFIER = "kapital-penggolong-bilangan"
RULE_AFTER_ARTICLE = "kapital-sesudah-kata-sandang"
RULE_GRADE = "kapital-tingkat-jabatan"
DESCRIPTIONS: dict[str, str] = {
    RULE_GRADE: "Kata eselon dan golongan di depan angka Romawi di tengah kalimat ditulis "
                "dengan huruf kecil (pejabat eselon III, pegawai golongan II)",
    RULE_AFTER_ARTICLE: "Kata umum, jabatan, atau kata kekerabatan sesudah para, seorang, "
                        "sejumlah, seluruh, setiap, beberapa menyebut golongan, bukan orang "
                        "tertentu; ditulis dengan huruf kecil (para camat, seorang ibu)",
    RULE_CLASSIFIER: "Kata penggolong atau kata tempat yang dihitung sesudah bilangan di "
                     "tengah kalimat ditulis dengan huruf kecil (5 orang anggota, 2 unit "
                     "mobil, satu regu, 22 kecamatan)",
    RULE_PRONOUN: "Kata ganti orang di tengah kalimat ditulis dengan huruf kecil (ia, dia, "
                  "mereka, kami, kita, saya); hanya Anda yang berhuruf kapital",
    RULE_VERB_AFTER_NAME: "Verba sesudah nama atau jabatan pelakunya bukan bagian nama; ditulis "
                          "dengan huruf kecil (Kapolres berharap, Edy menyatakan)",
    RULE_PARAGRAPH_START: "Paragraf dibuka dengan kalimat; kata pertamanya ditulis dengan huruf "
                          "kapital (Tercatat 35 spanduk …, bukan tercatat 35 spanduk …)",
    RULE_INITIALISM: "Singkatan dari huruf awal kata (HUT, STNK, KTP, DPRD) ditulis dengan "
                     "huruf kapital semua, bukan hanya huruf pertamanya",
    RULE_KBBI_LOWER: "Akronim yang oleh KBBI dicatat sebagai kata umum berhuruf kecil (sajam, "
                     "narkoba, miras, curanmor, sembako) di tengah kalimat, di luar nama, "
                     "ditulis dengan huruf kecil",
    RULE_TIME_WORD: "Kata hari, malam, bulan di depan nama hari atau bulan ditulis dengan huruf "
                    "kecil (malam Minggu, bulan Agustus)",
    RULE_OFFICE_UNIT: "Jabatan atau perangkat desa, kampung, dusun, daerah, atau sekolah yang "
    "tidak diikuti nama ditulis dengan huruf kecil (kepala desa, perangkat daerah)",
    RULE_PAIR: "Dua kata umum yang dirangkai dengan dan/serta/atau di tengah kalimat, tanpa "
               "kepala nama sebelumnya dan tanpa nama sesudahnya, ditulis dengan huruf "
               "kecil (menjaga keamanan dan ketertiban)",
    RULE_CLOSED_CLASS: "Kata sandang, kata bilangan, kata penghubung, dan kata depan di "
                       "tengah kalimat ditulis dengan huruf kecil (para kapolsek, seorang, "
                       "satu regu, khususnya, bagi)",
    RULE_TRAILING: "Kata penjelas sesudah nama atau jabatan bukan bagian nama; ditulis "
                   "dengan huruf kecil (kepala desa terpilih, kantor polisi terdekat)",
    RULE_ENCLITIC: "Kata umum berklitik -nya di tengah kalimat ditulis dengan huruf kecil "
                   "(oleh personelnya)",
    RULE_BEFORE_PROPER: "Kata umum di depan nama satuan, wilayah, atau penyakit ditulis "
                        "dengan huruf kecil (wilayah hukum Polres, pandemi Covid-19, "
                        "kemanunggalan TNI)",
    RULE_AFTER_COMMA: "Kata umum sesudah koma di tengah kalimat ditulis dengan huruf kecil "
                      "(TNI, pemerintah daerah)",
    RULE_GROUP: "Sebutan kelompok orang ditulis dengan huruf kecil (tokoh masyarakat, "
                "pelajar, wartawan, camat dan lurah, ibu hamil)",
    RULE_OFFICE: "Jabatan yang tidak diikuti nama ditulis dengan huruf kecil (kepala desa)",
    RULE_COMMON_ACRONYM: "Akronim kata umum ditulis dengan huruf kecil, juga kepanjangannya "
                         "(pungutan liar (pungli), sembilan bahan pokok (sembako))",
    RULE_BEFORE_NAME: "Kata yang menyebut anggota satuan sebelum nama satuan ditulis dengan "
                      "huruf kecil",
    RULE_SENTENCE_START: "Kata umum sesudah kata pertama kalimat ditulis dengan huruf kecil",
}
SOURCES: dict[str, str] = {
    RULE_GRADE: "EYD V, I.E Huruf Kapital (huruf kapital untuk awal kalimat dan unsur nama "
                "diri; kata umum di tengah kalimat ditulis dengan huruf kecil); KBBI VI "
                "daring: eselon n ‘tingkatan jabatan’, golongan n",
    RULE_AFTER_ARTICLE: "EYD V, I.E Huruf Kapital (nama jabatan dan kata penunjuk hubungan "
                        "kekerabatan yang tidak merujuk kepada orang tertentu ditulis dengan "
                        "huruf kecil: Siapa gubernur yang baru dilantik itu?; Kita harus "
                        "menghormati bapak dan ibu kita); KBBI VI daring: para p (kata "
                        "sandang pengacu jamak); seorang, sejumlah, seluruh, setiap num",
    RULE_CLASSIFIER: "EYD V, I.E Huruf Kapital (huruf kapital hanya untuk awal kalimat dan unsur "
                     "nama diri); KBBI VI daring: orang, ekor, buah, unit, regu, lembar, "
                     "batang n (penggolong); ons, kuintal n (satuan ukuran); desa, "
                     "kecamatan, kabupaten, daerah, negara n",
    RULE_PRONOUN: "EYD V, I.E Huruf Kapital (huruf kapital untuk awal kalimat dan kata ganti "
                  "Anda); KBBI VI daring: ia, dia, mereka, kami, kita, saya pron",
    RULE_VERB_AFTER_NAME: "EYD V, I.E Huruf Kapital (huruf kapital untuk awal kalimat dan unsur "
                          "nama diri; predikat bukan unsur nama); KBBI VI daring: berharap, "
                          "menyatakan, memimpin v",
    RULE_PARAGRAPH_START: "EYD V, I.E Huruf Kapital (huruf kapital dipakai sebagai huruf "
                          "pertama kata pada awal kalimat)",
    RULE_INITIALISM: "EYD V, II.H Singkatan dan Akronim (singkatan yang terdiri atas huruf awal "
                     "setiap kata ditulis dengan huruf kapital: HUT, KTP, SIM, DPR, NKRI)",
    RULE_KBBI_LOWER: "EYD V, II.H Singkatan dan Akronim (akronim bukan nama diri ditulis dengan "
                     "huruf kecil); EYD V, I.E Huruf Kapital; KBBI VI daring: sajam, senpi, "
                     "narkoba, miras, curanmor, pungli, tilang, sembako n",
    RULE_TIME_WORD: "EYD V, I.E Huruf Kapital (nama tahun, bulan, dan hari huruf kapital: bulan "
                    "Agustus, hari Jumat); KBBI VI daring: hari, malam, bulan, pagi n",
    RULE_OFFICE_UNIT: "EYD V, I.E Huruf Kapital (jabatan huruf kapital bila diikuti nama orang, "
                      "instansi, atau tempat, atau dipakai sebagai sapaan; contoh: Siapa "
                      "gubernur yang baru dilantik itu?); KBBI VI daring: kepala desa, "
                      "kepala daerah, kepala sekolah, perangkat desa, aparat n",
    RULE_PAIR: "EYD V, I.E Huruf Kapital (huruf kapital untuk unsur nama diri; kata umum "
               "tidak ditulis kapital: menjaga keamanan dan ketertiban)",
    RULE_CLOSED_CLASS: "EYD V, I.E Huruf Kapital (huruf kapital untuk awal kalimat dan unsur "
                       "nama diri; kata tugas seperti di, ke, dari, dan, yang, untuk tidak "
                       "ditulis kapital kecuali di awal); KBBI VI daring: para p (kata "
                       "sandang), seorang, sejumlah, seluruh, satu, dua num, khususnya adv, "
                       "bagi p",
    RULE_TRAILING: "EYD V, I.E Huruf Kapital (hanya unsur nama diri); KBBI VI daring: "
                   "terpilih, terdekat, terdampak, tertentu",
    RULE_ENCLITIC: "EYD V, I.E Huruf Kapital (huruf kapital untuk awal kalimat dan nama "
                   "diri); EYD V, II.J Kata Ganti ku-, kau-, -ku, -mu, dan -nya "
                   "(-nya ditulis serangkai dengan kata yang mendahuluinya)",
    RULE_BEFORE_PROPER: "EYD V, I.E Huruf Kapital (huruf kapital untuk unsur nama diri; kata "
                        "umum yang mendahului nama tidak ikut: wilayah Kabupaten Bogor); "
                        "KBBI VI daring: wilayah, pandemi; ke-an, pe-an, -itas n "
                        "(kedekatan, netralitas)",
    RULE_AFTER_COMMA: "EYD V, I.E Huruf Kapital (huruf kapital pada awal kalimat dan nama "
                      "diri; koma tidak membuka kalimat baru)",
    RULE_GROUP: "EYD V, I.E Huruf Kapital (kata umum, bukan gelar atau jabatan; jabatan "
                "yang tidak merujuk kepada orang tertentu ditulis dengan huruf kecil); KBBI "
                "VI daring: tokoh, pelajar, wartawan, perwira, camat, lurah n; hamil a",
    RULE_OFFICE: "EYD V, I.E Huruf Kapital (jabatan yang tidak diikuti nama orang, instansi, "
                 "atau tempat ditulis dengan huruf kecil)",
    RULE_COMMON_ACRONYM: "EYD V, II.H Singkatan dan Akronim (akronim bukan nama diri ditulis "
                         "dengan huruf kecil: pemilu, tilang)",
    RULE_BEFORE_NAME: "EYD V, I.E Huruf Kapital (hanya unsur nama diri: anggota Polri, "
                      "personel Polres)",
    RULE_SENTENCE_START: "EYD V, I.E Huruf Kapital (huruf pertama awal kalimat saja)",
}
SOFT_RULES = frozenset(DESCRIPTIONS)
EXAMPLES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    RULE_GRADE: (
        ("Bupati melantik pejabat eselon II dan Eselon III di aula kantor.",
         "Tunjangan itu diterima pegawai Golongan II di semua dinas."),
        ("Bupati melantik pejabat eselon II dan eselon III di aula kantor.",
         "Eselon II wajib hadir dalam apel pagi.",
         "Promosi Jabatan Eselon III Digelar di Aula Kantor Bupati")),
    RULE_AFTER_ARTICLE: (
        ("Di posko itu, salah seorang Ibu bernama Ratna menunggu giliran.",
         "Surat itu ditujukan kepada seluruh Pelajar Desa Sukamaju dan guru.",
         "Pembukaan disaksikan sejumlah Menteri Kabinet Nusantara dan tamu undangan.",
         "Rapat dihadiri para Pejabat Perbankan Lontar dan tokoh agama.",
         "Kegiatan itu diliput sejumlah Wartawan Media Lontar.",
         "Kapolsek berbincang dengan salah satu Wartawan TV Nusantara di pos."),
        ("Di posko itu, salah seorang ibu bernama Ratna menunggu giliran.",
         "Rapat dihadiri para kepala OPD dan camat.",
         "Apel dihadiri para Pejabat Utama Polres Lontar pagi tadi.",
         "Warga dari seluruh Indonesia mengikuti lomba itu.",
         "Surat itu dikirim kepada para Kapolsek dan setiap Babinsa.",
         "Surat edaran dikirim ke seluruh Polres jajaran Polda Lontar.",
         "Kapolres memanggil seluruh Kepala Satuan Wilayah (Kasatwil) ke aula.",
         "Para Camat Hadiri Rapat Koordinasi di Pendopo",
         "Bantuan dibagikan kepada seluruh Desa di Kecamatan Tampan.")),
    RULE_CLASSIFIER: (
        ("Pos itu dijaga 4 personel polsek dan 3 Orang Linmas dari desa sebelah.",
         "Patroli di pasar dibantu 2 Orang TNI dari koramil setempat.",
         "Petugas menyita sekitar 40 Karung Pupuk Bersubsidi dari gudang itu.",
         "Penjagaan melibatkan satu regu dari polres, Satu Regu Satpol PP, dan warga.",
         "Lomba perahu diikuti utusan 12 Desa dan 3 Kelurahan di kabupaten itu."),
        ("Pos itu dijaga 4 personel Polsek dan 3 orang relawan desa.",
         "Polisi Sita 40 Karung Pupuk dari Gudang Kosong",
         "Ia bersekolah di SMP Negeri 2 Batang sejak tahun lalu.",
         "Bantuan diterima warga RT 05 Dusun Sukamaju kemarin.",
         "Kamar itu ditempati 2 orang, Budi dan Andi.",
         "Lomba perahu diikuti utusan 12 desa dan 3 kelurahan di kabupaten itu.",
         "Gerakan 1 Desa 1 Lumbung dimulai tahun ini.")),
    RULE_PRONOUN: (
        ("Hal itu Ia sampaikan saat membuka lomba perahu.",
         "Lebih lanjut Ia jelaskan, jadwal ronda diatur bergilir.",
         "Usai apel pagi Ia langsung meninjau pos jaga."),
        ("Hal itu ia sampaikan saat membuka lomba perahu.",
         "“Apa yang Anda ketahui tentang desa ini?” tanya juri.",
         "Mereka datang sejak pagi.",
         "Lagu “Tanah Air Kita” dinyanyikan bersama.",
         "Hadir pula Kepala Desa Tanjung Kalian, Bapak Rusli.")),
    RULE_VERB_AFTER_NAME: (
        ("Kapolsek Berharap, warga ikut menjaga pos ronda.",
         "Kepala Dinas Sosial Rina Wulandari Menyatakan, bantuan sudah disalurkan.",
         "Iptu Dodi Saputra, SH Memimpin apel pagi di halaman mapolsek."),
        ("Kapolsek berharap warga ikut menjaga pos ronda.",
         "Menyatakan pendapat di muka umum dijamin undang-undang.",
         "Kapolres Memimpin Apel Gelar Pasukan di Lapangan Merdeka",
         "Iptu Dodi Saputra, S.H. Memimpin apel bukan hal baru baginya.",
         "Warga menonton film “Sang Kapten Memimpin Negeri” di balai desa.")),
    RULE_PARAGRAPH_START: (
        ("Warga memasang spanduk di tiap gang.\n\ntercatat ada 35 spanduk yang terpasang.",
         "Posko dibuka pukul tujuh pagi.\nhal tersebut dilakukan agar warga tidak antre."),
        ("Warga memasang spanduk di tiap gang.\n\nTercatat ada 35 spanduk yang terpasang.",
         "Berita ini dikutip dari laman\nsukamaju.example.id dan disunting ulang.",
         "Panitia membagikan kupon kepada warga yang\nsudah terdaftar sejak pekan lalu.",
         "Foto kegiatan diunggah ke\n\ntribratasukamaju.example – pagi tadi.",
         "sejumlah relawan membantu petugas di dapur umum.")),
    RULE_INITIALISM: (
        ("Lomba itu digelar untuk memeriahkan Hut Kabupaten Lontar.",
         "Petugas memeriksa kelengkapan Stnk para pengendara.",
         "Warga diminta membawa Ktp saat mendaftar."),
        ("Lomba itu digelar untuk memeriahkan HUT Kabupaten Lontar.",
         "Sambutan dibacakan oleh Kapolri pagi itu.",
         "Surat itu ditandatangani Budi Santoso, S.Hut., kemarin.")),
    RULE_KBBI_LOWER: (
        ("Petugas menyita dua bilah Sajam dari tas pemuda itu.",
         "Warga diajak menjauhi Miras sejak usia sekolah.",
         "Patroli malam digelar untuk mencegah Curanmor di parkiran pasar."),
        ("Petugas menyita dua bilah sajam dari tas pemuda itu.",
         "Kasat Narkoba Polres Lontar memimpin penggerebekan itu.",
         "Sasaran operasi ialah Curat, Curas dan Curanmor di wilayah kota.",
         "Satgas Anti Narkoba Sekolah dibentuk pekan lalu.",
         "Polisi Sita Sajam dari Pemuda Mabuk")),
    RULE_TIME_WORD: (
        ("Ronda keliling digelar setiap Malam Sabtu di tiap dusun.",
         "Pasar murah dibuka pada Hari Senin pukul delapan.",
         "Jam kerja pegawai dikurangi selama Bulan Puasa tahun ini.",
         "Pasar takjil ramai sepanjang Bulan Ramadan di kota itu."),
        ("Ronda keliling digelar setiap malam Sabtu di tiap dusun.",
         "Warga berkumpul pada Malam Tahun Baru di alun-alun.",
         "Panitia menggelar Bulan Suci Lontar Festival di alun-alun.",
         "Jam kerja pegawai dikurangi selama bulan puasa tahun ini.",
         "Hari Senin pasar dibuka lebih pagi.")),
    RULE_OFFICE_UNIT: (
        ("Undangan dikirim sampai ke tingkat Kepala Desa di seluruh kabupaten.",
         "Pos itu dijaga unsur TNI, Polri dan Kepala Dusun serta relawan.",
         "Jadwal itu sudah disampaikan kepada Kepala Sekolah sejak pekan lalu.",
         "Babinsa berbincang dengan Kepala Dusun tentang jadwal ronda.",
         "Jadilah Kepala Desa yang jujur kepada warganya."),
        ("Undangan dikirim sampai ke tingkat kepala desa di seluruh kabupaten.",
         "Bantuan itu disalurkan Pemerintah Daerah Kabupaten Lontar kemarin.",
         "Pos itu dijaga unsur TNI, Polri dan Pemerintah Daerah serta relawan.",
         "Acara dibuka oleh Kepala Desa Sukamaju pagi tadi.",
         "Laporan disampaikan Kepala Dusun, Bapak Rahmat Hidayat, kepada camat.",
         "Kegiatan itu dipimpin Kepala Desa (Kades) setempat.")),
    RULE_PAIR: (
        ("Warga diminta ikut menjaga Keamanan dan Ketertiban selama pesta panen.",
         "Petani di lereng itu menanam Jagung dan Kedelai secara bergantian.",
         "Penyuluh membahas Pupuk dan Benih yang cocok untuk lahan kering.",
         "Laporan yang masuk ke polsek itu berupa Pencurian dan Penggelapan."),
        ("Warga diminta ikut menjaga keamanan dan ketertiban selama pesta panen.",
         "Surat itu diteruskan ke Dinas Perindustrian dan Perdagangan pekan lalu.",
         "Penyuluhan tentang Keamanan dan Ketertiban Lingkungan digelar di balai warga.",
         "Rapat dihadiri staf bidang Ekonomi dan Pembangunan Setda Kabupaten Lontar.",
         "Surat itu diteruskan ke kepala Dinas Perindustrian dan Perdagangan.")),
    RULE_CLOSED_CLASS: (
        ("Kepala dinas meminta Para Lurah menyiapkan data penerima.",
         "Acara itu dihadiri oleh camat, kepala puskesmas, Para PKK desa dan warga yang "
         "datang dari tiga dusun.",
         "Pelatihan menjahit itu terbuka Bagi PKK dari semua desa di kecamatan ini.",
         "Menjadi Seorang Bhabinkamtibmas berarti siap melayani warga kapan saja.",
         "Rapat itu dipimpin oleh camat yang baru dilantik, Kemudian Kades Tanjung Asri "
         "menyampaikan usul warga.",
         "Apel diikuti satu regu Kodim, Satu regu Sabhara, dan satu regu Satpol PP."),
        ("Camat sudah memerintahkan para kepala dusun untuk mendata warga.",
         "Para camat hadir sejak pagi.",
         "Atlet itu berlaga di Asean Para Games tahun lalu.",
         "Ia mengutip lagu “Seorang Kapiten” di depan murid.",
         "Pelatihan Nelayan Bagi Warga Pesisir Selatan",
         "Bantuan dikirim ke Kabupaten Lima Puluh Kota dan sekitarnya.",
         "Pemkab menjalankan program Satu Data Lontar tahun ini.",
         "Rapat itu digelar di Lontar, seperti dilansir dari Antara, Senin.")),
    RULE_TRAILING: (
        ("Bupati melantik 40 orang Kepala Desa Terpilih hasil pilkades serentak.",
         "Warga diminta melapor ke Pos Polisi Terdekat bila melihat hal mencurigakan.",
         "Bantuan disalurkan kepada Warga Desa Terdampak banjir bandang."),
        ("Bupati melantik 40 orang kepala desa terpilih hasil pilkades serentak.",
         "Warga diminta melapor ke pos polisi terdekat bila melihat hal mencurigakan.",
         "Bupati Terpilih Dilantik Hari Ini di Gedung Dewan")),
    RULE_ENCLITIC: (
        ("Pengaturan arus pagi itu dilakukan oleh Petugasnya bersama relawan.",
         "Kepala desa mengajak warga Binaannya menjaga kebersihan.",
         "Rumah itu kosong karena ditinggal Pemiliknya."),
        ("Pengaturan arus pagi itu dilakukan oleh anggotanya bersama relawan.",
         "Selanjutnya, Kapolsek menyerahkan bantuan kepada warga.",
         "Ia berdoa kepada Tuhannya setiap malam.")),
    RULE_BEFORE_PROPER: (
        ("Warga diminta tetap mematuhi Protokol Kesehatan Covid-19 di pasar.",
         "Situasi di Wilayah Kabupaten Sukamara tetap aman.",
         "Lomba itu diikuti pegawai di Lingkungan Polres Kampar.",
         "Sekolah ditutup selama masa Pandemi Covid-19 tahun itu.",
         "Kegiatan itu memantapkan Kemanunggalan TNI dengan warga desa.",
         "Kapolsek meminta anggota menjaga Netralitas Polri selama pilkada."),
        ("Warga diminta tetap mematuhi protokol kesehatan Covid-19 di pasar.",
         "Rapat digelar di Kantor Polsek Tampan pagi tadi.",
         "Petugas berjaga di Lapangan Merdeka Kabupaten Sukamara.",
         "Laporan itu diterima tim Divisi Humas Polri kemarin.",
         "Bantuan tiba di Desa Sukamaju Kecamatan Tampan.",
         "Laporan itu diteruskan ke Kepolisian RI pekan lalu.",
         "Pelatihan dan Pengembangan ASN digelar di aula kantor bupati.",
         "Jalan itu dibangun sesuai Rencana Tata Ruang dan Wilayah Kota Lontar.",
         "Kapolsek meminta anggota menjaga netralitas Polri selama pilkada.")),
    RULE_AFTER_COMMA: (
        ("Posko dijaga unsur Polri, Pemerintah kecamatan juga relawan.",
         "Sasaran penyuluhan ialah kader PKK, Remaja putri di tiap dusun.",
         "Menurut Kapolsek, Kegiatan ronda ini digelar tiap malam.",
         "Di Kabupaten Lontar, Pendampingan gizi Posyandu terus dilakukan kader.",
         "Kata Kapolsek Iptu Rina Sari, S.H., Patroli rutin digelar tiap malam.",
         "Petugas memantau situasi Kamtibmas, Protokol Kesehatan juga dijaga di pasar."),
        ("Posko dijaga unsur Polri, pemerintah kecamatan juga relawan.",
         "Dalam sambutannya, Bunga menegaskan pentingnya gizi anak.",
         "Hadir Kapten Inf Sudarmo, Perwira piket, Serka Ali, dan warga.",
         "Acara itu dimeriahkan Rina, Bunga Citra menyanyikan lagu daerah.",
         "Menurut Kapolsek, Dinas Sosial juga membantu warga.")),
    RULE_GROUP: (
        ("Rapat dihadiri Camat, Tokoh Agama, dan warga setempat.",
         "Kegiatan itu juga dihadiri oleh perangkat desa dan Tokoh Pemuda Desa Sukamaju "
         "yang datang sejak pagi.",
         "Lomba itu diikuti regu Pramuka, Pelajar, serta warga kampung.",
         "Jadwal ronda disusun bersama Camat dan Lurah setiap bulan.",
         "Pameran itu diliput oleh Wartawan, fotografer, dan warga.",
         "Vitamin dibagikan kepada balita dan Ibu Hamil di posyandu.",
         "Gubernur meminta Bupati dan Wali Kota menyiapkan lumbung pangan."),
        ("Rapat dihadiri camat, tokoh agama, dan warga setempat.",
         "Tokoh Masyarakat hadir sejak pagi.",
         "Bantuan diserahkan kepada Kader Posyandu Melati di balai desa.",
         "Rapat dibuka setelah Camat tiba di balai desa.",
         "Acara itu dihadiri Camat Tampan, Budi Santoso, dan warga.")),
    RULE_OFFICE: (
        ("Di balai itu 12 Kepala desa yang baru dilantik mengikuti bimbingan teknis.",
         "Rapat itu dihadiri para camat dan Ketua panitia lomba.",
         "Pelatihan diikuti 30 Aparat Desa dan 12 Aparat kecamatan dari kota."),
        ("Di balai itu 12 kepala desa yang baru dilantik mengikuti bimbingan teknis.",
         "Acara dibuka oleh Kepala Desa Sukamaju pagi tadi.",
         "Rapat itu dipimpin Ketua DPRD setempat.")),
    RULE_COMMON_ACRONYM: (
        ("Dinas sosial menyalurkan Sembilan Bahan Pokok (Sembako) kepada nelayan.",
         "Tim saber menindak kasus Pungutan Liar (Pungli) di terminal.",
         "Babinsa rutin melakukan Komunikasi Sosial (Komsos) dengan petani."),
        ("Camat melakukan inspeksi mendadak (sidak) ke pasar pagi.",
         "Camat melakukan inspeksi mendadak (Sidak) ke pasar pagi.",
         "Babinsa melakukan komunikasi sosial (Komsos) dengan petani.",
         "Camat membuka Musyawarah Rencana Pembangunan (Musrenbang) kecamatan.",
         "Laporan diterima kepolisian resor (Polres) setempat.",
         "Warga mengikuti kuliah kerja nyata (KKN) di desa itu.",
         "Tim saber menindak kasus pungutan liar (pungli) di terminal.",
         "Polisi Sita Ratusan Liter Minuman Keras (Miras)")),
    RULE_BEFORE_NAME: (
        ("Penjagaan dilakukan oleh Anggota Sat Samapta sejak pagi.",
         "Bantuan tiba bersama Rombongan Pemprov siang tadi.",
         "Dalam pantauan, Personel Polri berjaga di setiap simpang.",
         "Hadir pula Ketua Dewan Adat Lontar, Anggota DPRD, dan tokoh agama."),
        ("Penjagaan dilakukan oleh anggota Sat Samapta sejak pagi.",
         "Hadir Bupati Lontar, Budi Santoso, Anggota DPRD Provinsi Lontar, dan camat.",
         "Bantuan diserahkan di Kantor Polsek Tampan pagi tadi.",
         "Kegiatan dihadiri Kepala Dinas Sosial Kabupaten Kampar.")),
    RULE_SENTENCE_START: (
        ("Pembagian Sembako tersebut berlangsung tertib.",
         "Kegiatan Bakti Sosial ini digelar di halaman balai warga.",
         "Turut Hadir dalam acara itu para ketua RT.",
         "Selanjutnya Petugas Kebersihan menyapu halaman balai desa."),
        ("Pembagian sembako tersebut berlangsung tertib.",
         "Dinas Kesehatan menggelar vaksinasi di balai warga.",
         "Operasi Ketupat digelar selama dua pekan.",
         "Selanjutnya Permata Sari menyapa warga di balai desa.",
         "Adapun Pos Pengamanan yang dikunjungi berada di dekat terminal.")),
}
"""Wrong and right examples of each rule: the tests run them."""

_LINE_BREAKS = frozenset("\n")
_PARAGRAPH_OPENER_RE = _PATTERNS.compile(r"[ \t]*[“\"‘']?([a-z]{3,})(?![\w./@:_-])")
"""A line's first word in lower case, not the start of an address (*polri.go.id*) or a
label (*sumber:*)."""
_SENTENCE_ENDS = frozenset(".!?”\"’")
"""What ends the line before a paragraph of its own: a sentence ends there."""
_MID_GAP_RE = _PATTERNS.compile(r" (?:\d+ )?")
_ACRONYM_RE = _PATTERNS.compile(r"\(([A-Z][a-z]{2,11})\)")
"""An acronym in title case in parentheses (*(Sidak)*): the pattern opens with a literal,
which the regex engine finds fast."""
_PREDICATE_PREFIXES = ("me", "ber")
"""A verb in *meN-*/*ber-* after the opening words makes them the subject, which may be a
person's name made of common words (*Permana Sari menekankan*): not judged."""
_CONFIX_NOUN_RE = _PATTERNS.compile(r"(?:Ke|Pe)[a-z]{3,}an")
"""A noun with the confix *ke-…-an* or *pe(N/r)-…-an* (*Kepolisian*, *Pelaksanaan*): an
abstract noun or an institution, never a person's given name (KBBI VI: the confixes form
nouns of state, act and place), so a run holding one is no name as subject."""


def _subject_may_be_name(run: Iterable[str], after: str) -> bool:
    """Whether a capitalised run before ``after`` may be a person's name as subject: the
    word after is a verb in *meN-*/*ber-* (*Permana Sari menekankan*) and no word of the
    run is a confix noun (*Petugas Kepolisian melakukan* names no one)."""
    if not after.startswith(_PREDICATE_PREFIXES) or after in _CLOSING_WORDS:
        return False
    return not any(_CONFIX_NOUN_RE.fullmatch(word) for word in run)


def _headline(text: str, position: int) -> bool:
    """Whether the line at ``position`` is a headline, in title case or mostly capitals:
    it follows its own case, which the capital rules do not judge."""
    return title_case_line(text, position) or _capitalised_line(text, position)


def _own_case(text: str, position: int) -> bool:
    """Whether the words at ``position`` follow a case of their own, not a sentence's: a
    quoted title or a headline."""
    return _in_quotation(text, position) or _headline(text, position)


_HEADLINE_WORDS = 16
"""Words of four letters or more a headline has at most; a paragraph listing officials
may be mostly capitals too."""


_HEADLINE_LOWER = frozenset({
    "dengan", "untuk", "dalam", "pada", "kepada", "bagi", "oleh", "dari", "yang", "atau",
    "serta", "tentang", "terhadap", "sebagai", "hingga", "sampai", "antara", "melalui",
    "usai", "jelang", "demi", "tanpa", "sejak", "agar", "saat", "guna"})
"""Function words a title-case headline keeps in lower case (EYD V, I.E: *di*, *ke*,
*dari*, *dan*, *yang*, *untuk* inside a title)."""
_SENTENCE_CONTENT_WORDS = 2
"""Lower-case content words (a verb, a noun) that make a mostly
capitalised line a sentence full of names: a title-case headline capitalises them."""


def _capitalised_line(text: str, position: int) -> bool:
    """Whether the line at ``position`` is a headline: short, most of its words of four
    letters or more capitalised, with or without a closing period (*Dekatkan Diri dengan Warga,
    Polresta Gelar Jumat Curhat.*)."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    line = text[start:end if end >= 0 else len(text)]
    words = [w for w in WORD_RE.findall(line) if len(w) > 3]
    if not 3 <= len(words) <= _HEADLINE_WORDS or \
            sum(w[:1].isupper() for w in words) < 0.7 * len(words):
        return False
    content = sum(1 for w in words if w.islower() and w not in _HEADLINE_LOWER)
    return content < _SENTENCE_CONTENT_WORDS


def _title(word: str) -> bool:
    return len(word) > 1 and word[:1].isupper() and word[1:].islower() and word.isalpha()


@dataclass(frozen=True)
class RunWords:
    """What the style data says about capitalised words."""

    is_common: Callable[[str], bool]
    """A capitalised common word (hunspell or the lexicon's ordinary words, not a name)."""
    heads: Set[str]
    """Words that head a name (*Dinas*, *Kantor*, *Operasi*) or offices (*Kepala*): a
    sentence opening with one may open with a name."""
    place_nouns: Set[str]
    """Region and place words a name follows (*Desa Naras*, *Kecamatan Sepaku*)."""
    is_term: Callable[[str], bool]
    """A unit or institution the lexicon writes in title case (*Polres*, *Kodam*)."""
    titles: Set[str]
    """Offices (*Bupati*, *Kapolres*): what follows a member word there is no unit."""
    title_before: Set[str]
    """Words after which capitals open a title (*tentang*, *program*)."""
    is_word: Callable[[str], bool] = lambda word: False
    """A lowercase word the dictionary or the lexicon accepts (*anggota*, *binaan*)."""


def _sentence_start(text: str, token: Token) -> bool:
    """Whether ``token`` opens a sentence: the text's start, a new line, or a space after
    a full stop, question or exclamation mark (an opening quote may stand between)."""
    position = token.start
    while position > 0 and text[position - 1] in "“\"'‘":
        position -= 1
    if position == 0 or text[position - 1] in _LINE_BREAKS:
        return True
    before = text[max(0, position - 2):position]
    if before[-1:] != " " or before[:1] not in ".!?":
        return False
    word = text[max(0, position - 8):position - 2].split()[-1:]
    return not (word and word[0][:1].isupper() and len(word[0]) <= 4)   # Kel. Pulang Pisau


_ARTICLES_AND_NUMERALS = frozenset({
    "Para", "Seorang", "Sebuah", "Sejumlah", "Seluruh", "Segenap", "Setiap", "Tiap",
    "Semua", "Beberapa", "Sebagian", "Sekalian"})
"""KBBI VI: *para* p ‘kata sandang yang menyatakan pengacu jamak’; *seorang*, *sebuah*,
*sejumlah*, *seluruh*, *segenap*, *setiap*, *tiap*, *semua*, *beberapa*, *sebagian* num
(numeralia tak tentu). They open a common noun phrase and never stand inside a name
after a lowercase word (*Asean Para Games*: after a capital, a name's own word)."""
_CLOSED_CLASS = _ARTICLES_AND_NUMERALS | frozenset({
    "Khususnya", "Terutama", "Termasuk", "Kemudian", "Selanjutnya", "Sedangkan", "Namun",
    "Bahkan", "Yakni", "Yaitu", "Saat", "Ketika", "Setelah", "Sebelum", "Sesudah", "Sejak",
    "Bagi", "Demi", "Tanpa", "Hingga", "Melalui", "Antara", "Dalam", "Ini", "Itu"})
"""Closed-class words (KBBI VI: *khususnya*, *terutama*, *kemudian* adv; *sedangkan*,
*namun*, *yakni*, *saat*, *ketika*, *setelah*, *sejak* konj/p; *bagi*, *demi*, *tanpa*,
*hingga*, *melalui*, *antara*, *dalam* p; *ini*, *itu* pron penunjuk, which point and
name nothing, also after a sentence's first word: *Hal Ini disampaikan*): EYD V, I.E
writes them in lower case in
mid-sentence, inside names and titles too, except as a title's first word. The
prepositions ``eyd_context.function_word_case`` already judges (*Untuk*, *Kepada*, *Di*)
and the honorific *Yang* are not here."""
_CARDINALS = frozenset({
    "Satu", "Dua", "Tiga", "Empat", "Lima", "Enam", "Tujuh", "Delapan", "Sembilan",
    "Sepuluh", "Sebelas", "Seratus", "Seribu", "Puluhan", "Ratusan", "Ribuan"})
"""Cardinal numerals (KBBI VI: num): a count in mid-sentence (*…, Satu regu Sabhara*) is
no name. Judged only before a lowercase word: a name may hold one (*di Lima Puluh Kota*,
*program Satu Data*), and then a capital follows."""
_AFTER_COMMA_ELSEWHERE = frozenset({
    "Kemudian", "Sedangkan", "Namun", "Khususnya", "Terutama", "Yakni", "Yaitu",
    "Termasuk", "Bahkan"})
"""After a comma and before a lowercase word these are ``style._lowercase_after``'s."""
_QUOTES_OPEN = "“\""
_NEEDS_COMPLEMENT = _ARTICLES_AND_NUMERALS | frozenset({
    "Bagi", "Demi", "Tanpa", "Hingga", "Melalui", "Antara", "Dalam"})
"""Prepositions, articles and indefinite numerals of ``_CLOSED_CLASS`` (KBBI VI p, num):
each opens a phrase and needs a word after it, so the capitalised form followed straight
by a comma, a period or a closing bracket is a name that sounds like one (*dilansir dari
Antara, Kamis*: the news agency). Not the demonstratives, which may close a phrase."""
_BARE_CLOSE_RE = _PATTERNS.compile(r"[,.;:)]")


def complement_missing(text: str, token: Token) -> bool:
    """Whether ``token`` is a preposition, article or numeral with no complement after it
    (*kepada Antara, Rabu*): then it is a name, not the function word. Session 13, raw15
    full text: 2 such firings (*Antara* the news agency), neither marked; none on tuning
    or raw11-14 marked."""
    return token.text in _NEEDS_COMPLEMENT and \
        _BARE_CLOSE_RE.match(text, token.end) is not None


def _in_quotation(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a quoted title opened on its line: every word
    from the opening mark up to it is capitalised (*lagu “Seorang Kapiten”*, *tema “Bersih
    Bagi Semua”*). A quoted title keeps its own capitals; quoted speech (*“Petani menanam
    Jagung …*) is prose and is judged."""
    words = _quoted_words(text, position)
    return words is not None and not any(word[:1].islower() for word in words)


def _quoted_words(text: str, position: int) -> list[str] | None:
    """The words from the quotation mark still open on ``position``'s line up to it, or
    ``None`` when no quotation is open there (a curly one not yet closed, or an odd
    straight one)."""
    opened = quotation_opening(text, position)
    return None if opened < 0 else text[opened + 1:position].split()


_TITLE_FUNCTION_WORDS = _HEADLINE_LOWER | frozenset({"di", "ke", "dan"})


def _in_titled_quotation(text: str, position: int) -> bool:
    """Whether ``position`` lies inside a quoted title whose function words are in lower
    case, as EYD V, I.E writes them (*tema “Bangkit Bersama dalam Pemulihan serta Pandemi
    Covid-19”*): every other word since the opening mark is capitalised, so the title
    keeps its capitals. Session 13: the one such firing of ``kapital-kata-umum-depan-nama``
    on full text was not marked."""
    words = _quoted_words(text, position)
    return words is not None and len(words) >= 2 and not any(
        word[:1].islower() and word not in _TITLE_FUNCTION_WORDS for word in words)


def _opener_is_common(text: str, token: Token, words: RunWords) -> bool:
    """Whether ``token`` opens its sentence as an ordinary word (*Menjadi*, *Sebagai*),
    not as a name, an office or the head of a name (*Dinas*, *Bupati*)."""
    return _title(token.text) and _sentence_start(text, token) and \
        words.is_common(token.text) and token.text not in words.heads and \
        token.text not in words.titles


def closed_class(text: str, tokens: list[Token], words: RunWords) -> Iterator[Finding]:
    """``kapital-kata-tugas-tengah``: *memerintahkan Para Kapolsek*, *Wakil Bupati, Para
    Camat*, *terbuka Bagi nelayan*, *Menjadi Seorang Babinsa*: an article, an indefinite
    numeral, a conjunction or a preposition capitalised in mid-sentence — after a
    lowercase word, after a comma that follows a word, or (articles and numerals) after a
    sentence's ordinary first word. EYD V, I.E capitalises a sentence's first word and
    the words of names; these words are never a name's and stay lower case even inside
    titles. Not after a capitalised word (*Asean Para Games*, *Menteri Dalam Negeri*: the
    run may be a name), in a headline or title-case line, or inside a quotation. A
    cardinal numeral (*…, Satu regu Sabhara*) only before a lowercase word. Cheap: a set
    look-up per token first."""
    for index in range(1, len(tokens)):
        token = tokens[index]
        cardinal = token.text in _CARDINALS
        if token.text not in _CLOSED_CLASS and not cardinal:
            continue
        before = tokens[index - 1]
        gap = text[before.end:token.start]
        after = tokens[index + 1].text if index + 1 < len(tokens) else ""
        if cardinal and (not (after.islower() or after in _CLASSIFIERS) or
                         text[token.end:token.end + 1] != " "):
            continue                         # di Lima Puluh Kota: a name's numeral
        if gap == " " and before.text.islower():
            pass
        elif gap == ", " and (before.text[-1:].isalnum() or before.text.endswith(")")):
            if token.text in _AFTER_COMMA_ELSEWHERE and after.islower():
                continue                     # , Kemudian ia: the after-comma rule's
            if dateline_comma(text, before.end):
                continue                     # KOTABARU, Dalam rangka: the body's first word
        elif gap == " " and (token.text in _ARTICLES_AND_NUMERALS or
                             token.text in _DEMONSTRATIVES) and \
                _opener_is_common(text, before, words):
            pass
        else:
            continue
        if before.text[:1] in _QUOTES_OPEN or _own_case(text, token.start):
            continue
        if complement_missing(text, token):
            continue                         # dilansir dari Antara, Kamis: a name
        lowered = token.text.lower()
        yield Finding(token.start, token.end, token.text, "style", RULE_CLOSED_CLASS,
                      f"Kata tugas di tengah kalimat ditulis dengan huruf kecil: "
                      f"“{lowered}”.", (lowered,), severity="saran")


_DEMONSTRATIVES = frozenset({"Ini", "Itu"})
"""Demonstratives (KBBI VI *ini*, *itu* pron): after a sentence's ordinary first word too
(*Hal Ini*, *Kegiatan Itu*), as articles are."""
PAIR_JOINS = frozenset({"dan", "serta", "atau"})
"""Conjunctions that join two parts of a pair or a list (*Bupati dan Wakil Bupati*)."""
_SAYING_WORDS = frozenset(SAYING_HOUSE) | {"oleh"}
"""After these a capitalised pair may be two persons (*ujar Bunga dan Melati*)."""


def common_pair(text: str, tokens: list[Token], words: RunWords) -> Iterator[Finding]:
    """``kapital-pasangan-kata-umum``: *menjaga Keamanan dan Ketertiban selama*, *menanam
    Jagung dan Kedelai secara*: two capitalised common words joined by *dan*, *serta* or
    *atau*, with a lowercase word before and a lowercase word, a comma or a sentence's
    end after (*berupa Pencurian dan Penggelapan.*). A name of two parts has its head
    before it (*Dinas Perindustrian dan Perdagangan*) or a name after it (*Bidang
    Ekonomi dan Pembangunan Setda*); with neither, the pair is two common nouns (EYD V,
    I.E). Not after a word that opens a title (*tentang*, *tema*, *program*) or a verb
    of saying, not a word that heads names or offices, not in a headline or inside a
    quotation, not where the text defines the pair by an acronym. Cheap: read from each
    *dan*/*serta*/*atau* token."""
    for index in range(2, len(tokens) - 1):
        join = tokens[index]
        if join.text not in PAIR_JOINS:
            continue
        first, second = tokens[index - 1], tokens[index + 1]
        before = tokens[index - 2]
        after = tokens[index + 2] if index + 2 < len(tokens) else \
            Token(len(text), len(text), "")
        if text[first.end:join.start] != " " or text[join.end:second.start] != " " or \
                not _title(first.text) or not _title(second.text):
            continue
        gap_before = text[before.end:first.start]
        if not (gap_before == " " and before.text.islower()):
            continue
        gap_after = text[second.end:after.start]
        if not ((gap_after == " " and after.text.islower() and
                 after.text not in PAIR_JOINS) or
                gap_after.startswith((".", ","))):
            continue
        if gap_before == " " and (before.text in words.title_before or
                                  before.text in _SAYING_WORDS):
            continue
        if any(not _plain_common(word.text, words) or word.text in words.heads or
               word.text in words.place_nouns or word.text in _AREA_WORDS
               for word in (first, second)):
            continue
        written = text[first.start:second.end]
        if _own_case(text, first.start) or _defined_name(text, written):
            continue
        lowered = written.lower()
        yield Finding(first.start, second.end, written, "style", RULE_PAIR,
                      f"Kata umum yang dirangkai bukan nama; ditulis dengan huruf kecil: "
                      f"“{lowered}”.", (lowered,), severity="saran")


def _name_starts(word: str, words: RunWords) -> bool:
    """Whether ``word`` opens the name of a unit or institution: an acronym (*KKN*,
    *TNI-Polri*, not a Roman numeral) or a unit the lexicon knows (*Polres*, *Covid*);
    not an office (*Wakil Bupati* is one office) and not a place (*Banda Aceh*)."""
    letters = word.replace("-", "")
    if len(letters) >= 2 and word[:2].isupper() and letters.isalpha():
        return not is_roman_numeral(word)   # KKN, TNI-Polri; not Aksi II
    return word not in words.titles and words.is_term(word)


def _defined_name(text: str, written: str) -> bool:
    """Whether the text gives ``written`` with its acronym or expansion in parentheses
    somewhere (*Patroli Gang Sempit (PGS)*, *Sanjung (Sabtu berkunjung)*): the text itself
    names it, so its capitals stay (EYD V, I.E nama diri)."""
    position = text.find(written)
    while position >= 0:
        end = position + len(written)
        if text[end:end + 2].lstrip(" ")[:1] == "(":
            return True
        position = text.find(written, end)
    return False


_MEMBERS = frozenset({"Anggota", "Personel", "Personil", "Jajaran", "Rombongan", "Petugas",
                      "Pasukan", "Warga", "Prajurit", "Aparat", "Aparatur", "Pegawai", "Staf",
                      "Karyawan", "Pengurus", "Pimpinan", "Unsur", "Pejabat", "Mahasiswa",
                      "Masyarakat", "Penduduk"})
"""Words naming the people of a unit or institution (*anggota Polri*, *personel Polres*,
*rombongan Pemprov*) or its staff and officers (KBBI VI: *aparat*, *aparatur*, *pegawai*,
*staf*, *karyawan*, *pengurus*, *pimpinan*, *pejabat*, *unsur* n: *aparat TNI*, *pengurus
KONI*, *pejabat Pemda*, *unsur Forkopimda*), its students (*mahasiswa* n: *mahasiswa
KKN*) or the people of a place (*masyarakat*, *penduduk* n: *masyarakat Indonesia*):
common nouns before its name, never the first word of it. Volunteers the unit
runs (*kader*, *relawan*) are not its staff and are left alone."""


_NAME_PART_MEMBERS = frozenset({"Masyarakat", "Penduduk"})
"""Member words that also end institutions' names (*Dinas Pemberdayaan Masyarakat dan
Desa*, *Dinas Kependudukan*): after *dan* that follows a capital they may be its part."""


def before_name(text: str, tokens: list[Token], words: RunWords) -> Iterator[Finding]:
    """``kapital-kata-umum-sebelum-nama``: a capitalised word naming the people of a unit,
    in mid-sentence before the unit's name: *personel Polri*, *anggota Sat Samapta*, not
    *Personel Polri*. After a lowercase word, or as an item of a list after a comma when
    the unit is one word that ends the item (*Dewan Adat, Anggota DPRD, FKUB*): a longer
    run after a comma may be one person's office. (*wilayah hukum Polres* is the rule
    file's ``wilayah-hukum-…``.)"""
    for index in range(1, len(tokens) - 1):
        token = tokens[index]
        if token.text not in _MEMBERS:
            continue
        before, name = tokens[index - 1], tokens[index + 1]
        gap = text[before.end:token.start]
        if not ((before.text.islower() and gap in (" ", ", ")) or
                (gap == ", " and before.text[-1:].isalnum() and
                 _list_item_ends(text, tokens, index + 1))) or \
                before.text in words.title_before or text[token.end:name.start] != " " or \
                not _unit_name(text, tokens, index + 1, words) or \
                title_case_line(text, token.start):
            continue
        if token.text in _NAME_PART_MEMBERS and before.text in PAIR_JOINS and \
                index >= 2 and gap == " " and _title(tokens[index - 2].text):
            continue                         # Dinas Pemberdayaan Desa dan Masyarakat: a name
        lowered = token.text.lower()
        yield Finding(token.start, token.end, token.text, "style", RULE_BEFORE_NAME,
                      f"Kata yang menyebut anggota satuan bukan bagian nama satuan; ditulis "
                      f"dengan huruf kecil: “{lowered}”.", (lowered,), severity="saran")


def _list_item_ends(text: str, tokens: list[Token], index: int) -> bool:
    """Whether the list item ends with the one word at ``tokens[index]``: a comma or
    *dan*, *serta* follows (*…, Anggota DPRD, FKUB …*). A longer capitalised run may be one
    person's office (*…, Anggota DPRD Provinsi Lontar*)."""
    after = text[tokens[index].end:tokens[index].end + 7]
    return after[:2] == ", " or after.startswith((" dan ", " serta "))


def _unit_name(text: str, tokens: list[Token], index: int, words: RunWords) -> bool:
    """Whether a unit's or institution's name opens at ``tokens[index]``: an acronym or
    unit the lexicon knows (``_name_starts``), a short abbreviation (*Sat Samapta*), a
    capitalised word that is no common word (*Ditsabhara*), or a place word with a name
    after it (*Desa Naras*); not an office (*Kepala*)."""
    word = tokens[index].text
    if _name_starts(word, words):
        return True
    if not _title(word) or word in words.titles:
        return False
    if len(word) <= 3 or not words.is_common(word):
        return True
    if word in words.place_nouns and index + 1 < len(tokens):
        following = tokens[index + 1]
        return text[tokens[index].end:following.start] == " " and \
            following.text[:1].isupper()
    return False


_OPENING_PREPOSITIONS = frozenset({
    "Sebagai", "Dalam", "Pada", "Untuk", "Dengan", "Selain", "Menurut", "Atas", "Dari",
    "Bagi", "Oleh", "Usai", "Setelah", "Sebelum", "Saat", "Melalui", "Demi", "Sejak"})
"""KBBI VI: prepositions and conjunctions (p, konj) that open an adverbial phrase at a
sentence's start (*Sebagai informasi,*, *Dalam kesempatan itu,*); no name begins with
one, so the comma closing the phrase closes common words."""


def after_sentence_start(text: str, tokens: list[Token], words: RunWords
                         ) -> Iterator[Finding]:
    """``kapital-kata-umum-awal-kalimat``: after a sentence's first word, one or two
    capitalised common words and then a lowercase word: *Pembagian Sembako tersebut*;
    or, after an opening preposition, a comma: *Sebagai Informasi, …*."""
    for index in range(len(tokens) - 2):
        first = tokens[index]
        if not tokens[index + 1].text[:1].isupper() or not _title(tokens[index + 1].text) or \
                not _title(first.text) or \
                first.text in words.heads or not _sentence_start(text, first) or \
                not words.is_common(first.text):
            continue
        run_end = index + 1
        while run_end < len(tokens) and run_end - index <= 2 and \
                _title(tokens[run_end].text) and \
                text[tokens[run_end - 1].end:tokens[run_end].start] == " " and \
                words.is_common(tokens[run_end].text) and \
                tokens[run_end].text not in words.place_nouns:
            run_end += 1
        if run_end == index + 1 or run_end >= len(tokens) or run_end - index > 3:
            continue
        after = tokens[run_end]
        gap = text[tokens[run_end - 1].end:after.start]
        phrase_closed = gap == ", " and first.text in _OPENING_PREPOSITIONS
        if (not phrase_closed and (not after.text.islower() or gap != " " or _subject_may_be_name(
                (token.text for token in tokens[index + 1:run_end]), after.text))) or \
                _headline(text, first.start):
            continue                         # a headline in title case keeps its capitals
        run = tokens[index + 1:run_end]
        if len(run) >= 2 and run[0].text in words.heads and run[0].text not in words.titles:
            continue                         # Adapun Pos Pengamanan ...: a head opens a name
        written = text[run[0].start:run[-1].end]
        if _defined_name(text, text[first.start:run[-1].end]) or _defined_name(text, written):
            continue
        lowered = written.lower()
        yield Finding(run[0].start, run[-1].end, written, "style", RULE_SENTENCE_START,
                      f"Hanya kata pertama kalimat yang berhuruf kapital: “{lowered}”.",
                      (lowered,), severity="saran")


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` takes its letters, in order, from ``words``, its first letter
    from the first word (*miras* from *minuman keras*, *sidak* from *inspeksi mendadak*)."""
    if acronym[0] not in words[0]:
        return False
    letters = iter("".join(words)[words[0].index(acronym[0]):])
    return all(letter in letters for letter in acronym)


_RELATIONAL_OFFICES = frozenset({"Kepala", "Ketua", "Wakil", "Komandan", "Sekretaris",
                                 "Koordinator", "Direktur", "Pimpinan", "Aparat", "Aparatur",
                                 "Perangkat"})
"""Offices that name the head of something (*kepala desa*, *ketua panitia*) and staff
named by what they serve (KBBI VI: *aparat*, *aparatur*, *perangkat* n: *aparat
kecamatan*, *perangkat desa*): the word after them says of what."""


_GRADE_RE = _PATTERNS.compile(
    r"(?:(?<=[a-z] )|(?<=[\w)], ))(Eselon|Golongan)(?= (?:IV|I{1,3})(?:[./]?[a-e])?(?![\w-]))")
"""*Eselon* or *golongan* in mid-sentence (after a lowercase word or a comma)
before a Roman numeral grade (*eselon III*, *golongan II/a*)."""


def grade_words(text: str) -> Iterator[Finding]:
    """``kapital-tingkat-jabatan``: *pejabat eselon II dan Eselon III*, *pegawai Golongan
    II*: a grade of office or pay is a common noun with its numeral (KBBI VI: *eselon* n,
    *golongan* n), written in lower case in mid-sentence (EYD V, I.E). Not at a
    sentence's start, in a headline or a quoted title. Cheap: one regex that opens with
    a literal."""
    if "Eselon" not in text and "Golongan" not in text:
        return
    for match in _GRADE_RE.finditer(text):
        if _own_case(text, match.start(1)):
            continue
        word = match.group(1)
        lowered = word.lower()
        yield Finding(match.start(1), match.end(1), word, "style", RULE_GRADE,
                      f"Tingkat jabatan di tengah kalimat ditulis dengan huruf kecil: "
                      f"“{lowered}”.", (lowered,), severity="saran")


def office_without_name(text: str, tokens: list[Token], is_word: Callable[[str], bool]
                        ) -> Iterator[Finding]:
    """``kapital-jabatan-tanpa-nama``: *10 Kepala desa yang dilantik*: an office whose
    complement the writer put in lower case names no one and no institution, so it is a
    common noun as a whole (EYD V, I.E: *kepala desa*, as *gubernur* in *Siapa gubernur
    yang baru?*). Only in mid-sentence, and only where no name follows the complement."""
    for index in range(1, len(tokens) - 1):
        token = tokens[index]
        if token.text not in _RELATIONAL_OFFICES:
            continue
        before, complement = tokens[index - 1], tokens[index + 1]
        if not before.text.islower() or \
                not _MID_GAP_RE.fullmatch(text[before.end:token.start]) or \
                text[token.end:complement.start] != " " or not complement.text.islower() or \
                not is_word(complement.text):
            continue
        following = tokens[index + 2] if index + 2 < len(tokens) else None
        if following is not None and text[complement.end:following.start] == " " and \
                following.text[:1].isupper():
            continue                         # Kepala desa Sukamaju: a name follows
        if _unit_named_after(text, complement, is_word):
            continue                         # Kepala badan kepegawaian: a unit's name
        written = text[token.start:complement.end]
        lowered = written.lower()
        yield Finding(token.start, complement.end, written, "style", RULE_OFFICE,
                      f"Jabatan yang tidak diikuti nama ditulis dengan huruf kecil: "
                      f"“{lowered}”.", (lowered,), severity="saran")
    yield from grade_words(text)


INSTITUTION_UNITS = ("badan", "bidang", "dinas", "seksi", "bagian", "subbagian", "lembaga",
                     "yayasan", "kantor", "balai", "sekretariat", "biro", "direktorat",
                     "inspektorat", "komisi", "divisi")
"""KBBI VI: words that name an organisation's unit (*badan* n ‘lembaga’, *bidang* n
‘bagian’…). After an office with more of its name in lower case they open the unit's
name (*Kepala badan kepegawaian daerah*): ``capitals.titled_office`` judges that shape."""
_UNIT_NAME_WORD_RE = _PATTERNS.compile(r" ([a-z]{3,})(?![\w-])")


def _unit_named_after(text: str, complement: Token, is_word: Callable[[str], bool]) -> bool:
    """Whether ``complement`` is a unit word with a word of its name after it in lower
    case (*badan kepegawaian*), not a function word or a verb (*bidang menjelaskan*)."""
    if complement.text not in INSTITUTION_UNITS:
        return False
    match = _UNIT_NAME_WORD_RE.match(text, complement.end)
    if match is None:
        return False
    word = match.group(1)
    return is_word(word) and word not in _NOT_COMPLEMENT and \
        not word.startswith((*_PREDICATE_PREFIXES, "di", "ter")) and not word.endswith("kan")


_UNIT_OFFICES = frozenset({"Kepala", "Ketua", "Perangkat", "Aparat", "Aparatur"})
"""KBBI VI: *kepala* n ‘pemimpin’, *ketua* n, *perangkat* n ‘alat; pegawai’, *aparat*,
*aparatur* n ‘pegawai negeri’: offices and staff named after what they serve. Not
*Pemerintah Daerah/Desa*: a release means its own government by it, as a name, and
readers of real releases marked it in 4 of 20 firings (3 of 19 on the tuning half)."""
_SERVED_UNITS = frozenset({"Desa", "Kelurahan", "Kampung", "Dusun", "Lingkungan", "Gampong",
                           "Nagari", "Pekon", "Jorong", "Daerah", "Sekolah", "Keluarga",
                           "Wilayah", "Kecamatan", "Kabupaten", "Kota"})
"""Kinds of unit, not units (KBBI VI: *kepala desa*, *kepala daerah*, *kepala sekolah*,
*kepala keluarga*, *perangkat desa*): without a name after them, *Kepala Desa* is any
village head, a common noun phrase as *gubernur* in EYD V's *Siapa gubernur yang baru
dilantik itu?*"""


def office_of_unit(text: str, tokens: list[Token], words: RunWords) -> Iterator[Finding]:
    """``kapital-jabatan-wilayah-tanpa-nama``: *sampai ke tingkat Kepala Desa diundang*,
    *selaku Kepala Desa sebagai*, *diikuti 116 Aparat Desa dan*: an office or staff word
    and the kind of unit it serves, both capitalised, after a lowercase word, a count, or
    a sentence's ordinary first word (*Jadilah Kepala Desa yang*), and before lower case
    or the end of the sentence. EYD V, I.E capitalises an office only before a name of a
    person, institution or place, or as a form of address; here no name follows, so the
    phrase is common (*kepala desa*). Not where a name follows (*Kepala Desa Sukamaju*),
    or a comma and a name (*Kepala Dusun, Bapak Rahmat*: an apposition), where the text
    gives an acronym (*Kepala Desa (Kades)*), inside a title (*Pemilihan Kepala Daerah*:
    a capital before it), a headline or a quoted title. Cheap: a set look-up per token first."""
    for index in range(1, len(tokens) - 1):
        token = tokens[index]
        if token.text not in _UNIT_OFFICES:
            continue
        before, unit = tokens[index - 1], tokens[index + 1]
        if unit.text not in _SERVED_UNITS or text[token.end:unit.start] != " " or \
                not _MID_GAP_RE.fullmatch(text[before.end:token.start]):
            continue
        if not before.text.islower() and not (
                text[before.end:token.start] == " " and _opener_is_common(text, before, words)):
            continue                         # Jadilah Kepala Desa: after an ordinary opener
        if before.text.capitalize() in _ARTICLES_AND_NUMERALS:
            continue                         # seluruh Kepala Desa: the quantifier rule's
        rest = text[unit.end:unit.end + 3]
        if not (rest[:1] in (".", ";", "”", '"', "") or
                (rest[:1] in (" ", ",") and rest[1:2] == " " and rest[2:3].islower()) or
                (rest[:1] == " " and rest[1:2].islower())):
            continue                         # Kepala Desa Sukamaju, Kepala Desa (Kades)
        if _own_case(text, token.start):
            continue
        written = text[token.start:unit.end]
        lowered = written.lower()
        yield Finding(token.start, unit.end, written, "style", RULE_OFFICE_UNIT,
                      f"Jabatan yang tidak diikuti nama ditulis dengan huruf kecil: "
                      f"“{lowered}”.", (lowered,), severity="saran")


@functools.cache
def _service_terms(folder: Path | None = None) -> tuple[tuple[str, str, str], ...]:
    """The rows of ``istilah-dinas.tsv`` (entry, category, flag), read once."""
    path = (folder or lexicon_dir()) / "istilah-dinas.tsv"
    if not path.is_file():
        return ()
    return tuple((entry, category, flag)
                 for entry, category, flag in read_table(path, columns=3))


@functools.cache
def kbbi_lower_terms(folder: Path | None = None) -> frozenset[str]:
    """Service terms that KBBI VI records as lower-case common nouns (``istilah-dinas.tsv``,
    third column ``kbbi-kecil``: *sajam*, *narkoba*, *miras*, *tilang*). Not the units,
    programmes and events sites write as names (*Musrenbang*, *Karhutla*, *Satgas*)."""
    return frozenset(entry for entry, _category, flag in _service_terms(folder)
                     if flag == "kbbi-kecil" and entry.islower())


@functools.cache
def service_lower_terms(folder: Path | None = None) -> frozenset[str]:
    """Every service term ``istilah-dinas.tsv`` lists in lower case (*kunker*, *komsos*,
    *prokes*, *wilkum*): the lexicon's word that the term is a common noun in running
    text, KBBI-recorded or not."""
    return frozenset(entry for entry, _category, _flag in _service_terms(folder)
                     if entry.islower() and entry.isalpha())


_OWN_RULE_TABLES = frozenset({"pangkat", "waktu"})
_TIME_ZONES = frozenset({"WIB", "WITA", "WIT"})
"""Ranks (*Akp*) and time zones (*Wib*, also in ``lembaga.tsv``) have rules of their own
(``pangkat-huruf-kapital``, ``zona-waktu-kapital``), which are certain."""


@functools.cache
def initialisms(folder: Path | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The lexicon's initialisms of three to six letters written all in capitals (*HUT*,
    *STNK*, *DPRD*), and its single-word entries written in title case (*Polri*), which
    are acronyms the lexicon itself writes so."""
    paths = [path for path in sorted((folder or lexicon_dir()).glob("*.tsv"))
             if path.stem not in _OWN_RULE_TABLES]

    def build() -> tuple[frozenset[str], frozenset[str]]:
        capitals: set[str] = set()
        titled: set[str] = set()
        for path in paths:
            for entry, _category in read_table(path):
                if entry.isalpha() and entry.isupper() and 3 <= len(entry) <= 6:
                    capitals.add(entry)
                elif entry.isalpha() and entry.istitle():
                    titled.add(entry)
        return frozenset(capitals), frozenset(titled)

    # kept whole in the user cache, keyed by the files' bytes: walking every lexicon row
    # was some 4 ms of every start
    return data_cache.snapshot(
        "initialisms-1", paths, build,
        (__name__, "app.language.lexicon", "app.language.data_cache"),
        lambda value: isinstance(value, tuple) and len(value) == 2
        and all(isinstance(part, frozenset) for part in value))


@functools.cache
def _titled_initialisms() -> frozenset[str]:
    """The initialisms in title case (*Hut*, *Stnk*), less the lexicon's own title-case
    entries (*Polri*) and the time zones."""
    capitals, titled = initialisms()
    return frozenset(entry.capitalize() for entry in capitals - _TIME_ZONES) - titled


def initialism_in_title_case(text: str, tokens: list[Token], is_word: Callable[[str], bool]
                             ) -> Iterator[Finding]:
    """``singkatan-huruf-awal-kapital``: *Hut Kabupaten*, *kelengkapan Stnk*: an
    abbreviation made of the first letters of words is written all in capitals (EYD V,
    II.H), wherever it stands. Judged where the lexicon lists the all-capital form and the
    word in title case is no entry of its own (*Polri* is) and no common word in lower case
    (*Sar*, *Bin*, *Nik* are read as words or names). A saran: a rare personal name may
    share the letters. Cheap: a shape test and a set look-up per token."""
    wrong_forms = _titled_initialisms()
    for token in tokens:
        word = token.text
        if word not in wrong_forms or is_word(word.lower()):   # a set look-up first
            continue
        upper = word.upper()
        if text[token.start - 1:token.start] == "." or (
                text[token.end:token.end + 1] == "." and
                text[token.end + 1:token.end + 2] not in ("", " ", "\n")):
            continue                         # S.Hut., an abbreviation's part
        yield Finding(token.start, token.end, word, "style", RULE_INITIALISM,
                      f"Singkatan dari huruf awal kata ditulis dengan huruf kapital semua: "
                      f"“{upper}”.", (upper,), severity="saran")


@functools.cache
def _titled_kbbi_lower_terms() -> frozenset[str]:
    """The terms of ``kbbi_lower_terms`` in title case (*Sajam*), as the rule meets them."""
    return frozenset(term.capitalize() for term in kbbi_lower_terms())


_LIST_JOINERS = frozenset({"dan", "serta", "atau", "maupun"})
_TITLE_OPENERS = frozenset({"tentang", "tema", "bertema", "bertajuk", "berjudul", "judul"})
"""After these a capital opens the title of a law, a theme or a work (EYD V, I.E: every
word of a title is capitalised): *Undang-Undang … tentang Narkotika*."""


def kbbi_lower_term(text: str, tokens: list[Token]) -> Iterator[Finding]:
    """``kapital-istilah-kbbi-kecil``: *membawa Sajam*, *menjauhi Narkoba*: an acronym
    KBBI has taken in as a common noun is written in lower case (EYD V, II.H), also when
    the service lexicon lists it capitalised as a crime or unit short name. Judged alone
    after a lowercase word of the same sentence, with no capitalised word after it; not in
    a name (*Sat Narkoba*, *Operasi Curanmor Progo*), not as the last of a list of
    capitalised terms (*Curat, Curas dan Curanmor*: a list of names by the writer's
    custom), not in a headline or a quoted title. Cheap: a set look-up per token."""
    titled = _titled_kbbi_lower_terms()
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.text not in titled:         # one set look-up per token
            continue
        before = tokens[index - 1]
        if not before.text.islower() or text[before.end:token.start] != " " or \
                before.text in _TITLE_OPENERS:
            continue                         # Undang-Undang … tentang Narkotika: a title
        if index + 1 < len(tokens):
            after = tokens[index + 1]
            if after.text[:1].isupper() and text[token.end:after.start] in (" ", "-"):
                continue                     # Operasi Curanmor Progo: a name goes on
        if before.text in _LIST_JOINERS and index >= 2 and \
                tokens[index - 2].text[:1].isupper():
            continue                         # Curat, Curas dan Curanmor
        if _own_case(text, token.start):
            continue
        lowered = token.text.lower()
        yield Finding(token.start, token.end, token.text, "style", RULE_KBBI_LOWER,
                      f"Akronim ini sudah menjadi kata umum dalam KBBI; di tengah kalimat "
                      f"ditulis dengan huruf kecil: “{lowered}”.", (lowered,), severity="saran")


_TIME_WORDS = frozenset({"Hari", "Malam", "Bulan", "Pagi", "Siang", "Sore", "Tanggal"})
"""KBBI VI: *hari*, *malam*, *bulan*, *pagi*, *siang*, *sore*, *tanggal* n — common words
for a time; the name after them is the day's or month's."""
_DAY_MONTH_NAMES = frozenset({*DAYS, "Jum'at", "Jum’at", *MONTHS})
_HIJRI_MONTHS = frozenset({
    "Muharam", "Muharram", "Safar", "Rajab", "Syakban", "Syaban", "Ramadan", "Ramadhan",
    "Syawal", "Zulkaidah", "Zulhijah", "Dzulhijjah"})
"""Months of the Hijri year (KBBI VI: *Muharam*, *Rajab*, *Syakban*, *Ramadan*, *Syawal*,
*Zulhijah* n), names like *Agustus*: *bulan Ramadan* (EYD V, I.E: *bulan Agustus*)."""
_MONTH_DESCRIBERS = frozenset({"Puasa", "Suci"})
"""KBBI VI: *bulan puasa* n ‘bulan Ramadan’; *suci* a: common words between *bulan* and
the month's name (*bulan suci Ramadan*), or standing for it."""


def time_word_before_day(text: str, tokens: list[Token]) -> Iterator[Finding]:
    """``kapital-kata-waktu-depan-hari``: *setiap Malam Sabtu*, *pada Hari Senin*: EYD V,
    I.E capitalises the names of days and months (*hari Jumat*, *bulan Agustus*), not the
    common word before them. Only after a lowercase word of the same sentence, not in a
    headline or a quoted title; a holiday's name (*Hari Raya*, *Malam Tahun Baru*) has no
    day name after it and is not read. *Bulan* before a Hijri month (*bulan Ramadan*), and
    *Bulan Puasa*, *Bulan Suci* (KBBI VI: *bulan puasa*), whose words are all common
    unless a name other than a month goes on. Cheap: a set look-up per token first."""
    for index in range(1, len(tokens) - 1):
        token = tokens[index]
        if token.text not in _TIME_WORDS:
            continue
        before, name = tokens[index - 1], tokens[index + 1]
        end = token
        if token.text == "Bulan" and name.text in _MONTH_DESCRIBERS and \
                text[token.end:name.start] == " ":
            end = name                       # Bulan Puasa, Bulan Suci Ramadan
            following = tokens[index + 2] if index + 2 < len(tokens) else None
            if following is not None and text[name.end:following.start] == " " and \
                    following.text[:1].isupper() and following.text not in _HIJRI_MONTHS:
                continue                     # a name goes on: Bulan Suci Lontar Festival
        elif not (name.text in _DAY_MONTH_NAMES or
                  (token.text == "Bulan" and name.text in _HIJRI_MONTHS)) or \
                text[token.end:name.start] != " ":
            continue
        if not before.text.islower() or text[before.end:token.start] != " ":
            continue
        if _own_case(text, token.start):
            continue
        written = text[token.start:end.end]
        lowered = written.lower()
        yield Finding(token.start, end.end, written, "style", RULE_TIME_WORD,
                      f"Kata umum di depan nama hari atau bulan ditulis dengan huruf kecil: "
                      f"“{lowered}”.", (lowered,), severity="saran")


_GROUP_HEADS = frozenset({"Tokoh"})
"""Nouns for a kind of person that are no title or office (KBBI: *tokoh* n ‘orang yang
terkemuka’): *tokoh masyarakat*, *tokoh agama* name a group, never one person."""


def people_groups(text: str, tokens: list[Token], is_common: Callable[[str], bool]
                  ) -> Iterator[Finding]:
    """``kapital-sebutan-kelompok``: *Tokoh Masyarakat*, *Tokoh Agama* in a sentence, also
    in a list after names and offices (*Camat, Tokoh Agama, dan warga*): a group of people
    is a common noun phrase (EYD V, I.E); a title takes a capital only before a name, and
    *tokoh* is none. Not at a sentence's start, and not where a name follows (*Tokoh
    Pemuda Karang Taruna*), except a place after its place word (*… Desa Sukamaju*)."""
    for index in range(1, len(tokens) - 1):
        token, kind = tokens[index], tokens[index + 1]
        if token.text not in _GROUP_HEADS or not _title(kind.text) or \
                text[token.end:kind.start] != " " or not is_common(kind.text) or \
                _sentence_start(text, token) or _capitalised_line(text, token.start):
            continue
        if index + 2 < len(tokens):
            following = tokens[index + 2]
            if text[kind.end:following.start] == " " and following.text[:1].isupper() and \
                    following.text not in _REGION_WORDS:
                continue                     # Tokoh Pemuda Karang Taruna: a name goes on
        written = text[token.start:kind.end]
        if _defined_name(text, written):
            continue                         # Tokoh Agama (Toga): the text names it so
        lowered = written.lower()
        yield Finding(token.start, kind.end, written, "style", RULE_GROUP,
                      f"Sebutan kelompok orang ditulis dengan huruf kecil: “{lowered}”.",
                      (lowered,), severity="saran")
    yield from _people_word_alone(text, tokens)
    for match in _MOTHER_STATE_RE.finditer(text):
        if _own_case(text, match.start()):
            continue
        written = match.group(0)
        lowered = written.lower()
        yield Finding(match.start(), match.end(), written, "style", RULE_GROUP,
                      f"Sebutan kelompok orang ditulis dengan huruf kecil: “{lowered}”.",
                      (lowered,), severity="saran")


_REGENT_OR_MAYOR = r"(?:Bupati|Wali[ \t]?[Kk]ota)"
_REGIONAL_HEADS_RE = _PATTERNS.compile(
    r"(?<=[a-z,] )"
    r"(?P<pair>(?P<first>" + _REGENT_OR_MAYOR + r")"
    r"(?:[ \t]+(?:dan|atau|serta)[ \t]+|[ \t]?/[ \t]?)(?P<second>" + _REGENT_OR_MAYOR + r"))"
    r"(?![\w-])(?![ \t]+[A-Z])")
"""*Bupati dan Wali Kota*, *Bupati/Walikota* after a lowercase word, with no name after."""


def regional_heads_pair(text: str) -> Iterator[Finding]:
    """``kapital-sebutan-kelompok``: *Gubernur mengimbau Bupati dan Wali Kota untuk …*: a
    regency has a regent and a city a mayor, never one region both, so the pair names the
    class of regional heads, not one person (KBBI VI: *bupati* n, *wali kota* n), and a
    class is written in lower case (EYD V, I.E: an office takes a capital before a name
    or for the person meant). Only the two offices joined by *dan*, *atau*, *serta* or a
    slash, mid-sentence, with no name after them; not in a headline. Read by
    ``capitals.CapitalRules.merge``, after the common-noun rule has given way on *Wali
    Kota* (a name-list office)."""
    if "Bupati" not in text:
        return
    for match in _REGIONAL_HEADS_RE.finditer(text):
        first, second = match.group("first"), match.group("second")
        if first[:1] == second[:1] or _own_case(text, match.start()):
            continue                         # Bupati dan Bupati: no pair of offices
        written = match.group("pair")
        lowered = written.lower().replace("walikota", "wali kota")
        yield Finding(match.start(), match.end(), written, "style", RULE_GROUP,
                      f"Sebutan kelompok orang ditulis dengan huruf kecil: “{lowered}”.",
                      (lowered,), severity="saran")


_MOTHER_STATE_RE = _PATTERNS.compile(
    r"(?<=[a-z,] )Ibu (?:Hamil|Menyusui|Nifas|Melahirkan)(?![\w-])(?! [A-Z])")
"""*ibu hamil*, *ibu menyusui* (KBBI VI: *hamil* a, *menyusui* v, *nifas* n): a class of
mothers in mid-sentence, not a form of address (EYD V, I.E: *ibu* takes a capital as a
kinship word used to address or refer to a certain person)."""


_PEOPLE_WORDS = frozenset({
    "Pelajar", "Mahasiswa", "Wartawan", "Narasumber", "Perwira", "Pejabat", "Siswa", "Guru",
    "Petani", "Nelayan", "Relawan", "Kader", "Bidan", "Dokter", "Perawat", "Pedagang",
    "Pengunjung", "Peserta", "Pengendara", "Penumpang", "Pemuda", "Remaja", "Santri",
    "Ulama", "Murid", "Buruh", "Pekerja", "Pengurus", "Petugas", "Personel", "Personil",
    "Anggota", "Prajurit", "Pegawai", "Karyawan", "Staf", "Masyarakat", "Warga",
    "Penduduk", "Pemilik", "Korban", "Pelaku", "Tersangka", "Saksi",
    "Aktivis", "Veteran", "Pensiunan", "Pemudi", "Siswi", "Mahasiswi", "Atlet", "Seniman",
    "Budayawan", "Wisatawan", "Pendatang", "Perantau", "Pengungsi", "Narapidana",
    "Pasien", "Nasabah", "Konsumen", "Pelanggan", "Penonton", "Pemilih", "Pendukung",
    "Simpatisan", "Pengusaha", "Peternak", "Pekebun", "Perajin", "Pengrajin", "Pemudik",
    "Pengemudi", "Pejalan", "Pembeli", "Penjual", "Pemulung", "Lansia", "Balita"})
"""KBBI VI common nouns for a kind of person by occupation, role or standing (*pelajar*,
*wartawan*, *perwira*, *petugas*, *warga*, *korban* n): they name a class, never one
person, and no name opens with one after a lowercase word."""
_OFFICES_OF_MANY = frozenset({"Camat", "Lurah"})
"""KBBI VI: *camat* n ‘kepala pemerintahan kecamatan’, *lurah* n ‘kepala kelurahan’:
offices a regency has many holders of, so in a list without a name after them they
name the class (*para camat dan lurah*). *Bupati*, *gubernur* have one holder in a
release's region, and writers capitalise them for that person: not judged."""
_LIST_JOINS = frozenset({"dan", "serta", "atau", "maupun"})


def _people_word_alone(text: str, tokens: list[Token]) -> Iterator[Finding]:
    """``kapital-sebutan-kelompok``, one word: *diliput dua orang Wartawan dari*, *Pramuka,
    Pelajar, serta*, *Kapolsek, Perwira dan personil*: a noun for a kind of person
    (``_PEOPLE_WORDS``), capitalised alone in mid-sentence — after a lowercase word or a
    comma, before a lowercase word or a comma — names a class of people and is written in
    lower case (EYD V, I.E: a capital only for a name, or an office before a name).
    *Camat* and *lurah* (``_OFFICES_OF_MANY``) only in a list (a comma or *dan*, *serta*,
    *atau* beside them: *dimotori Camat dan Lurah*). Not before a capitalised word (*Kader
    Posyandu*, *Anggota DPRD*: a name or unit follows), in a headline or a quoted title.
    Cheap: a set look-up per token first."""
    for index in range(1, len(tokens) - 1):
        token = tokens[index]
        office = token.text in _OFFICES_OF_MANY
        if token.text not in _PEOPLE_WORDS and not office:
            continue
        before, after = tokens[index - 1], tokens[index + 1]
        gap_before, gap_after = text[before.end:token.start], text[token.end:after.start]
        if not (gap_before == ", " or (gap_before == " " and before.text.islower())):
            continue
        if not (gap_after == ", " or (gap_after == " " and after.text.islower())):
            continue
        if office and not (gap_before == ", " or gap_after == ", " or
                           before.text in _LIST_JOINS or after.text in _LIST_JOINS):
            continue                         # ujar Camat dengan …: the one person meant
        if _own_case(text, token.start):
            continue
        lowered = token.text.lower()
        yield Finding(token.start, token.end, token.text, "style", RULE_GROUP,
                      f"Sebutan kelompok orang ditulis dengan huruf kecil: “{lowered}”.",
                      (lowered,), severity="saran")


_REGION_WORDS = frozenset({"Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Provinsi",
                          "Kampung", "Dusun", "Nagari", "Gampong"})
"""Place words after a group: *tokoh masyarakat Desa Naras* names where they live."""


_COMMA_ITEM_RE = _PATTERNS.compile(r", ([A-Z][a-z]{2,}) ([a-z]{3,})\b(?!-)")
"""A comma, a capitalised word, a lowercase word: the pattern opens with a literal."""
_ROLE_BEFORE_NAME_RE = _PATTERNS.compile(r"(?: [a-z]+){0,3}, [A-Z]")
"""The phrase ends at a comma before a capital: a role named before its holder in a list
(*Cadangan pembawa baki, Ananda Sari*). Without the comma the capital is what the phrase
is of (*Pendampingan pelayanan Posyandu*), and the phrase is still common."""
_DEGREE_END_RE = _PATTERNS.compile(r"(?:[A-Z][a-z]?\.){1,3}\Z")
"""A degree's abbreviation before the comma (*M.H.,*, *SH.,*): the sentence goes on."""
_CLOSING_WORDS = frozenset({"ini", "itu", "tersebut"})
"""Demonstratives close a common noun phrase (*Patroli ini*); other function words may
follow a name (*Iskandar dan*, *Sari juga*)."""
_NOT_COMPLEMENT = frozenset({
    "dan", "serta", "atau", "maupun", "yang", "di", "ke", "dari", "pada", "untuk", "dengan",
    "dalam", "oleh", "bagi", "kepada", "sebagai", "juga", "pun", "akan", "telah", "sudah",
    "sedang", "masih", "tidak", "bukan", "belum", "hanya", "saja", "selaku", "adalah",
    "ialah", "merupakan", "bahwa", "agar", "supaya", "karena", "sehingga", "namun", "tetapi",
    "lalu", "kemudian", "langsung", "bersama", "beserta", "sang", "para", "mengatakan",
    "yaitu", "yakni"}) | frozenset(SAYING_HOUSE)
"""Words after which the capitalised word may still be a name or a subject (*Dewa
juga*, *Indah dan*): not a complement that closes a common noun phrase."""


def after_comma(text: str, words: RunWords) -> Iterator[Finding]:
    """``kapital-kata-umum-sesudah-koma``: *TNI, Pemerintah daerah juga …*: after a comma
    in mid-sentence, a capitalised common word whose complement is written in lower case.
    A name would capitalise both words (*Pemerintah Daerah Kampar*), so the writer wrote a
    common noun phrase; a comma does not open a sentence (EYD V, I.E). Not before a verb
    in *meN-*/*ber-* or a function word (the word may be a name as subject: *Dewa
    menegaskan*), not a region or office word (their own rules), and not a role set before
    a name in a list (*Perwira piket, Serka Ali*). The comma may follow a degree
    (*AKP Rina, M.H., Patroli rutin …*): the sentence goes on after the name."""
    if ", " not in text:
        return
    for match in _COMMA_ITEM_RE.finditer(text):
        first, second = match.group(1), match.group(2)
        before = text[match.start() - 1:match.start()] if match.start() else ""
        after_degree = before == "." and \
            _DEGREE_END_RE.search(text, max(0, match.start() - 9), match.start()) is not None
        if not (before.isalnum() or before == ")" or after_degree) or \
                second in _NOT_COMPLEMENT or \
                (second.startswith(_PREDICATE_PREFIXES) and second not in _CLOSING_WORDS) or \
                first in _REGION_WORDS or first in words.titles or \
                not words.is_common(first) or \
                not words.is_common(second.capitalize()) or \
                _ROLE_BEFORE_NAME_RE.match(text, match.end()) or \
                title_case_line(text, match.start(1)) or dateline_comma(text, match.start()):
            continue                         # KOTABARU, Dalam rangka: the body's first word
        written = text[match.start(1):match.end(2)]
        lowered = written.lower()
        yield Finding(match.start(1), match.end(2), written, "style", RULE_AFTER_COMMA,
                      f"Koma tidak membuka kalimat baru; kata umum ditulis dengan huruf "
                      f"kecil: “{lowered}”.", (lowered,), severity="saran")
    yield from _two_after_comma(text, words)


_COMMA_PAIR_RE = _PATTERNS.compile(r", ([A-Z][a-z]{2,}) ([A-Z][a-z]{2,}) ([a-z]{2,})\b(?!-)")
"""A comma, two capitalised words, a lowercase word: *…, Protokol Kesehatan juga …*."""
_PAIR_STOPS = frozenset({"dan", "serta", "atau", "yang", "kata", "ujar"})
"""After these the two words may be a name's first part or a speaker (*Bunga Citra dan*)."""


def _two_after_comma(text: str, words: RunWords) -> Iterator[Finding]:
    """``kapital-kata-umum-sesudah-koma``, two words: *Sitkamtibmas, Protokol Kesehatan
    juga …*: after a comma in mid-sentence, two capitalised common words that head no
    name, no office and no place, then a lowercase word that is no predicate in
    *meN-*/*ber-* (the two may be a person's name as subject: *Bunga Citra menyanyi*)
    nor a joiner. A comma opens no sentence (EYD V, I.E). Not in a headline or where the
    text defines the pair by an acronym."""
    for match in _COMMA_PAIR_RE.finditer(text):
        first, second, after = match.group(1), match.group(2), match.group(3)
        before = text[match.start() - 1:match.start()] if match.start() else ""
        if not (before.isalnum() or before == ")") or after in _PAIR_STOPS or \
                (after.startswith(_PREDICATE_PREFIXES) and after not in _CLOSING_WORDS) or \
                dateline_comma(text, match.start()):
            continue
        if any(not words.is_common(word) or word in words.heads or word in words.titles or
               word in words.place_nouns or word in _REGION_WORDS for word in (first, second)):
            continue
        written = text[match.start(1):match.end(2)]
        if _headline(text, match.start(1)) or _defined_name(text, written):
            continue
        lowered = written.lower()
        yield Finding(match.start(1), match.end(2), written, "style", RULE_AFTER_COMMA,
                      f"Koma tidak membuka kalimat baru; kata umum ditulis dengan huruf "
                      f"kecil: “{lowered}”.", (lowered,), severity="saran")


_NAME_REGION_WORDS = frozenset({"Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota",
                                "Provinsi", "Distrik", "Kapanewon", "Kalurahan"})
"""Region words that open a name when a capitalised word follows (*Kabupaten Merauke*)."""
_AREA_WORDS = frozenset({"Wilayah", "Daerah", "Lingkungan", "Kawasan", "Hukum", "Sekitar",
                         "Seputaran", "Halaman", "Pelataran", "Perairan"})
"""Nouns for the area a unit or region covers (KBBI: *wilayah* n ‘daerah kekuasaan’;
*wilayah hukum*, *daerah hukum*; *halaman* n ‘tanah di sekitar rumah’, *pelataran* n;
*perairan* n ‘daerah yang berair’: *di perairan Kabupaten Natuna*):
*di wilayah hukum Polres Bangka*, *di lingkungan Polda*, *wilayah Kabupaten Merauke*, *di
halaman Mapolres* — the area is a common noun, the unit or region its name."""
_AREA_OF_ANY_NAME = "Wilayah"
"""The one area word no place name opens with (PP 2/2021 lists no *wilayah* among the
generic elements of names, unlike *lingkungan*, *kawasan*, *daerah*): before any
capitalised name it is the common noun (*di wilayah Tasik Utara*), not before a numeral
(*Kantor Otoritas Bandara Wilayah II*)."""
_DISEASE_NAMES = frozenset({"Covid", "Corona"})
"""Names of diseases written with capitals (KBBI VI: *Covid-19*, *korona*): the common
words before them (*pandemi*, *protokol kesehatan*, *vaksinasi*) are no part of a name."""
_PREFIX_WORDS = 2
"""Common words at most before a name: a longer run is more likely a title or a name."""


def _opens_proper(text: str, tokens: list[Token], index: int, words: RunWords
                  ) -> str | None:
    """What opens at ``tokens[index]``: ``"penyakit"`` for a disease's name (*Covid-19*),
    ``"satuan"`` for a unit the lexicon writes capitalised (*Polres*, *Polda*; not an
    acronym, not an office) or a region word with its name (*Kabupaten Merauke*), else
    ``None``. An unknown capitalised word is never enough: it may be a place the common
    words before it belong to (*Lapangan Merdeka*)."""
    word = tokens[index].text
    if word.split("-")[0] in _DISEASE_NAMES:
        return "penyakit"
    if _title(word) and len(word) > 3 and word not in words.titles and words.is_term(word):
        return "satuan"
    if word in _NAME_REGION_WORDS and index + 1 < len(tokens) and \
            text[tokens[index].end:tokens[index + 1].start] == " " and \
            tokens[index + 1].text[:1].isupper():
        return "satuan"
    if word in _GOVERNMENTS and index + 2 < len(tokens) and \
            tokens[index + 1].text in _NAME_REGION_WORDS and \
            text[tokens[index].end:tokens[index + 1].start] == " ":
        return "satuan"                      # di lingkungan Pemerintahan Kabupaten Lahat
    return None


_GOVERNMENTS = frozenset({"Pemerintah", "Pemerintahan"})
"""A region's government before its region word (*Pemerintah Kabupaten Lahat*): the
name of an institution, so the area words before it are common nouns."""


_ABSTRACT_NOUN_RE = _PATTERNS.compile(
    r"(?:Ke[a-z]{3,}an|Pe[a-z]{3,}an|[A-Z][a-z]{3,}(?:itas|isasi|isme))")
"""Abstract nouns by their affixes (EYD V, II.A; KBBI VI: *ke-an*, *pe-an*, *per-an* n
‘hal …’; the loan suffixes *-itas*, *-isasi*, *-isme* n): *kedekatan*, *kemanunggalan*,
*peran*… A unit's parts and buildings (*Divisi*, *Markas*, *Aula*) take no such affix."""
_INSTITUTION_NOUNS = frozenset({
    "Kepolisian", "Kejaksaan", "Kementerian", "Kesatuan", "Kedutaan", "Kelurahan",
    "Kecamatan", "Kesultanan", "Keuskupan", "Kesekretariatan", "Kepaniteraan",
    "Perwakilan", "Pengadilan", "Perusahaan", "Pelabuhan", "Perpustakaan", "Persatuan",
    "Perhimpunan", "Perkumpulan", "Pemerintahan", "Perumahan", "Pesantren", "Pertamina",
    "Pangkalan", "Pengurus", "Penghubung"})
"""Nouns in *ke-an*/*pe-an* that head an institution's or a place's name (*Kepolisian
Resor*, *Kejaksaan Negeri*, *Pengadilan Agama*, *Perwakilan BKKBN*): not judged."""


def _unit_or_acronym(word: str, words: RunWords) -> bool:
    """Whether ``word`` names a unit or body: an acronym in capitals (*TNI*, *TPK*,
    *TNI-AD*; not a Roman numeral) or a unit the lexicon writes capitalised (*Polri*,
    *Babinsa*), not an office."""
    head = word.split("-")[0]
    if len(head) >= 2 and head.isalpha() and head.isupper():
        return not is_roman_numeral(head)
    return _title(word) and word not in words.titles and words.is_term(word)


def _abstract_before_unit(text: str, tokens: list[Token], words: RunWords
                          ) -> Iterator[Finding]:
    """``kapital-kata-umum-depan-nama``, abstract nouns: *memantapkan Kemanunggalan TNI*,
    *menjaga Netralitas Polri*, *penguatan Peran TPK*: one capitalised abstract noun
    (``_ABSTRACT_NOUN_RE``) after a lowercase word and before a unit's acronym or a unit
    the lexicon knows. The noun says what is said of the unit and is no part of its name
    (EYD V, I.E). Not a noun that heads institutions (``_INSTITUTION_NOUNS``), a run head
    or an office, after a word that opens a title (*program*, *tentang*), after *dan*,
    *serta*, *atau*, *yang* that follow a capitalised word (*Pelatihan dan Pengembangan
    dan Pemetaan ASN*: one name's parts), in a headline or a quoted title. Cheap: a
    first-letter test and one regex match per token."""
    for index in range(1, len(tokens) - 1):
        token = tokens[index]
        word = token.text
        if word[:1] not in "KP" and not word.endswith(("itas", "isasi", "isme")):
            continue
        if not _ABSTRACT_NOUN_RE.fullmatch(word) or word in _INSTITUTION_NOUNS:
            continue
        before, name = tokens[index - 1], tokens[index + 1]
        if not before.text.islower() or \
                text[before.end:token.start] != " " or text[token.end:name.start] != " " or \
                not _unit_or_acronym(name.text, words):
            continue
        if not words.is_common(word) or word in words.heads or word in words.titles or \
                word in words.place_nouns or before.text in words.title_before:
            continue
        if before.text in PAIR_JOINS | {"yang"} and index >= 2 and \
                tokens[index - 2].text[:1].isupper():
            continue                         # Pengembangan dan Pemetaan ASN: one name
        if _own_case(text, token.start) or _defined_name(text, word + " " + name.text):
            continue
        lowered = word.lower()
        yield Finding(token.start, token.end, word, "style", RULE_BEFORE_PROPER,
                      f"Kata umum di depan nama ditulis dengan huruf kecil: “{lowered}”.",
                      (lowered,), severity="saran")


def before_proper_name(text: str, tokens: list[Token], words: RunWords
                       ) -> Iterator[Finding]:
    """``kapital-kata-umum-depan-nama``: after a lowercase word, capitalised common words
    and then a name they describe: the area of a unit or region (*di Wilayah Hukum Polres
    Bangka*, *di Lingkungan Polda*, *Wilayah Kabupaten Merauke*, *Wilayah* before any
    name: *di Wilayah Tasik Utara*) or what is said of a
    disease (*Pandemi Covid-19*, *Protokol Kesehatan Covid-19*). The name keeps its
    capitals; the common words are written in lower case (EYD V, I.E). Not a word that
    heads names or offices (*Dinas*, *Kepala*), after a word that opens a title
    (*program*, *tentang*), in a headline, or in a run the text defines by an acronym.
    Other common words before a unit are left alone: a unit's own parts and buildings
    are names too (*Divisi Humas Polri*, *Markas Komando*), and so is a run after *dan*,
    *serta*, *atau* that follow a capitalised word (*Rencana Tata Ruang dan Wilayah Kota
    Sukamaju*: one name's parts; session 13, raw15 full text 1 firing, unmarked, none
    marked on tuning or raw11-14). Cheap: only where an area
    word or a disease's name stands (set look-ups), the words before are read back."""
    for end in range(2, len(tokens)):
        area = tokens[end - 1].text in _AREA_WORDS
        if not area and (tokens[end].text[:1] != "C" or
                         tokens[end].text.split("-")[0] not in _DISEASE_NAMES):
            continue
        kind = _opens_proper(text, tokens, end, words)
        if kind is None and tokens[end - 1].text == _AREA_OF_ANY_NAME and \
                _title(tokens[end].text) and not is_roman_numeral(tokens[end].text):
            kind = "satuan"                  # di Wilayah Tasik Utara: any place's name
        if kind is None or (kind == "satuan" and not area):
            continue
        start = end
        while start > 1 and end - start < _PREFIX_WORDS and \
                text[tokens[start - 1].end:tokens[start].start] == " " and \
                _title(tokens[start - 1].text) and \
                (kind == "penyakit" or tokens[start - 1].text in _AREA_WORDS) and \
                _plain_common(tokens[start - 1].text, words):
            start -= 1
        if start == end:
            continue
        before, run = tokens[start - 1], tokens[start:end]
        if not before.text.islower() or \
                text[before.end:run[0].start] != " " or before.text in words.title_before or \
                run[0].text in words.heads or \
                _ACRONYM_AFTER_NAME_RE.match(text, tokens[end].end) is not None or \
                _headline(text, run[0].start) or _in_titled_quotation(text, run[0].start):
            continue
        if before.text in PAIR_JOINS and start >= 2 and \
                _title(tokens[start - 2].text) and \
                text[tokens[start - 2].end:before.start] == " ":
            continue                         # Rencana Tata Ruang dan Wilayah Kota …: one name
        written = text[run[0].start:run[-1].end]
        if _defined_name(text, written):
            continue
        lowered = written.lower()
        yield Finding(run[0].start, run[-1].end, written, "style", RULE_BEFORE_PROPER,
                      f"Kata umum di depan nama ditulis dengan huruf kecil: “{lowered}”.",
                      (lowered,), severity="saran")
    yield from _abstract_before_unit(text, tokens, words)


_ACRONYM_AFTER_NAME_RE = _PATTERNS.compile(r"(?:-?\w+)?(?: [A-Z][a-z]+){0,4} ?\([A-Z]")
"""The run and the name after it given with an acronym (*Gugus Tugas Covid (GTC)*): the
text names the whole as one."""


def _plain_common(word: str, words: RunWords) -> bool:
    """A capitalised common word that heads nothing: not an office, a region word, nor a
    member word (*Anggota*, which ``before_name`` judges)."""
    return len(word) > 3 and words.is_common(word) and word not in words.titles and \
        word not in _NAME_REGION_WORDS and word not in _MEMBERS


_ENCLITIC = "nya"
_SACRED = frozenset({"Tuhan", "Allah", "Nabi", "Rasul", "Rasulullah"})
"""Words for God and the Prophet keep their capital with *-nya* too (EYD V, I.E:
*Tuhan*, *hamba-Nya*)."""


def enclitic_common(text: str, words: RunWords) -> Iterator[Finding]:
    """``kapital-kata-berklitik``: *dilakukan oleh Personelnya*, *warga Binaannya agar*:
    a capitalised word made of a common word and *-nya*, after a word or a comma in
    mid-sentence (after a capitalised word too: *mudik Lebaran Pemiliknya*). *-nya* ties
    a common noun to its owner (EYD V, II.J: it is written joined), which no name takes,
    so the capital is no name's (EYD V, I.E). The stem need only be a dictionary word:
    jargon capitalised by custom (*Binaan*, *Anggota*) is a common noun once it has an
    owner. Not *Tuhan* and the like, an office (*Kapolres*) or a post the lexicon keeps
    capitalised (*Babinsanya*: *Babinsa* names a post, as *Kapolres* does), nor in a
    headline or a quoted title (tema “… Demi Tercapainya …”). Cheap: read from each *nya*
    in the text, not from every token."""
    position = text.find(_ENCLITIC)
    while position >= 0:
        end = position + len(_ENCLITIC)
        position = text.find(_ENCLITIC, end)
        start = end - len(_ENCLITIC)
        while start > 0 and text[start - 1].isalpha():
            start -= 1
        word = text[start:end]
        if (end < len(text) and (text[end].isalnum() or text[end] == "-")) or \
                not _title(word) or len(word) < 7 or \
                (start > 0 and (text[start - 1].isdigit() or text[start - 1] == "-")):
            continue
        gap = 2 if text[max(0, start - 2):start] == ", " else 1
        before_end = start - gap
        if before_end <= 0 or text[before_end:start] not in (" ", ", "):
            continue
        before_start = before_end
        while before_start > 0 and text[before_start - 1].isalpha():
            before_start -= 1
        before = text[before_start:before_end]
        if not before or not (before.islower() or
                              (gap == 1 and _title(before))) or \
                (before_start > 0 and text[before_start - 1] in "-'’"):
            continue
        stem = word[:-len(_ENCLITIC)]
        if not words.is_word(stem.lower()) or stem in _SACRED or stem in words.titles or \
                stem in _NAME_REGION_WORDS or words.is_term(word) or words.is_term(stem) \
                or _own_case(text, start):
            continue
        lowered = word.lower()
        yield Finding(start, end, word, "style", RULE_ENCLITIC,
                      f"Kata umum berklitik -nya bukan nama; ditulis dengan huruf kecil: "
                      f"“{lowered}”.", (lowered,), severity="saran")


_TRAILING_WORDS = frozenset({"Terpilih", "Terdekat", "Terdampak", "Tertentu", "Sebelumnya",
                             "Lainnya", "Terkait"})
"""Words that say which one or in what state (KBBI: *terpilih* adj ‘dipilih’, *terdekat*,
*terdampak*, *tertentu*, *sebelumnya*, *lainnya*, *terkait*): after a name or an office
they describe it and are no part of it. (*Tersebut* and *setempat* after a place or unit
word are the place and unit rules'.)"""


def trailing_descriptor(text: str, tokens: list[Token], words: RunWords
                        ) -> Iterator[Finding]:
    """``kapital-penjelas-sesudah-nama``: *145 orang Kepala Desa Terpilih hasil pemilihan*,
    *ke Kantor Polisi Terdekat untuk*: a describing word capitalised with the run before
    it, where lower case or punctuation follows. EYD V, I.E capitalises the words of a
    name; *terpilih* says which holders are meant and is an ordinary adjective. Not after
    a unit the lexicon knows (*Polsek Terdekat*: the unit rule's), nor in a headline or
    a title-case line."""
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.text not in _TRAILING_WORDS:      # a set look-up first
            continue
        before = tokens[index - 1]
        following = text[token.end:token.end + 2]
        if text[before.end:token.start] != " " or not before.text[:1].isupper() or \
                words.is_term(before.text) or _sentence_start(text, token) or \
                not (following[:1] in (",", ".", ";", ")") or
                     (following[:1] == " " and following[1:2].islower())) or \
                _headline(text, token.start):
            continue
        lowered = token.text.lower()
        yield Finding(token.start, token.end, token.text, "style", RULE_TRAILING,
                      f"Kata penjelas sesudah nama bukan bagian nama; ditulis dengan huruf "
                      f"kecil: “{lowered}”.", (lowered,), severity="saran")


def paragraph_opens_lower(text: str, is_word: Callable[[str], bool]) -> Iterator[Finding]:
    """``kapital-awal-paragraf``: *tercatat terdapat 35 spanduk …*, *hal tersebut dilakukan
    …*: a paragraph's first word opens a sentence and takes a capital (EYD V, I.E), as
    every copy editor marks it. A paragraph here follows a line break: after a blank
    line, or after a line that ends a sentence (a full stop, a question or exclamation
    mark, a closing quotation mark); a line that only goes on from the one before (a hard
    line break inside a sentence) is not judged, nor the text's own start (a field, a
    fragment or a word list may be checked alone). Only a word the
    dictionary knows in lower case (*tercatat*, *hal*), not an address, a site's name or
    a label (*polri.go.id*, *sumber:*). Cheap: one look at the start of each line."""
    start = text.find("\n")
    while start >= 0:
        start += 1
        match = _PARAGRAPH_OPENER_RE.match(text, start)
        if match is not None and _opens_paragraph(text, start) and is_word(match.group(1)):
            word = match.group(1)
            fixed = word.capitalize()
            yield Finding(match.start(1), match.end(1), word, "style", RULE_PARAGRAPH_START,
                          f"Paragraf diawali kalimat; kata pertamanya ditulis dengan huruf "
                          f"kapital: “{fixed}”.", (fixed,), severity="saran")
        start = text.find("\n", start)


def _opens_paragraph(text: str, start: int) -> bool:
    """Whether the line at ``start`` (after a line break) opens a paragraph: a blank line
    before it, or a line before it that ends a sentence."""
    before = text[max(0, start - 200):start].rstrip(" \t\r")
    if not before:
        return True
    if before.endswith("\n"):
        before = before[:-1].rstrip(" \t\r")
        if not before or before.endswith("\n"):
            return True                      # a blank line between
    return before[-1:] in _SENTENCE_ENDS


_PREDICATE_VERBS = frozenset({
    "mengatakan", "mengungkapkan", "menyampaikan", "menjelaskan", "menegaskan",
    "menyatakan", "menuturkan", "menerangkan", "menambahkan", "menyebutkan", "memaparkan",
    "membenarkan", "mengakui", "mengimbau", "menghimbau", "mengajak", "meminta",
    "mengharapkan", "menekankan", "memastikan", "mengapresiasi", "mengucapkan",
    "mengingatkan", "menginstruksikan", "memerintahkan", "berharap", "berpesan", "berkata",
    "bertanya", "menjawab", "memimpin", "menghadiri", "meninjau", "menyerahkan", "menerima",
    "melaksanakan", "melakukan", "menggelar", "mengunjungi", "menyambangi", "mendatangi"})
"""Verbs of saying and of what an official does (KBBI VI: v), which stand after their
subject as its predicate (*Kapolres berharap*, *AKP Dodi memimpin*). Sites name
programmes with other verbs (*Jumat Berbagi*, *Polisi Menyapa*), never with these."""
_VERB_INITIALS = frozenset("MB")


def verb_after_name(text: str, tokens: list[Token]) -> Iterator[Finding]:
    """``kapital-verba-sesudah-nama``: *Kapolres Berharap, dengan …*, *Kombes Pol Edy
    Sumardi Menyatakan, …*, *AKP P. Manurung, SH Memimpin apel*: a verb of saying or of
    an official's act, capitalised directly after the capitalised name, office or degree
    that is its subject. The verb opens the predicate and is no part of the name, so it
    is written in lower case (EYD V, I.E). Not as a sentence's first word, not in a
    headline or title-case line, not in a quoted title. Cheap: a first-letter test and a
    set look-up per token."""
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.text[:1] not in _VERB_INITIALS or not _title(token.text) or \
                token.text.lower() not in _PREDICATE_VERBS:
            continue
        before = tokens[index - 1]
        gap = text[before.end:token.start]
        if not before.text[:1].isupper() or gap != " ":
            continue
        if _sentence_start(text, token) or _own_case(text, token.start):
            continue
        lowered = token.text.lower()
        yield Finding(token.start, token.end, token.text, "style", RULE_VERB_AFTER_NAME,
                      f"Verba sesudah nama pelakunya bukan bagian nama; ditulis dengan huruf "
                      f"kecil: “{lowered}”.", (lowered,), severity="saran")


_PRONOUNS = frozenset({"Ia", "Dia", "Mereka", "Kami", "Kita", "Saya", "Aku", "Kalian",
                       "Engkau", "Beliau"})
"""Personal pronouns (KBBI VI: pron). EYD V, I.E capitalises *Anda* alone (and pronouns
for God, which follow *Tuhan* or stand in scripture, not after a lowercase word)."""


def pronoun_mid_sentence(text: str, tokens: list[Token]) -> Iterator[Finding]:
    """``kapital-kata-ganti-tengah``: *Hal itu Ia sampaikan*, *Lebih lanjut Ia jelaskan*,
    *Dalam rapat itu, Mereka sepakat*: a personal pronoun after a lowercase word or a
    comma that follows one is in mid-sentence and written in lower case (EYD V, I.E:
    only *Anda* is capitalised). Not after a capitalised word (*Tanjung Kalian*: a
    place), not in a headline or a quoted title (*“Tanah Air Kita”*). Cheap: a set
    look-up per token."""
    for index in range(1, len(tokens)):
        token = tokens[index]
        if token.text not in _PRONOUNS:
            continue
        before = tokens[index - 1]
        gap = text[before.end:token.start]
        if not before.text.islower() or gap not in (" ", ", ") or \
                text[token.end:token.end + 1] in ("-", "’", "'"):
            continue
        if _own_case(text, token.start) or _title(before.text):
            continue
        lowered = token.text.lower()
        yield Finding(token.start, token.end, token.text, "style", RULE_PRONOUN,
                      f"Kata ganti di tengah kalimat ditulis dengan huruf kecil: "
                      f"“{lowered}”.", (lowered,), severity="saran")


_GENERIC_ARTICLES = frozenset({
    "para", "seorang", "sejumlah", "seluruh", "segenap", "setiap", "tiap", "semua",
    "beberapa", "sebagian", "kaum", "berbagai"})
"""KBBI VI: *para* p (kata sandang pengacu jamak), *kaum* n; *seorang*, *sejumlah*,
*seluruh*, *segenap*, *setiap*, *tiap*, *semua*, *beberapa*, *sebagian*, *berbagai* num
(numeralia tak tentu); also *salah satu* (KBBI VI: ‘satu di antara beberapa’): after
them a noun names members of a class, not one person or body."""
_OFFICES_AND_KIN = frozenset({
    "Ibu", "Bapak", "Kakak", "Adik", "Saudara", "Presiden", "Menteri", "Gubernur",
    "Bupati", "Camat", "Lurah", "Kepala", "Ketua", "Wakil", "Anggota", "Direktur",
    "Sekretaris", "Komandan", "Panglima", "Hakim", "Jaksa", "Duta"})
"""Kinship words and offices KBBI VI lists as common nouns (*ibu*, *bapak*, *saudara*
n; *menteri*, *gubernur*, *bupati*, *camat*, *lurah*, *kepala*, *ketua*, *anggota* n),
which the lexicon keeps capitalised for their use before a name; the acronyms of
offices (*Kapolsek*, *Kades*, *Babinsa*) are not among them."""


_OFFICE_GRADES = frozenset({"Utama", "Madya", "Muda", "Pertama", "Ahli", "Senior"})
"""Grades that make a rank title of the word before them (*Pejabat Utama*, *Ahli Madya*:
jenjang jabatan, PermenPAN-RB 1/2023 Jabatan Fungsional)."""


def _class_member(following: str, words: RunWords) -> bool:
    """Whether the capitalised word after the noun leaves it a class member: a common word
    that heads no name and makes no office of the two (*para Pejabat Perbankan*,
    *sejumlah Menteri Kabinet*); not an office, a head of a name or a grade (*para
    Penjabat Kepala*, *para Ketua Dewan Adat*, *para Pejabat Utama*), whose run may be
    one office's title."""
    return words.is_common(following) and following not in words.heads and \
        following not in words.titles and following not in _OFFICE_GRADES


def after_article(text: str, tokens: list[Token], words: RunWords) -> Iterator[Finding]:
    """``kapital-sesudah-kata-sandang``: *salah seorang Ibu bernama*, *sejumlah Menteri
    Kabinet Indonesia*, *para Pejabat Perbankan Sintang*, *salah satu Wartawan TV*: a
    common noun, an office or a kinship word capitalised right after an article or an
    indefinite numeral in lower case. ``style``'s quantifier rule lowers the whole run
    where no name stands in it (*para Camat*, *seluruh Kepala KUA*); this one reads the
    first word where it left off (a name follows in the run) and after *seorang*,
    *salah satu*, *kaum*, *sebagian*, *berbagai*. EYD V, I.E writes an office or a
    kinship word with a capital only where it refers to a certain person (or addresses
    one); after *para*, *seorang*, *seluruh*… it names any member of a class, whatever
    name follows (*para camat Kota Lontar*).

    Only a common word (``RunWords.is_common``) that is no unit or institution of the
    lexicon, or an office or kinship word KBBI lists as a common noun
    (``_OFFICES_AND_KIN``). Not an acronym (*seluruh Polres*, *para Kapolsek*, *setiap
    Babinsa* keep their capital), a name (*seluruh Indonesia*), a region or place word
    (*seluruh Desa*); not before a capitalised word that may make one office's title of
    the two (``_class_member``: *para Pejabat Utama*), nor in a run the text defines by
    an acronym in parentheses (*seluruh Kepala Satuan Wilayah (Kasatwil)*), a headline or
    a quoted title. Cheap: a set look-up per token first."""
    for index in range(len(tokens) - 1):
        article = tokens[index]
        if article.text not in _GENERIC_ARTICLES and not (
                article.text == "satu" and index > 0 and tokens[index - 1].text == "salah"):
            continue                         # salah satu: ‘one of’ a class
        token = tokens[index + 1]
        word = token.text
        if text[article.end:token.start] != " " or not _title(word) or \
                not (word in _OFFICES_AND_KIN or
                     (words.is_common(word) and not words.is_term(word))) or \
                word in words.place_nouns or word in _DAY_MONTH_NAMES:
            continue
        run_end = index + 2
        while run_end < len(tokens) and _title(tokens[run_end].text) and \
                text[tokens[run_end - 1].end:tokens[run_end].start] == " ":
            run_end += 1
        if run_end > index + 2 and not _class_member(tokens[index + 2].text, words) and \
                not (word in _PEOPLE_WORDS and tokens[index + 2].text in _REGION_WORDS):
            continue                         # para Pejabat Utama, para Ketua Dewan Adat
        if _defined_name(text, text[token.start:tokens[run_end - 1].end]) or \
                _own_case(text, token.start):
            continue
        lowered = word.lower()
        yield Finding(token.start, token.end, word, "style", RULE_AFTER_ARTICLE,
                      f"Sesudah “{article.text}” kata ini menyebut golongan, bukan orang "
                      f"tertentu; ditulis dengan huruf kecil: “{lowered}”.", (lowered,),
                      severity="saran")


_CLASSIFIERS = frozenset({
    "Orang", "Ekor", "Buah", "Biji", "Butir", "Batang", "Helai", "Lembar", "Pucuk",
    "Tangkai", "Kuntum", "Bidang", "Potong", "Keping", "Utas", "Carik", "Pasang", "Unit",
    "Regu", "Paket", "Karung", "Bungkus", "Botol", "Kotak", "Dus", "Sak", "Lusin", "Kodi",
    "Rim", "Ons", "Kuintal", "Mililiter", "Sentimeter"})
"""Numeral classifiers (*kata penggolong*: KBBI VI *orang*, *ekor*, *buah*, *biji*,
*butir*, *batang*, *helai*, *lembar*, *pucuk*, *unit*, *regu* n) and the units of measure
``eyd_context.unit_case`` does not read (KBBI VI *ons*, *kuintal* n; *gram*, *ton*,
*liter*, *meter* are its): common nouns that count what follows a number, never a
name's word after a lowercase one."""
_COUNTED_PLACES = frozenset({
    "Desa", "Kelurahan", "Kecamatan", "Kabupaten", "Kota", "Daerah", "Kampung", "Dusun",
    "Nagari", "Provinsi", "Negara", "Wilayah", "Lokasi", "Titik", "Sekolah"})
"""Place nouns (KBBI VI *desa*, *kecamatan*, *kabupaten*, *daerah*, *negara*, *titik* n)
counted by a number (*22 kecamatan, 380 desa*): many places are no one name, so the noun is
common (EYD V, I.E). Only where no name follows (*di 2 Desa Sukamaju* is left alone)."""
_NAME_AFTER_PLACE_RE = _PATTERNS.compile(r"[ \t]*(?:[A-Z]|\d|/[ \t]*(?![A-Z][a-z]+\b))")
"""After a counted place: a capital or a number (*1 Desa 1 PAUD*, a programme's name), or a
slash not followed by another place word (*14 Kabupaten/Kota* is two counted nouns)."""
_COUNT_WORDS = ("satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas"
                "|seratus|seribu|puluhan|ratusan|ribuan")
_COUNT_IN_SENTENCE_RE = _PATTERNS.compile(
    r"(?:(?<![\w.\-/])[a-z]+|[\w)],)[ \t]+(?:\d+(?:[.,]\d+)*|(?i:" + _COUNT_WORDS
    + r"))[ \t]+\Z")
"""A count in mid-sentence: a number or a cardinal after a lowercase word or after a
comma; *SMP Negeri 2*, *RT 05* (a capital or an acronym before the
number) are names and numbers of their own. (``style``'s ``_COUNT_BEFORE_ORANG_RE`` takes
any count before *orang*, on purpose: a different question.)"""
_COUNT_REACH = 40


def classifier_after_number(text: str, tokens: list[Token]) -> Iterator[Finding]:
    """``kapital-penggolong-bilangan``: *dan 3 Orang TNI*, *memakai 2 Unit mobil*,
    *sekitar 40 Karung Pupuk*, *Halut, Satu Regu Satpol PP*: a numeral classifier
    capitalised after a count in mid-sentence. EYD V, I.E capitalises
    a sentence's first word and the words of names; a classifier counts a common noun
    and is written in lower case. Only after a count that itself follows a lowercase
    word or a comma (not *SMP Negeri 2 Batang*, where the number belongs to a name), not
    in a headline or a quoted title. Cheap: a set look-up per token first."""
    for token in tokens:
        place = token.text in _COUNTED_PLACES
        if not place and token.text not in _CLASSIFIERS:
            continue
        if place and _NAME_AFTER_PLACE_RE.match(text, token.end):
            continue                         # 2 Desa Sukamaju, 1 Desa 1 PAUD: a name
        before = text[max(0, token.start - _COUNT_REACH):token.start]
        if _COUNT_IN_SENTENCE_RE.search(before) is None or \
                text[token.end:token.end + 1] in ("-", "’", "'") or \
                _own_case(text, token.start):
            continue
        lowered = token.text.lower()
        kind = "Kata tempat yang dihitung" if place else "Kata penggolong"
        yield Finding(token.start, token.end, token.text, "style", RULE_CLASSIFIER,
                      f"{kind} sesudah bilangan ditulis dengan huruf kecil: "
                      f"“{lowered}”.", (lowered,), severity="saran")


_TITLED_EXPANSION_RE = _PATTERNS.compile(r"((?:[A-Z][a-z]+ ){1,4})\Z")
"""Capitalised words ending right before an acronym in parentheses."""


_EVENT_EXPANSION = "Musyawarah"
"""*Musyawarah Rencana Pembangunan (Musrenbang)*: the lexicon writes the musyawarah
acronyms as events' names (``istilah-dinas.tsv``), so their expansions keep capitals."""


def _titled_service_expansion(text: str, match: re.Match[str]) -> Iterator[Finding]:
    """``akronim-kata-umum``, a service term: *melakukan Kunjungan Kerja (Kunker)*,
    *mengedepankan Protokol Kesehatan (Prokes)*: an acronym the lexicon lists as a service
    term in lower case and nowhere in title case (not *Kamtibmas*, *Pemkab*, *Babinsa*),
    after its expansion in title case in mid-sentence (a lowercase word before it). The
    expansion is common words and the acronym a common noun, both written in lower case
    (EYD V, I.E; II.H: *kunjungan kerja (kunker)*). Not an event's musyawarah, not where
    a name goes on after the parenthesis (*Rapat Koordinasi (Rakor) Tim Pembina…*: an
    event's name), not in a headline."""
    acronym = match.group(1)
    lowered = acronym.lower()
    if lowered not in service_lower_terms() or acronym in initialisms()[1]:
        return
    expansion = _SERVICE_EXPANSION_RE.search(text, max(0, match.start() - 80),
                                             match.start())
    if expansion is None:
        return
    words = expansion.group(1).split()
    if words[0] == _EVENT_EXPANSION or len(words) < 2 or \
            not _spells(lowered, [word.lower() for word in words]) or \
            _own_case(text, match.start()):
        return
    going_on = _NAME_GOES_ON_RE.match(text, match.end())
    if going_on is not None and going_on.group(1) not in _REGION_WORDS:
        return                               # (Rakor) Tim Pembina …: an event's name
    begin = expansion.start(1)
    # a parenthesis that ends its line is the paragraph-end rule's (a missing period):
    # the expansion alone is judged there
    end = expansion.end(1) - 1 if _LINE_END_RE.match(text, match.end()) else match.end()
    written = text[begin:end]
    fixed = written.lower()
    yield Finding(begin, end, written, "style", RULE_COMMON_ACRONYM,
                  f"Akronim kata umum dan kepanjangannya ditulis dengan huruf kecil: "
                  f"“{fixed}”.", (fixed,), severity="saran")


_NAME_GOES_ON_RE = _PATTERNS.compile(r"[ \t]+([A-Z][a-z]+)")
"""A capitalised word right after the acronym: the name goes on (*(Rakor) Tim …*), unless
it is a region word that opens a place (*(Wilkum) Kota Kendari*)."""
_LINE_END_RE = _PATTERNS.compile(r"[ \t]*(?:\n|\Z)")


_SERVICE_EXPANSION_RE = _PATTERNS.compile(
    r"(?<=[\s(])[a-z]+ ((?:[A-Z][a-z]+ ){2,4})\Z")
"""Two to four capitalised words after a whole lowercase word, right before the acronym."""


def titled_common_acronym(text: str) -> Iterator[Finding]:
    """``akronim-kata-umum``: *Pungutan Liar (Pungli)*, *Sembilan Bahan Pokok (Sembako)*,
    *Senjata Api (Senpi)*: an acronym KBBI records as a lower-case common noun
    (``kbbi_lower_terms``: *pungli*, *sembako*, *senpi*, *miras*), given with its
    expansion written in capitals. The expansion is common words and the acronym a common
    noun, so both are written in lower case (EYD V, II.H: *pungutan liar (pungli)*).
    Only words whose letters spell the acronym, first letter first; not in a headline or
    a quoted title. Cheap: read from each title-case acronym in parentheses."""
    if "(" not in text:
        return
    terms = kbbi_lower_terms()
    for match in _ACRONYM_RE.finditer(text):
        acronym = match.group(1)
        lowered = acronym.lower()
        if lowered not in terms:
            yield from _titled_service_expansion(text, match)
            continue
        if _own_case(text, match.start()):
            continue
        expansion = _TITLED_EXPANSION_RE.search(text, max(0, match.start() - 80),
                                                match.start())
        if expansion is None:
            continue
        words = expansion.group(1).lower().split()
        start = next((index for index in range(len(words))
                      if words[index][:1] == lowered[:1] and _spells(lowered, words[index:])),
                     None)
        if start is None:
            continue
        begin = expansion.start(1) + sum(len(word) + 1 for word in words[:start])
        written = text[begin:match.end()]
        fixed = written.lower()
        yield Finding(begin, match.end(), written, "style", RULE_COMMON_ACRONYM,
                      f"Akronim kata umum dan kepanjangannya ditulis dengan huruf kecil: "
                      f"“{fixed}”.", (fixed,), severity="saran")
