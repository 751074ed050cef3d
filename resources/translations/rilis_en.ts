<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="id_ID">
  <context>
    <name>App</name>
    <message>
      <source>waktu tidak diketahui</source>
      <translation>time unknown</translation>
    </message>
    <message>
      <source>Pulihkan draf?</source>
      <translation>Restore draft?</translation>
    </message>
    <message>
      <source>Pulihkan</source>
      <translation>Restore</translation>
    </message>
    <message>
      <source>Buang salinan</source>
      <translation>Discard copy</translation>
    </message>
    <message>
      <source>draf tanpa nama</source>
      <translation>untitled draft</translation>
    </message>
    <message>
      <source>Rilis tidak ditutup dengan benar. Ada perubahan yang belum disimpan pada “{name}”.</source>
      <translation>Rilis was not closed properly. “{name}” has unsaved changes.</translation>
    </message>
    <message>
      <source>Salinan terakhir: {saved}.

Pulihkan sekarang?</source>
      <translation>Last copy: {saved}.

Restore now?</translation>
    </message>
    <message>
      <source>Pustaka Qt (PySide6 {version}) pada Python {python} ini rusak: aplikasi akan berhenti mendadak setelah beberapa menit mengetik. Pasang versi yang aman dengan perintah berikut, lalu buka Rilis lagi:

{command}</source>
      <translation>The Qt library (PySide6 {version}) on this Python {python} is broken: the app would stop suddenly after a few minutes of typing. Install a safe version with the following command, then open Rilis again:

{command}</translation>
    </message>
    <message>
      <source>Rilis tidak dapat dibuka</source>
      <translation>Rilis cannot start</translation>
    </message>
    <message>
      <source>Peninjau</source>
      <translation>Reviewer</translation>
    </message>
  </context>
  <context>
    <name>BlurDialog</name>
    <message>
      <source>Samarkan foto</source>
      <translation>Blur photo</translation>
    </message>
    <message>
      <source>Seret untuk menandai daerah yang disamarkan; klik sebuah kotak untuk menghapusnya. Foto asli tidak diubah: penyamaran diterapkan pada salinan yang diekspor.</source>
      <translation>Drag to mark an area to blur; click a box to remove it. The original photo is not changed: the blur is applied to the exported copy.</translation>
    </message>
    <message>
      <source>Deteksi wajah</source>
      <translation>Detect faces</translation>
    </message>
    <message>
      <source>Hapus semua</source>
      <translation>Remove all</translation>
    </message>
    <message>
      <source>Foto tidak ditemukan atau tidak dapat dibaca.</source>
      <translation>Photo not found or unreadable.</translation>
    </message>
    <message>
      <source>Belum ada daerah yang disamarkan.</source>
      <translation>No area blurred yet.</translation>
    </message>
    <message>
      <source>Tidak ada wajah yang ditemukan; tandai secara manual bila perlu.</source>
      <translation>No face found; mark areas by hand if needed.</translation>
    </message>
    <message>
      <source>{n} daerah disamarkan.</source>
      <translation>{n} area(s) blurred.</translation>
    </message>
    <message>
      <source>{found} wajah ditemukan, {added} ditambahkan. Periksa hasilnya: deteksi otomatis bisa terlewat.</source>
      <translation>{found} face(s) found, {added} added. Check the result: automatic detection can miss faces.</translation>
    </message>
  </context>
  <context>
    <name>BodyForm</name>
    <message>
      <source>Tambah blok</source>
      <translation>Add block</translation>
    </message>
    <message>
      <source>Paragraf</source>
      <translation>Paragraph</translation>
    </message>
    <message>
      <source>Kutipan</source>
      <translation>Quote</translation>
    </message>
    <message>
      <source>Foto…</source>
      <translation>Photo…</translation>
    </message>
    <message>
      <source>Tulis paragraf. @kode menyebut pejabat. Enter memulai paragraf baru.</source>
      <translation>Write a paragraph. @code names an official. Enter starts a new paragraph.</translation>
    </message>
    <message>
      <source>Sisipkan @</source>
      <translation>Insert @</translation>
    </message>
    <message>
      <source>Kata-kata pejabat, tanpa tanda petik.</source>
      <translation>The official's words, without quotation marks.</translation>
    </message>
    <message>
      <source>Pembicara</source>
      <translation>Speaker</translation>
    </message>
    <message>
      <source>Kata kerja</source>
      <translation>Verb</translation>
    </message>
    <message>
      <source>Ganti foto…</source>
      <translation>Change photo…</translation>
    </message>
    <message>
      <source>Samarkan…</source>
      <translation>Blur…</translation>
    </message>
    <message>
      <source>Samarkan wajah atau bagian foto pada salinan yang diekspor (foto asli tidak diubah)</source>
      <translation>Blur faces or parts of the photo in the exported copy (the original photo is not changed)</translation>
    </message>
    <message>
      <source>Keterangan foto</source>
      <translation>Photo caption</translation>
    </message>
    <message>
      <source>mis. Humas Polres Trenggalek</source>
      <translation>e.g. Humas Polres Trenggalek</translation>
    </message>
    <message>
      <source>Wajah/identitas sudah disamarkan</source>
      <translation>Faces/identity blurred</translation>
    </message>
    <message>
      <source>Wajib dicentang bila rilis menyangkut anak atau korban kejahatan seksual (UU SPPA Pasal 19, Kode Etik Jurnalistik Pasal 5).</source>
      <translation>Required when the release concerns a child or a victim of a sexual crime (SPPA Law, Art. 19; Journalistic Code of Ethics, Art. 5).</translation>
    </message>
    <message>
      <source>Berkas</source>
      <translation>File</translation>
    </message>
    <message>
      <source>Keterangan</source>
      <translation>Caption</translation>
    </message>
    <message>
      <source>Kredit</source>
      <translation>Credit</translation>
    </message>
    <message>
      <source>Belum ada isi. Tambahkan paragraf, kutipan atau foto; foto juga dapat diseret ke sini. Rilis yang sudah jadi (dari WhatsApp, Word atau situs web) dapat ditempel dengan Ctrl+V.</source>
      <translation>No content yet. Add a paragraph, quote or photo; photos can also be dropped here. A finished release (from WhatsApp, Word or a website) can be pasted with Ctrl+V.</translation>
    </message>
    <message>
      <source>Tempel rilis…</source>
      <translation>Paste release…</translation>
    </message>
    <message>
      <source>Ubah paragraf</source>
      <translation>Edit paragraph</translation>
    </message>
    <message>
      <source>Ubah kutipan</source>
      <translation>Edit quote</translation>
    </message>
    <message>
      <source>Ganti kata kerja</source>
      <translation>Change verb</translation>
    </message>
    <message>
      <source>Tempel paragraf</source>
      <translation>Paste paragraphs</translation>
    </message>
    <message>
      <source>Pilih foto</source>
      <translation>Choose photo</translation>
    </message>
    <message>
      <source>Hapus blok</source>
      <translation>Remove block</translation>
    </message>
    <message>
      <source>Urutkan isi</source>
      <translation>Reorder body</translation>
    </message>
    <message>
      <source>Tanda petik, koma dan atribusi (ujar AKBP …) ditambahkan otomatis.</source>
      <translation>Quotation marks, comma and attribution (ujar AKBP …) are added automatically.</translation>
    </message>
    <message>
      <source>(tanpa pembicara)</source>
      <translation>(no speaker)</translation>
    </message>
    <message>
      <source>(foto)</source>
      <translation>(photo)</translation>
    </message>
    <message>
      <source>(pilih pembicara)</source>
      <translation>(choose speaker)</translation>
    </message>
    <message>
      <source>Foto tidak ditemukan atau tidak dapat dibaca.</source>
      <translation>Photo not found or unreadable.</translation>
    </message>
    <message>
      <source>Ganti pembicara</source>
      <translation>Change speaker</translation>
    </message>
    <message>
      <source>Ubah keterangan foto</source>
      <translation>Edit photo caption</translation>
    </message>
    <message>
      <source>Ubah tanda samarkan foto</source>
      <translation>Change photo blur mark</translation>
    </message>
    <message>
      <source>Ubah kredit foto</source>
      <translation>Edit photo credit</translation>
    </message>
    <message>
      <source>nama acara</source>
      <translation>event name</translation>
    </message>
    <message>
      <source>tempat</source>
      <translation>place</translation>
    </message>
    <message>
      <source>hari dan tanggal singkat</source>
      <translation>day and short date</translation>
    </message>
    <message>
      <source>tanggal lengkap</source>
      <translation>full date</translation>
    </message>
    <message>
      <source>pukul</source>
      <translation>time</translation>
    </message>
    <message>
      <source>Tambah paragraf</source>
      <translation>Add paragraph</translation>
    </message>
    <message>
      <source>Tambah kutipan</source>
      <translation>Add quote</translation>
    </message>
    <message>
      <source>Tambah foto</source>
      <translation>Add photo</translation>
    </message>
    <message>
      <source>Pisah paragraf</source>
      <translation>Split paragraph</translation>
    </message>
    <message>
      <source>Gambar</source>
      <translation>Images</translation>
    </message>
    <message>
      <source>Ganti foto</source>
      <translation>Change photo</translation>
    </message>
    <message>
      <source>(paragraf kosong)</source>
      <translation>(empty paragraph)</translation>
    </message>
  </context>
  <context>
    <name>CaseForm</name>
    <message>
      <source>(tanpa inisial)</source>
      <translation>(no initials)</translation>
    </message>
    <message>
      <source> [anak]</source>
      <translation> [child]</translation>
    </message>
    <message>
      <source>"{text}" bukan inisial: tersangka hanya disebut dengan inisial (KUHAP baru, UU 20/2025, Pasal 91).</source>
      <translation>"{text}" is not initials: suspects are named by initials only (new KUHAP, Law 20/2025, Art. 91).</translation>
    </message>
    <message>
      <source>Tambah tersangka</source>
      <translation>Add suspect</translation>
    </message>
    <message>
      <source>mis. RS</source>
      <translation>e.g. RS</translation>
    </message>
    <message>
      <source>umur</source>
      <translation>age</translation>
    </message>
    <message>
      <source>peran, mis. kurir</source>
      <translation>role, e.g. courier</translation>
    </message>
    <message>
      <source>Anak (di bawah 18 tahun)</source>
      <translation>Child (under 18)</translation>
    </message>
    <message>
      <source>Tambah korban/saksi</source>
      <translation>Add victim/witness</translation>
    </message>
    <message>
      <source>inisial, mis. NA</source>
      <translation>initials, e.g. NA</translation>
    </message>
    <message>
      <source>nama lengkap (tidak dicetak)</source>
      <translation>full name (never printed)</translation>
    </message>
    <message>
      <source>sekolah (tidak dicetak)</source>
      <translation>school (never printed)</translation>
    </message>
    <message>
      <source>nama orang tua (tidak dicetak)</source>
      <translation>parents' names (never printed)</translation>
    </message>
    <message>
      <source>alamat (tidak dicetak)</source>
      <translation>address (never printed)</translation>
    </message>
    <message>
      <source>Korban kejahatan seksual</source>
      <translation>Victim of a sexual crime</translation>
    </message>
    <message>
      <source>Bagaimana perbuatan itu dilakukan</source>
      <translation>How the offence was committed</translation>
    </message>
    <message>
      <source>Tambah barang bukti</source>
      <translation>Add evidence</translation>
    </message>
    <message>
      <source>mis. satu unit sepeda motor</source>
      <translation>e.g. one motorcycle</translation>
    </message>
    <message>
      <source>Tambah pasal</source>
      <translation>Add article</translation>
    </message>
    <message>
      <source>mis. Pasal 363 KUHP</source>
      <translation>e.g. Article 363 of the Criminal Code</translation>
    </message>
    <message>
      <source>mis. pidana penjara paling lama tujuh tahun</source>
      <translation>e.g. up to seven years in prison</translation>
    </message>
    <message>
      <source>Tersangka</source>
      <translation>Suspects</translation>
    </message>
    <message>
      <source>Korban dan saksi</source>
      <translation>Victims and witnesses</translation>
    </message>
    <message>
      <source>Perkara</source>
      <translation>Case</translation>
    </message>
    <message>
      <source>Modus</source>
      <translation>Modus operandi</translation>
    </message>
    <message>
      <source>Barang bukti</source>
      <translation>Evidence</translation>
    </message>
    <message>
      <source>Pasal</source>
      <translation>Articles</translation>
    </message>
    <message>
      <source>Ancaman</source>
      <translation>Penalty</translation>
    </message>
    <message>
      <source>Ubah tanda anak</source>
      <translation>Change child mark</translation>
    </message>
    <message>
      <source>Ubah korban/saksi</source>
      <translation>Edit victim/witness</translation>
    </message>
    <message>
      <source>Hapus korban/saksi</source>
      <translation>Remove victim/witness</translation>
    </message>
    <message>
      <source>Urutkan korban/saksi</source>
      <translation>Reorder victims/witnesses</translation>
    </message>
    <message>
      <source>Ubah tersangka</source>
      <translation>Edit suspect</translation>
    </message>
    <message>
      <source>Hapus tersangka</source>
      <translation>Remove suspect</translation>
    </message>
    <message>
      <source>Urutkan tersangka</source>
      <translation>Reorder suspects</translation>
    </message>
    <message>
      <source>Tambah butir imbauan</source>
      <translation>Add advisory point</translation>
    </message>
    <message>
      <source>mis. Kunci ganda kendaraan saat diparkir</source>
      <translation>e.g. Double-lock parked vehicles</translation>
    </message>
    <message>
      <source>Butir imbauan</source>
      <translation>Advisory points</translation>
    </message>
    <message>
      <source>, {age} tahun</source>
      <translation>, {age} years</translation>
    </message>
    <message>
      <source>Korban</source>
      <translation>Victim</translation>
    </message>
    <message>
      <source>Saksi</source>
      <translation>Witness</translation>
    </message>
    <message>
      <source>Sebut tersangka dengan inisial saja.</source>
      <translation>Name suspects by initials only.</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Sekolah</source>
      <translation>School</translation>
    </message>
    <message>
      <source>Orang tua</source>
      <translation>Parents</translation>
    </message>
    <message>
      <source>Alamat</source>
      <translation>Address</translation>
    </message>
    <message>
      <source>Anak (UU SPPA Pasal 19) dan korban kejahatan seksual (Kode Etik Jurnalistik Pasal 5) tidak boleh dikenali: nama, sekolah, orang tua dan alamat yang diisi di sini tidak dicetak, dan daftar periksa gagal bila muncul di rilis.</source>
      <translation>Children (SPPA Law, Art. 19) and victims of sexual crimes (Journalistic Code of Ethics, Art. 5) must not be identifiable: the name, school, parents and address typed here are never printed, and the checklist fails if they appear in the release.</translation>
    </message>
    <message>
      <source>Ubah modus</source>
      <translation>Edit modus operandi</translation>
    </message>
    <message>
      <source>Ubah ancaman</source>
      <translation>Edit penalty</translation>
    </message>
    <message>
      <source>Butir dicetak bernomor setelah paragraf pembuka. Tulis satu ajakan per butir.</source>
      <translation>Points are printed numbered after the opening paragraph. One call to action per point.</translation>
    </message>
    <message>
      <source>anak</source>
      <translation>child</translation>
    </message>
    <message>
      <source>korban kejahatan seksual</source>
      <translation>victim of a sexual crime</translation>
    </message>
    <message>
      <source>Pakai {initials}</source>
      <translation>Use {initials}</translation>
    </message>
  </context>
  <context>
    <name>CheckPanel</name>
    <message>
      <source>Periksa</source>
      <translation>Check</translation>
    </message>
    <message>
      <source>Memeriksa…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Periksa ulang</source>
      <translation>Check again</translation>
    </message>
    <message>
      <source>Tidak ada temuan. Rilis siap dikirim.</source>
      <translation>No findings. The release is ready to send.</translation>
    </message>
    <message>
      <source>Pemeriksa bahasa belum siap.</source>
      <translation>The language checker is not ready yet.</translation>
    </message>
    <message>
      <source>{s} ejaan, {g} gaya, {h} saran. Klik untuk menuju kata.</source>
      <translation>{s} spelling, {g} style, {h} hints. Click to go to the word.</translation>
    </message>
    <message>
      <source>Ejaan</source>
      <translation>Spelling</translation>
    </message>
    <message>
      <source>Gaya</source>
      <translation>Style</translation>
    </message>
    <message>
      <source>Saran</source>
      <translation>Hint</translation>
    </message>
    <message>
      <source>Merah bergelombang: ejaan. Biru bergelombang: gaya bahasa. Biru putus-putus, miring di daftar: saran dari aturan yang bisa keliru.</source>
      <translation>Red wavy: spelling. Blue wavy: style. Blue dashed, italic in the list: a hint from a rule that can be wrong.</translation>
    </message>
    <message>
      <source>Saran: aturan ini bisa keliru; abaikan bila tidak tepat.</source>
      <translation>Hint: this rule can be wrong; ignore it if it does not fit.</translation>
    </message>
    <message>
      <source>Ganti dengan “{s}”</source>
      <translation>Replace with “{s}”</translation>
    </message>
    <message>
      <source>(tidak ada saran)</source>
      <translation>(no suggestions)</translation>
    </message>
    <message>
      <source>Tambahkan ke kamus</source>
      <translation>Add to dictionary</translation>
    </message>
    <message>
      <source>Abaikan</source>
      <translation>Ignore</translation>
    </message>
    <message>
      <source> ({n} kali)</source>
      <translation> ({n} times)</translation>
    </message>
  </context>
  <context>
    <name>Checking</name>
    <message>
      <source>Judul</source>
      <translation>Headline</translation>
    </message>
    <message>
      <source>Butir imbauan {n}</source>
      <translation>Advisory point {n}</translation>
    </message>
    <message>
      <source>Modus</source>
      <translation>Modus operandi</translation>
    </message>
    <message>
      <source>Acara</source>
      <translation>Event</translation>
    </message>
    <message>
      <source>Abaikan</source>
      <translation>Ignore</translation>
    </message>
    <message>
      <source>(tidak ada saran)</source>
      <translation>(no suggestions)</translation>
    </message>
    <message>
      <source>Tambahkan ke kamus</source>
      <translation>Add to dictionary</translation>
    </message>
    <message>
      <source>Berita terkait {n}</source>
      <translation>Related story {n}</translation>
    </message>
    <message>
      <source>Pemeriksa bahasa tidak tersedia: {e}</source>
      <translation>Language checker unavailable: {e}</translation>
    </message>
    <message>
      <source>Paragraf {n}</source>
      <translation>Paragraph {n}</translation>
    </message>
    <message>
      <source>Kutipan {n}</source>
      <translation>Quote {n}</translation>
    </message>
    <message>
      <source>Keterangan foto {n}</source>
      <translation>Photo caption {n}</translation>
    </message>
  </context>
  <context>
    <name>CompareDialog</name>
    <message>
      <source>Bandingkan versi</source>
      <translation>Compare versions</translation>
    </message>
    <message>
      <source>Draf lain…</source>
      <translation>Other draft…</translation>
    </message>
    <message>
      <source>Bandingkan dengan berkas draf lain</source>
      <translation>Compare with another draft file</translation>
    </message>
    <message>
      <source>Ekspor HTML…</source>
      <translation>Export HTML…</translation>
    </message>
    <message>
      <source>Bandingkan dengan draf</source>
      <translation>Compare with draft</translation>
    </message>
    <message>
      <source>Ekspor perbandingan</source>
      <translation>Export comparison</translation>
    </message>
    <message>
      <source>Lama</source>
      <translation>Old</translation>
    </message>
    <message>
      <source>Baru</source>
      <translation>New</translation>
    </message>
    <message>
      <source>Draf ini belum punya versi tersimpan: setiap kali disimpan, Rilis menyimpan satu versi. Bandingkan dengan draf lain lewat tombol Draf lain…</source>
      <translation>This draft has no saved versions yet: every save keeps one. Compare with another draft with Other draft…</translation>
    </message>
    <message>
      <source>Draf Rilis</source>
      <translation>Rilis draft</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <source>mis. 22/9/2023 atau 22 September 2023</source>
      <translation>e.g. 22/9/2023 or 22 September 2023</translation>
    </message>
    <message>
      <source>Ketik tanggal (22/9/2023, 22-09-2023, 22 September 2023) atau pilih di kalender.</source>
      <translation>Type the date (22/9/2023, 22-09-2023, 22 September 2023) or pick it in the calendar.</translation>
    </message>
    <message>
      <source>Pilih tanggal di kalender</source>
      <translation>Pick the date in the calendar</translation>
    </message>
    <message>
      <source>Kalender</source>
      <translation>Calendar</translation>
    </message>
  </context>
  <context>
    <name>EventForm</name>
    <message>
      <source>Disebut di kepala rilis (Hari/tanggal, Tempat)</source>
      <translation>Stated in the release header (day/date, place)</translation>
    </message>
    <message>
      <source>Belum disebut di rilis: tulis @hari dan @tempat di paragraf</source>
      <translation>Not stated in the release yet: write @hari and @tempat in a paragraph</translation>
    </message>
    <message>
      <source>Nama kegiatan, mis. Sosialisasi Keselamatan Berkendara</source>
      <translation>Event name, e.g. Sosialisasi Keselamatan Berkendara</translation>
    </message>
    <message>
      <source>WIB (UTC+7), WITA (UTC+8), WIT (UTC+9)</source>
      <translation>WIB (UTC+7), WITA (UTC+8), WIT (UTC+9)</translation>
    </message>
    <message>
      <source>mis. Aula SMA Negeri 2 Trenggalek</source>
      <translation>e.g. Aula SMA Negeri 2 Trenggalek</translation>
    </message>
    <message>
      <source>Acara</source>
      <translation>Event</translation>
    </message>
    <message>
      <source>Tanggal</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Pukul</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Tempat</source>
      <translation>Place</translation>
    </message>
    <message>
      <source>Ubah tanggal</source>
      <translation>Change date</translation>
    </message>
    <message>
      <source>Disebut di paragraf {n} (kalimat atribusi)</source>
      <translation>Stated in paragraph {n} (attribution sentence)</translation>
    </message>
    <message>
      <source>Sudah disebut di paragraf {n}</source>
      <translation>Already stated in paragraph {n}</translation>
    </message>
    <message>
      <source>Di paragraf, tulis @acara, @tempat, @hari, @tanggal atau @pukul untuk menyisipkan isian ini.</source>
      <translation>In a paragraph, write @acara, @tempat, @hari, @tanggal or @pukul to insert these fields.</translation>
    </message>
    <message>
      <source>Ubah pukul</source>
      <translation>Change time</translation>
    </message>
    <message>
      <source>Ubah acara</source>
      <translation>Edit event</translation>
    </message>
    <message>
      <source>Ubah zona waktu</source>
      <translation>Change time zone</translation>
    </message>
    <message>
      <source>Ubah tempat</source>
      <translation>Edit place</translation>
    </message>
  </context>
  <context>
    <name>LayoutFormDialog</name>
    <message>
      <source>Nomor</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Baris tanggal</source>
      <translation>Date line</translation>
    </message>
    <message>
      <source>Baris embargo / siar segera</source>
      <translation>Embargo / immediate release line</translation>
    </message>
    <message>
      <source>Judul</source>
      <translation>Title</translation>
    </message>
    <message>
      <source>Teras dari kegiatan</source>
      <translation>Lead from the event</translation>
    </message>
    <message>
      <source>Isi</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>Narahubung</source>
      <translation>Contact</translation>
    </message>
    <message>
      <source>Berita terkait</source>
      <translation>Related stories</translation>
    </message>
    <message>
      <source>Tag penutup</source>
      <translation>Closing tag</translation>
    </message>
    <message>
      <source>Templat baru dari formulir</source>
      <translation>New template from a form</translation>
    </message>
    <message>
      <source>Siaran pers satuan</source>
      <translation>Unit press release</translation>
    </message>
    <message>
      <source>Satu baris kop per baris, mis.
KEPOLISIAN NEGARA REPUBLIK INDONESIA</source>
      <translation>One letterhead line per line, e.g.
KEPOLISIAN NEGARA REPUBLIK INDONESIA</translation>
    </message>
    <message>
      <source>Tambahkan nama satuan dari draf</source>
      <translation>Add the unit name from the draft</translation>
    </message>
    <message>
      <source>Tampilkan lambang dari draf</source>
      <translation>Show the emblem from the draft</translation>
    </message>
    <message>
      <source>Tidak ada (kop dari baris di atas)</source>
      <translation>None (letterhead from the lines above)</translation>
    </message>
    <message>
      <source>Pilih dokumen Word…</source>
      <translation>Choose Word document…</translation>
    </message>
    <message>
      <source>Hapus</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Naik</source>
      <translation>Up</translation>
    </message>
    <message>
      <source>Turun</source>
      <translation>Down</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Keterangan</source>
      <translation>Description</translation>
    </message>
    <message>
      <source>Kop surat</source>
      <translation>Letterhead</translation>
    </message>
    <message>
      <source>Dokumen acuan (DOCX)</source>
      <translation>Reference document (DOCX)</translation>
    </message>
    <message>
      <source>Bagian dan urutan</source>
      <translation>Parts and order</translation>
    </message>
    <message>
      <source>Huruf isi (HTML)</source>
      <translation>Body font (HTML)</translation>
    </message>
    <message>
      <source>Huruf judul (HTML)</source>
      <translation>Heading font (HTML)</translation>
    </message>
    <message>
      <source>Ukuran huruf (HTML)</source>
      <translation>Font size (HTML)</translation>
    </message>
    <message>
      <source>Pratinjau dengan contoh</source>
      <translation>Preview with sample</translation>
    </message>
    <message>
      <source>Simpan ke folder saya</source>
      <translation>Save to my folder</translation>
    </message>
    <message>
      <source>Pilih dokumen acuan</source>
      <translation>Choose reference document</translation>
    </message>
    <message>
      <source>Dokumen Word (*.docx *.dotx)</source>
      <translation>Word documents (*.docx *.dotx)</translation>
    </message>
  </context>
  <context>
    <name>ListEditor</name>
    <message>
      <source>Tambah</source>
      <translation>Add</translation>
    </message>
    <message>
      <source>Hapus</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Naikkan</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Turunkan</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>(kosong)</source>
      <translation>(empty)</translation>
    </message>
    <message>
      <source>Ubah daftar</source>
      <translation>Edit list</translation>
    </message>
    <message>
      <source>Tambah butir</source>
      <translation>Add item</translation>
    </message>
    <message>
      <source>Hapus butir</source>
      <translation>Remove item</translation>
    </message>
    <message>
      <source>Urutkan daftar</source>
      <translation>Reorder list</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <source>Teks</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>Pratinjau</source>
      <translation>Preview</translation>
    </message>
    <message>
      <source>&amp;Baru…</source>
      <translation>&amp;New…</translation>
    </message>
    <message>
      <source>B&amp;uka…</source>
      <translation>&amp;Open…</translation>
    </message>
    <message>
      <source>&amp;Simpan</source>
      <translation>&amp;Save</translation>
    </message>
    <message>
      <source>Simpan sebaga&amp;i…</source>
      <translation>Sa&amp;ve As…</translation>
    </message>
    <message>
      <source>Sa&amp;lin sebagai teks</source>
      <translation>Copy as te&amp;xt</translation>
    </message>
    <message>
      <source>Salin untuk &amp;WhatsApp</source>
      <translation>Copy for &amp;WhatsApp</translation>
    </message>
    <message>
      <source>Salin &amp;versi singkat (WhatsApp)</source>
      <translation>Copy s&amp;hort version (WhatsApp)</translation>
    </message>
    <message>
      <source>Sa&amp;markan foto…</source>
      <translation>&amp;Blur photo…</translation>
    </message>
    <message>
      <source>Tem&amp;pel rilis…</source>
      <translation>Paste re&amp;lease…</translation>
    </message>
    <message>
      <source>&amp;Cetak…</source>
      <translation>&amp;Print…</translation>
    </message>
    <message>
      <source>&amp;Keluar</source>
      <translation>&amp;Quit</translation>
    </message>
    <message>
      <source>&amp;Urungkan</source>
      <translation>&amp;Undo</translation>
    </message>
    <message>
      <source>U&amp;lang</source>
      <translation>&amp;Redo</translation>
    </message>
    <message>
      <source>&amp;Word (DOCX)…</source>
      <translation>&amp;Word (DOCX)…</translation>
    </message>
    <message>
      <source>&amp;HTML…</source>
      <translation>&amp;HTML…</translation>
    </message>
    <message>
      <source>&amp;Teks…</source>
      <translation>&amp;Text…</translation>
    </message>
    <message>
      <source>&amp;PDF…</source>
      <translation>&amp;PDF…</translation>
    </message>
    <message>
      <source>&amp;Periksa ejaan dan gaya</source>
      <translation>&amp;Check spelling and style</translation>
    </message>
    <message>
      <source>Baru dari s&amp;tarter…</source>
      <translation>New from s&amp;tarter…</translation>
    </message>
    <message>
      <source>Simpan sebagai st&amp;arter…</source>
      <translation>Save as st&amp;arter…</translation>
    </message>
    <message>
      <source>&amp;Templat dan starter…</source>
      <translation>&amp;Templates and starters…</translation>
    </message>
    <message>
      <source>&amp;Mode tinjauan</source>
      <translation>&amp;Review mode</translation>
    </message>
    <message>
      <source>Panel &amp;tinjauan</source>
      <translation>Review &amp;panel</translation>
    </message>
    <message>
      <source>&amp;Bandingkan versi…</source>
      <translation>&amp;Compare versions…</translation>
    </message>
    <message>
      <source>P&amp;engaturan…</source>
      <translation>&amp;Settings…</translation>
    </message>
    <message>
      <source>&amp;Berkas</source>
      <translation>&amp;File</translation>
    </message>
    <message>
      <source>Buka te&amp;rakhir</source>
      <translation>Open &amp;Recent</translation>
    </message>
    <message>
      <source>&amp;Ekspor</source>
      <translation>&amp;Export</translation>
    </message>
    <message>
      <source>&amp;Sunting</source>
      <translation>&amp;Edit</translation>
    </message>
    <message>
      <source>&amp;Periksa</source>
      <translation>&amp;Check</translation>
    </message>
    <message>
      <source>&amp;Tinjau</source>
      <translation>&amp;Review</translation>
    </message>
    <message>
      <source>Utama</source>
      <translation>Main</translation>
    </message>
    <message>
      <source>Urungkan</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Ulangi</source>
      <translation>Redo</translation>
    </message>
    <message>
      <source>Draf baru</source>
      <translation>New draft</translation>
    </message>
    <message>
      <source>Perubahan belum disimpan</source>
      <translation>Unsaved changes</translation>
    </message>
    <message>
      <source>Buka draf</source>
      <translation>Open draft</translation>
    </message>
    <message>
      <source>Rilis baru</source>
      <translation>New release</translation>
    </message>
    <message>
      <source>Pilih jenis rilis:</source>
      <translation>Choose the kind of release:</translation>
    </message>
    <message>
      <source>Siapa yang berbicara?</source>
      <translation>Who is speaking?</translation>
    </message>
    <message>
      <source>Jadikan kutipan</source>
      <translation>Make it a quote</translation>
    </message>
    <message>
      <source>Biarkan sebagai paragraf</source>
      <translation>Keep as paragraph</translation>
    </message>
    <message>
      <source>Minta revisi</source>
      <translation>Request revision</translation>
    </message>
    <message>
      <source>Apa yang perlu direvisi? (boleh kosong)</source>
      <translation>What needs revising? (may be empty)</translation>
    </message>
    <message>
      <source>Simpan sebagai starter</source>
      <translation>Save as starter</translation>
    </message>
    <message>
      <source>Nama starter (mis. Kegiatan Polsek Sukamaju):</source>
      <translation>Starter name (e.g. Sukamaju Sector Activity):</translation>
    </message>
    <message>
      <source>Baru dari starter</source>
      <translation>New from starter</translation>
    </message>
    <message>
      <source>Pilih starter:</source>
      <translation>Choose a starter:</translation>
    </message>
    <message>
      <source>Perubahan di luar Rilis</source>
      <translation>Changes made outside Rilis</translation>
    </message>
    <message>
      <source>Simpan draf</source>
      <translation>Save draft</translation>
    </message>
    <message>
      <source>Draf dipulihkan. Simpan untuk menyimpannya.</source>
      <translation>Draft restored. Save it to keep it.</translation>
    </message>
    <message>
      <source>Tempel rilis</source>
      <translation>Paste release</translation>
    </message>
    <message>
      <source>Tambah komentar</source>
      <translation>Add comment</translation>
    </message>
    <message>
      <source>Ekspor laporan tinjauan</source>
      <translation>Export review report</translation>
    </message>
    <message>
      <source>Ekspor rilis</source>
      <translation>Export release</translation>
    </message>
    <message>
      <source>Rilis disalin sebagai teks.</source>
      <translation>Release copied as text.</translation>
    </message>
    <message>
      <source>Samarkan foto</source>
      <translation>Blur photo</translation>
    </message>
    <message>
      <source>Rilis</source>
      <translation>Release</translation>
    </message>
    <message>
      <source>Pejabat</source>
      <translation>Officials</translation>
    </message>
    <message>
      <source>Kegiatan</source>
      <translation>Event</translation>
    </message>
    <message>
      <source>Isi</source>
      <translation>Body</translation>
    </message>
    <message>
      <source>Kasus</source>
      <translation>Case</translation>
    </message>
    <message>
      <source>Imbauan</source>
      <translation>Advisory</translation>
    </message>
    <message>
      <source>Berita terkait</source>
      <translation>Related stories</translation>
    </message>
    <message>
      <source>Terbit</source>
      <translation>Publishing</translation>
    </message>
    <message>
      <source>Tambah &amp;paragraf</source>
      <translation>Add &amp;paragraph</translation>
    </message>
    <message>
      <source>Tambah &amp;kutipan</source>
      <translation>Add &amp;quote</translation>
    </message>
    <message>
      <source>Tambah &amp;foto…</source>
      <translation>Add p&amp;hoto…</translation>
    </message>
    <message>
      <source>Laporan tinjauan (&amp;HTML)…</source>
      <translation>Review report (&amp;HTML)…</translation>
    </message>
    <message>
      <source>Laporan tinjauan (&amp;DOCX)…</source>
      <translation>Review report (&amp;DOCX)…</translation>
    </message>
    <message>
      <source>(belum ada)</source>
      <translation>(none yet)</translation>
    </message>
    <message>
      <source>&amp;Bersihkan daftar</source>
      <translation>&amp;Clear list</translation>
    </message>
    <message>
      <source>Mode tinjauan</source>
      <translation>Review mode</translation>
    </message>
    <message>
      <source>&lt; 1 menit</source>
      <translation>&lt; 1 min</translation>
    </message>
    <message>
      <source>Belum ada starter. Buka draf yang sudah berisi satuan, pejabat dan narahubung, lalu Simpan sebagai starter.</source>
      <translation>No starters yet. Open a draft with the unit, officials and contact filled in, then Save as starter.</translation>
    </message>
    <message>
      <source>Draf dalam DOCX</source>
      <translation>Draft inside the DOCX</translation>
    </message>
    <message>
      <source>Teks DOCX sekarang</source>
      <translation>DOCX text now</translation>
    </message>
    <message>
      <source>Draf Rilis</source>
      <translation>Rilis drafts</translation>
    </message>
    <message>
      <source>Tidak ada teks rilis untuk ditempel.</source>
      <translation>No release text to paste.</translation>
    </message>
    <message>
      <source>Mode tinjauan: isian hanya-baca. Tambahkan komentar dan tetapkan status di panel Tinjauan.</source>
      <translation>Review mode: fields are read-only. Add comments and set the status in the Review panel.</translation>
    </message>
    <message>
      <source>Selesaikan komentar</source>
      <translation>Resolve comment</translation>
    </message>
    <message>
      <source>Buka komentar</source>
      <translation>Reopen comment</translation>
    </message>
    <message>
      <source>Rilis disalin untuk WhatsApp.</source>
      <translation>Release copied for WhatsApp.</translation>
    </message>
    <message>
      <source>Pilih blok foto di tab Isi terlebih dahulu.</source>
      <translation>Select a photo block in the Content tab first.</translation>
    </message>
    <message>
      <source>Bahasa tampilan berlaku penuh setelah Rilis dibuka ulang.</source>
      <translation>The display language fully applies after Rilis is reopened.</translation>
    </message>
    <message>
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <source>Pratinjau · {template}</source>
      <translation>Preview · {template}</translation>
    </message>
    <message>
      <source>Draf “{name}” berubah sejak terakhir disimpan. Simpan dulu?</source>
      <translation>Draft “{name}” has changed since it was last saved. Save it first?</translation>
    </message>
    <message>
      <source>Pembicara kutipan ini belum pasti:

{quote}

Pilih pejabat yang berbicara, atau biarkan sebagai paragraf.</source>
      <translation>The speaker of this quote is not certain:

{quote}

Choose the official who is speaking, or keep it as a paragraph.</translation>
    </message>
    <message>
      <source>Draf tidak dapat dibuka</source>
      <translation>The draft cannot be opened</translation>
    </message>
    <message>
      <source>Dibuka: {path}</source>
      <translation>Opened: {path}</translation>
    </message>
    <message>
      <source>DOCX tidak dapat dibuka</source>
      <translation>Cannot open DOCX</translation>
    </message>
    <message>
      <source>Dibuka dari DOCX</source>
      <translation>Opened from DOCX</translation>
    </message>
    <message>
      <source>Draf tidak tersimpan</source>
      <translation>Draft not saved</translation>
    </message>
    <message>
      <source>Tersimpan: {path}</source>
      <translation>Saved: {path}</translation>
    </message>
    <message>
      <source>Simpan otomatis gagal: {error}</source>
      <translation>Autosave failed: {error}</translation>
    </message>
    <message>
      <source>Salinan pemulihan rusak</source>
      <translation>Recovery copy damaged</translation>
    </message>
    <message>
      <source>Rilis ditempel. {summary}</source>
      <translation>Release pasted. {summary}</translation>
    </message>
    <message>
      <source>Starter tidak tersimpan</source>
      <translation>Starter not saved</translation>
    </message>
    <message>
      <source>Starter disimpan: {path}</source>
      <translation>Starter saved: {path}</translation>
    </message>
    <message>
      <source>Starter tidak dapat dipakai</source>
      <translation>Cannot use starter</translation>
    </message>
    <message>
      <source>Status tidak diubah</source>
      <translation>Status not changed</translation>
    </message>
    <message>
      <source>Komentar tidak ditambahkan</source>
      <translation>Comment not added</translation>
    </message>
    <message>
      <source>Komentar tidak ditemukan</source>
      <translation>Comment not found</translation>
    </message>
    <message>
      <source>Laporan gagal</source>
      <translation>Report failed</translation>
    </message>
    <message>
      <source>Laporan tinjauan: {path}</source>
      <translation>Review report: {path}</translation>
    </message>
    <message>
      <source>Ekspor gagal</source>
      <translation>Export failed</translation>
    </message>
    <message>
      <source>Diekspor: {path}</source>
      <translation>Exported: {path}</translation>
    </message>
    <message>
      <source>Tidak dapat menyalin</source>
      <translation>Cannot copy</translation>
    </message>
    <message>
      <source>{n} menit</source>
      <translation>{n} min</translation>
    </message>
    <message>
      <source>{words} kata · {chars} karakter · baca {minutes}</source>
      <translation>{words} words · {chars} characters · {minutes} read</translation>
    </message>
    <message>
      <source>Draf Rilis atau DOCX</source>
      <translation>Rilis draft or DOCX</translation>
    </message>
    <message>
      <source>Berkas itu tidak diubah.</source>
      <translation>The file was not changed.</translation>
    </message>
    <message>
      <source>Dibuka dari DOCX: {path}</source>
      <translation>Opened from DOCX: {path}</translation>
    </message>
    <message>
      <source>Cetak gagal</source>
      <translation>Printing failed</translation>
    </message>
  </context>
  <context>
    <name>OfficialsForm</name>
    <message>
      <source>(tanpa nama)</source>
      <translation>(no name)</translation>
    </message>
    <message>
      <source>Tambah pejabat</source>
      <translation>Add official</translation>
    </message>
    <message>
      <source>Ditulis di paragraf sebagai @kode untuk menyebut pejabat</source>
      <translation>Written in paragraphs as @code to mention the official</translation>
    </message>
    <message>
      <source>Nama lengkap tanpa pangkat dan gelar</source>
      <translation>Full name without rank or degrees</translation>
    </message>
    <message>
      <source>Diusulkan dari nama</source>
      <translation>Proposed from the name</translation>
    </message>
    <message>
      <source>mis. Kapolres Trenggalek</source>
      <translation>e.g. Kapolres Trenggalek</translation>
    </message>
    <message>
      <source>mis. SH, SIK, MH → S.H., S.I.K., M.H.</source>
      <translation>e.g. SH, SIK, MH → S.H., S.I.K., M.H.</translation>
    </message>
    <message>
      <source>Data pejabat</source>
      <translation>Official</translation>
    </message>
    <message>
      <source>Pangkat</source>
      <translation>Rank</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Nama singkat</source>
      <translation>Short name</translation>
    </message>
    <message>
      <source>Jabatan</source>
      <translation>Position</translation>
    </message>
    <message>
      <source>Gelar</source>
      <translation>Degrees</translation>
    </message>
    <message>
      <source>Kode sebutan</source>
      <translation>Mention code</translation>
    </message>
    <message>
      <source>Ubah pangkat</source>
      <translation>Change rank</translation>
    </message>
    <message>
      <source>Ubah nama</source>
      <translation>Edit name</translation>
    </message>
    <message>
      <source>Ubah gelar</source>
      <translation>Edit degrees</translation>
    </message>
    <message>
      <source>Ganti kode sebutan</source>
      <translation>Change mention code</translation>
    </message>
    <message>
      <source>Hapus pejabat</source>
      <translation>Remove official</translation>
    </message>
    <message>
      <source>Urutkan pejabat</source>
      <translation>Reorder officials</translation>
    </message>
    <message>
      <source>Tulis @kode di paragraf: sebutan pertama lengkap, berikutnya pangkat dan nama singkat.</source>
      <translation>Write @code in a paragraph: the first mention is in full, later ones rank and short name.</translation>
    </message>
    <message>
      <source>Kode tidak dapat dipakai</source>
      <translation>Code cannot be used</translation>
    </message>
    <message>
      <source>Kode sebutan harus diawali huruf, tanpa spasi, belum dipakai pejabat lain, dan bukan acara, tempat, hari, tanggal atau pukul.</source>
      <translation>A mention code starts with a letter, has no spaces, is not used by another official, and is not acara, tempat, hari, tanggal or pukul.</translation>
    </message>
    <message>
      <source>Pejabat masih dipakai</source>
      <translation>Official still in use</translation>
    </message>
    <message>
      <source>Pejabat ini masih menjadi pembicara sebuah kutipan. Ganti pembicara kutipan itu dulu, lalu hapus pejabatnya.</source>
      <translation>This official is still the speaker of a quote. Change that quote's speaker first, then remove the official.</translation>
    </message>
    <message>
      <source>Ubah nama singkat</source>
      <translation>Edit short name</translation>
    </message>
    <message>
      <source>Ubah jabatan</source>
      <translation>Edit position</translation>
    </message>
  </context>
  <context>
    <name>PasteDialog</name>
    <message>
      <source>Belum ada teks.</source>
      <translation>No text yet.</translation>
    </message>
    <message>
      <source>judul</source>
      <translation>headline</translation>
    </message>
    <message>
      <source>Dikenali: {parts}.</source>
      <translation>Recognised: {parts}.</translation>
    </message>
    <message>
      <source>Tempel rilis</source>
      <translation>Paste release</translation>
    </message>
    <message>
      <source>Tempel teks rilis dari WhatsApp, Word atau situs web. Judul, dateline, paragraf, kutipan pejabat dan penutup dikenali, lalu gaya rumah diterapkan.</source>
      <translation>Paste the text of a release from WhatsApp, Word or a website. Headline, dateline, paragraphs, quotes of officials and the closing are recognised, then house style is applied.</translation>
    </message>
    <message>
      <source>Tempel (Ctrl+V) teks rilis di sini.</source>
      <translation>Paste (Ctrl+V) the release text here.</translation>
    </message>
    <message>
      <source>Judul, dateline dan isi draf yang sekarang akan diganti. Urungkan (Ctrl+Z) untuk kembali.</source>
      <translation>The headline, dateline and body of the current draft will be replaced. Undo (Ctrl+Z) to go back.</translation>
    </message>
    <message>
      <source>Tempel ke draf</source>
      <translation>Paste into draft</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>{n} paragraf</source>
      <translation>{n} paragraphs</translation>
    </message>
    <message>
      <source>dateline {city}</source>
      <translation>dateline {city}</translation>
    </message>
    <message>
      <source>{n} kutipan</source>
      <translation>{n} quotes</translation>
    </message>
    <message>
      <source>{n} kutipan perlu dipastikan pembicaranya</source>
      <translation>{n} quotes need their speaker confirmed</translation>
    </message>
    <message>
      <source>penutup {closing}</source>
      <translation>closing {closing}</translation>
    </message>
  </context>
  <context>
    <name>Preview</name>
    <message>
      <source>Pratinjau rilis muncul di sini.</source>
      <translation>The release preview appears here.</translation>
    </message>
    <message>
      <source>Pratinjau belum dapat dibuat</source>
      <translation>The preview cannot be made yet</translation>
    </message>
  </context>
  <context>
    <name>PublishForm</name>
    <message>
      <source>Jangan disiarkan sebelum waktu ini</source>
      <translation>Not for publication before this time</translation>
    </message>
    <message>
      <source>mis. Bripka Dwi Anggraeni</source>
      <translation>e.g. Bripka Dwi Anggraeni</translation>
    </message>
    <message>
      <source>Penyunting atau peninjau</source>
      <translation>Editor or reviewer</translation>
    </message>
    <message>
      <source>Pisahkan dengan koma, mis. lalu lintas, patroli</source>
      <translation>Separate with commas, e.g. traffic, patrol</translation>
    </message>
    <message>
      <source>Embargo</source>
      <translation>Embargo</translation>
    </message>
    <message>
      <source>Tanggal</source>
      <translation>Date</translation>
    </message>
    <message>
      <source>Pukul</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>Penulis dan label</source>
      <translation>Author and tags</translation>
    </message>
    <message>
      <source>Penulis</source>
      <translation>Author</translation>
    </message>
    <message>
      <source>Penyunting</source>
      <translation>Editor</translation>
    </message>
    <message>
      <source>Label</source>
      <translation>Tags</translation>
    </message>
    <message>
      <source>Ubah embargo</source>
      <translation>Edit embargo</translation>
    </message>
    <message>
      <source>Label membantu mencari rilis lama; tidak dicetak di rilis.</source>
      <translation>Tags help find old releases; they are not printed.</translation>
    </message>
    <message>
      <source>Tanpa embargo: boleh langsung disiarkan.</source>
      <translation>No embargo: may be published at once.</translation>
    </message>
    <message>
      <source>Ubah label</source>
      <translation>Edit tags</translation>
    </message>
    <message>
      <source>Ubah penulis</source>
      <translation>Edit author</translation>
    </message>
    <message>
      <source>Ubah penyunting</source>
      <translation>Edit editor</translation>
    </message>
    <message>
      <source>Embargo sampai {when}</source>
      <translation>Embargoed until {when}</translation>
    </message>
  </context>
  <context>
    <name>RelatedForm</name>
    <message>
      <source>Tambah berita</source>
      <translation>Add story</translation>
    </message>
    <message>
      <source>Judul berita terkait</source>
      <translation>Related story headline</translation>
    </message>
    <message>
      <source>Berita terpilih</source>
      <translation>Selected story</translation>
    </message>
    <message>
      <source>Judul</source>
      <translation>Headline</translation>
    </message>
    <message>
      <source>Tautan</source>
      <translation>Link</translation>
    </message>
    <message>
      <source>(tanpa judul)</source>
      <translation>(no headline)</translation>
    </message>
    <message>
      <source>Ubah tautan</source>
      <translation>Edit link</translation>
    </message>
    <message>
      <source>Tambah berita terkait</source>
      <translation>Add related story</translation>
    </message>
    <message>
      <source>Hapus berita terkait</source>
      <translation>Remove related story</translation>
    </message>
    <message>
      <source>Urutkan berita terkait</source>
      <translation>Reorder related stories</translation>
    </message>
    <message>
      <source>Tautan harus diawali http:// atau https://; tautan ini tidak akan dicetak.</source>
      <translation>A link must start with http:// or https://; this link will not be printed.</translation>
    </message>
    <message>
      <source>Ubah judul</source>
      <translation>Edit headline</translation>
    </message>
  </context>
  <context>
    <name>ReleaseForm</name>
    <message>
      <source>{n} karakter: panjang judul sudah pas.</source>
      <translation>{n} characters: a good headline length.</translation>
    </message>
    <message>
      <source>Judul berita, mis. Polres Gelar Patroli Dialogis</source>
      <translation>Headline, e.g. Polres Gelar Patroli Dialogis</translation>
    </message>
    <message>
      <source>Huruf Judul EYD</source>
      <translation>EYD Title Case</translation>
    </message>
    <message>
      <source>Ubah judul ke huruf kapital judul sesuai EYD</source>
      <translation>Convert the headline to EYD title case</translation>
    </message>
    <message>
      <source>Kota, mis. Trenggalek</source>
      <translation>City, e.g. Trenggalek</translation>
    </message>
    <message>
      <source>Satuan, mis. Polres Trenggalek</source>
      <translation>Unit, e.g. Polres Trenggalek</translation>
    </message>
    <message>
      <source>Nomor surat (siaran pers resmi)</source>
      <translation>Letter number (official press release)</translation>
    </message>
    <message>
      <source>Pilih…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source>Lambang satuan untuk kop siaran pers resmi</source>
      <translation>Unit emblem for the official letterhead</translation>
    </message>
    <message>
      <source>Hapus</source>
      <translation>Remove</translation>
    </message>
    <message>
      <source>Nama dan jabatan narahubung</source>
      <translation>Contact name and position</translation>
    </message>
    <message>
      <source>Jenis rilis</source>
      <translation>Kind of release</translation>
    </message>
    <message>
      <source>Judul</source>
      <translation>Headline</translation>
    </message>
    <message>
      <source>Kota (dateline)</source>
      <translation>City (dateline)</translation>
    </message>
    <message>
      <source>Satuan</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Nomor</source>
      <translation>Number</translation>
    </message>
    <message>
      <source>Penutup</source>
      <translation>Closing tag</translation>
    </message>
    <message>
      <source>Lambang</source>
      <translation>Emblem</translation>
    </message>
    <message>
      <source>Narahubung</source>
      <translation>Press contact</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Telepon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Surel</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Pilih lambang</source>
      <translation>Choose emblem</translation>
    </message>
    <message>
      <source>Ubah judul</source>
      <translation>Edit headline</translation>
    </message>
    <message>
      <source>Judul ideal {low}–{high} karakter.</source>
      <translation>A good headline has {low}–{high} characters.</translation>
    </message>
    <message>
      <source>{n} karakter: judul terlalu pendek (ideal {low}–{high}).</source>
      <translation>{n} characters: headline too short (ideal {low}–{high}).</translation>
    </message>
    <message>
      <source>{n} karakter: judul terlalu panjang (ideal {low}–{high}).</source>
      <translation>{n} characters: headline too long (ideal {low}–{high}).</translation>
    </message>
    <message>
      <source>Ubah kota dateline</source>
      <translation>Edit dateline city</translation>
    </message>
    <message>
      <source>Ubah satuan</source>
      <translation>Edit unit</translation>
    </message>
    <message>
      <source>Ubah nomor</source>
      <translation>Edit number</translation>
    </message>
    <message>
      <source>Ubah penutup</source>
      <translation>Edit closing tag</translation>
    </message>
    <message>
      <source>(tanpa lambang)</source>
      <translation>(no emblem)</translation>
    </message>
    <message>
      <source>Gambar</source>
      <translation>Images</translation>
    </message>
    <message>
      <source>Ganti lambang</source>
      <translation>Change emblem</translation>
    </message>
    <message>
      <source>Ganti jenis rilis</source>
      <translation>Change kind of release</translation>
    </message>
    <message>
      <source>Ubah narahubung</source>
      <translation>Edit press contact</translation>
    </message>
  </context>
  <context>
    <name>ReturnedReview</name>
    <message>
      <source>Sisipan</source>
      <translation>Insertion</translation>
    </message>
    <message>
      <source>Hapusan</source>
      <translation>Deletion</translation>
    </message>
    <message>
      <source>Dipindah dari sini</source>
      <translation>Moved from here</translation>
    </message>
    <message>
      <source>Dipindah ke sini</source>
      <translation>Moved here</translation>
    </message>
    <message>
      <source>Ubah format</source>
      <translation>Formatting change</translation>
    </message>
    <message>
      <source>Perubahan terlacak</source>
      <translation>Tracked changes</translation>
    </message>
    <message>
      <source>DOCX ini tidak membawa draf Rilis dan berisi perubahan terlacak. Impor dengan semua perubahan diterima, atau semuanya ditolak?</source>
      <translation>This DOCX carries no Rilis draft and contains tracked changes. Import it with every change accepted, or every change rejected?</translation>
    </message>
    <message>
      <source>Terima semua</source>
      <translation>Accept all</translation>
    </message>
    <message>
      <source>Tolak semua</source>
      <translation>Reject all</translation>
    </message>
    <message>
      <source>Terima</source>
      <translation>Accept</translation>
    </message>
    <message>
      <source>Tolak</source>
      <translation>Reject</translation>
    </message>
    <message>
      <source>Terapkan ke draf</source>
      <translation>Apply to draft</translation>
    </message>
    <message>
      <source>Tutup</source>
      <translation>Close</translation>
    </message>
    <message>
      <source>tanpa nama</source>
      <translation>no name</translation>
    </message>
    <message>
      <source>&lt;b&gt;Komentar&lt;/b&gt; (masuk ke panel tinjauan)</source>
      <translation>&lt;b&gt;Comments&lt;/b&gt; (go to the review panel)</translation>
    </message>
    <message>
      <source>Putuskan setiap perubahan (atau semuanya) dulu.</source>
      <translation>Decide every change (or all of them) first.</translation>
    </message>
    <message>
      <source>Tinjauan diterapkan dan disimpan: {path}</source>
      <translation>Review applied and saved: {path}</translation>
    </message>
    <message>
      <source>Tinjauan dari Word — {name}</source>
      <translation>Review from Word — {name}</translation>
    </message>
    <message>
      <source>{changes} perubahan terlacak dan {comments} komentar dari {people}.</source>
      <translation>{changes} tracked changes and {comments} comments from {people}.</translation>
    </message>
    <message>
      <source>Tidak ada perubahan terlacak.</source>
      <translation>No tracked changes.</translation>
    </message>
    <message>
      <source>{yes} diterima, {no} ditolak, {open} belum diputuskan</source>
      <translation>{yes} accepted, {no} rejected, {open} undecided</translation>
    </message>
    <message>
      <source>Draf tidak tersimpan</source>
      <translation>Draft not saved</translation>
    </message>
    <message>
      <source>{count} perubahan menyentuh teks templat dan tidak diterapkan.</source>
      <translation>{count} changes touch template text and were not applied.</translation>
    </message>
  </context>
  <context>
    <name>ReviewPanel</name>
    <message>
      <source>Lolos</source>
      <translation>Pass</translation>
    </message>
    <message>
      <source>Peringatan</source>
      <translation>Warning</translation>
    </message>
    <message>
      <source>Gagal</source>
      <translation>Fail</translation>
    </message>
    <message>
      <source>Setujui dengan pengabaian?</source>
      <translation>Approve with override?</translation>
    </message>
    <message>
      <source>Tetap setujui</source>
      <translation>Approve anyway</translation>
    </message>
    <message>
      <source>Batal</source>
      <translation>Cancel</translation>
    </message>
    <message>
      <source>Rilis ini masih memiliki butir yang belum beres:

{items}

Tetap setujui? Persetujuan dicatat di riwayat sebagai pengabaian, beserta butir-butir di atas.</source>
      <translation>This release still has open items:

{items}

Approve anyway? The approval is recorded in the history as an override, with the items above.</translation>
    </message>
    <message>
      <source>Seluruh rilis</source>
      <translation>Whole release</translation>
    </message>
    <message>
      <source>Tinjauan</source>
      <translation>Review</translation>
    </message>
    <message>
      <source>Memeriksa…</source>
      <translation>Checking…</translation>
    </message>
    <message>
      <source>Periksa ulang</source>
      <translation>Check again</translation>
    </message>
    <message>
      <source>Tulis komentar untuk penulis rilis…</source>
      <translation>Write a comment for the author…</translation>
    </message>
    <message>
      <source>Bagian rilis yang dikomentari</source>
      <translation>Part of the release commented on</translation>
    </message>
    <message>
      <source>Tambah komentar</source>
      <translation>Add comment</translation>
    </message>
    <message>
      <source>Tandai selesai</source>
      <translation>Mark resolved</translation>
    </message>
    <message>
      <source>HTML…</source>
      <translation>HTML…</translation>
    </message>
    <message>
      <source>Laporan tinjauan satu halaman (HTML)</source>
      <translation>One-page review report (HTML)</translation>
    </message>
    <message>
      <source>DOCX…</source>
      <translation>DOCX…</translation>
    </message>
    <message>
      <source>Laporan tinjauan satu halaman (DOCX)</source>
      <translation>One-page review report (DOCX)</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Daftar periksa</source>
      <translation>Checklist</translation>
    </message>
    <message>
      <source>Komentar</source>
      <translation>Comments</translation>
    </message>
    <message>
      <source>selesai</source>
      <translation>resolved</translation>
    </message>
    <message>
      <source>terbuka</source>
      <translation>open</translation>
    </message>
    <message>
      <source>(tanpa nama)</source>
      <translation>(no name)</translation>
    </message>
    <message>
      <source>Laporan tinjauan:</source>
      <translation>Review report:</translation>
    </message>
    <message>
      <source>Siap disetujui.</source>
      <translation>Ready for approval.</translation>
    </message>
    <message>
      <source>Perlu dicermati.</source>
      <translation>Needs a closer look.</translation>
    </message>
    <message>
      <source>Belum layak disetujui.</source>
      <translation>Not ready for approval.</translation>
    </message>
    <message>
      <source>Blok dihapus</source>
      <translation>Block deleted</translation>
    </message>
    <message>
      <source>… dan {n} lainnya</source>
      <translation>… and {n} more</translation>
    </message>
    <message>
      <source>{fail} gagal, {warn} peringatan, {ok} lolos. {verdict}</source>
      <translation>{fail} failed, {warn} warnings, {ok} passed. {verdict}</translation>
    </message>
    <message>
      <source>Ajukan</source>
      <translation>Submit</translation>
    </message>
    <message>
      <source>Minta revisi</source>
      <translation>Request revision</translation>
    </message>
    <message>
      <source>Setujui</source>
      <translation>Approve</translation>
    </message>
    <message>
      <source>Kembalikan ke draf</source>
      <translation>Back to draft</translation>
    </message>
    <message>
      <source>Blok {n}</source>
      <translation>Block {n}</translation>
    </message>
    <message>
      <source>Buka lagi</source>
      <translation>Reopen</translation>
    </message>
    <message>
      <source>Blok {n}: {text}</source>
      <translation>Block {n}: {text}</translation>
    </message>
    <message>
      <source>Disetujui dengan pengabaian ({n} butir terbuka).</source>
      <translation>Approved with override ({n} open item(s)).</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source>Nama Anda</source>
      <translation>Your name</translation>
    </message>
    <message>
      <source>Nama dan pangkat Anda, mis. Bripka Dwi Anggraeni.
Dicatat pada setiap perubahan status dan komentar, dan disimpan di Pengaturan (dapat diubah di sana).</source>
      <translation>Your rank and name, e.g. Bripka Dwi Anggraeni.
Recorded with every status change and comment, and kept in the Settings (change it there).</translation>
    </message>
    <message>
      <source>Pengaturan</source>
      <translation>Settings</translation>
    </message>
    <message>
      <source>mis. Bripka Dwi Anggraeni</source>
      <translation>e.g. Bripka Dwi Anggraeni</translation>
    </message>
    <message>
      <source>Folder bersama berisi daftar kata (.txt)</source>
      <translation>Shared folder of word lists (.txt)</translation>
    </message>
    <message>
      <source>Pilih…</source>
      <translation>Choose…</translation>
    </message>
    <message>
      <source> detik</source>
      <translation> seconds</translation>
    </message>
    <message>
      <source>Tambah folder…</source>
      <translation>Add folder…</translation>
    </message>
    <message>
      <source>Isian awal rilis baru</source>
      <translation>Defaults for new releases</translation>
    </message>
    <message>
      <source>Nama penulis</source>
      <translation>Author name</translation>
    </message>
    <message>
      <source>Satuan</source>
      <translation>Unit</translation>
    </message>
    <message>
      <source>Narahubung</source>
      <translation>Press contact</translation>
    </message>
    <message>
      <source>Telepon</source>
      <translation>Phone</translation>
    </message>
    <message>
      <source>Surel</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Aplikasi</source>
      <translation>Application</translation>
    </message>
    <message>
      <source>Kamus tim</source>
      <translation>Team dictionary</translation>
    </message>
    <message>
      <source>Bahasa tampilan</source>
      <translation>Display language</translation>
    </message>
    <message>
      <source>Simpan otomatis setiap</source>
      <translation>Autosave every</translation>
    </message>
    <message>
      <source>Folder templat tim</source>
      <translation>Team template folders</translation>
    </message>
    <message>
      <source>Folder kamus tim</source>
      <translation>Team dictionary folder</translation>
    </message>
    <message>
      <source>Juga dicatat sebagai pelaku setiap perubahan status tinjauan dan komentar.</source>
      <translation>Also recorded as the person behind every review status change and comment.</translation>
    </message>
    <message>
      <source>Bahasa tampilan berlaku penuh setelah Rilis dibuka ulang. Isi rilis tetap berbahasa Indonesia.</source>
      <translation>The display language fully applies after Rilis is reopened. The release itself stays in Indonesian.</translation>
    </message>
    <message>
      <source>Folder bersama (drive jaringan atau folder tersinkron) berisi templat dan starter tim. Urutan menentukan mana yang dipakai bila id sama; folder saya selalu didahulukan.</source>
      <translation>Shared folders (network drive or synced folder) holding the team's templates and starters. Order decides which copy wins for the same id; my folder always comes first.</translation>
    </message>
  </context>
  <context>
    <name>TemplateManager</name>
    <message>
      <source>Bawaan (hanya-baca)</source>
      <translation>Built-in (read-only)</translation>
    </message>
    <message>
      <source>Folder saya</source>
      <translation>My folder</translation>
    </message>
    <message>
      <source>Folder tim: {root}</source>
      <translation>Team folder: {root}</translation>
    </message>
    <message>
      <source>Templat dan starter</source>
      <translation>Templates and starters</translation>
    </message>
    <message>
      <source>Periksa</source>
      <translation>Validate</translation>
    </message>
    <message>
      <source>Pratinjau suntingan</source>
      <translation>Preview edits</translation>
    </message>
    <message>
      <source>Simpan templat</source>
      <translation>Save template</translation>
    </message>
    <message>
      <source>Pratinjau dengan contoh</source>
      <translation>Preview with sample</translation>
    </message>
    <message>
      <source>Sunting</source>
      <translation>Edit</translation>
    </message>
    <message>
      <source>Duplikat ke folder saya…</source>
      <translation>Duplicate to my folder…</translation>
    </message>
    <message>
      <source>Hapus</source>
      <translation>Delete</translation>
    </message>
    <message>
      <source>Impor paket…</source>
      <translation>Import pack…</translation>
    </message>
    <message>
      <source>Ekspor paket…</source>
      <translation>Export pack…</translation>
    </message>
    <message>
      <source>Templat baru dari formulir…</source>
      <translation>New template from a form…</translation>
    </message>
    <message>
      <source>Paket dibuat</source>
      <translation>Pack created</translation>
    </message>
    <message>
      <source>tambah</source>
      <translation>add</translation>
    </message>
    <message>
      <source>ganti</source>
      <translation>replace</translation>
    </message>
    <message>
      <source>templat</source>
      <translation>template</translation>
    </message>
    <message>
      <source>starter</source>
      <translation>starter</translation>
    </message>
    <message>
      <source>aset</source>
      <translation>asset</translation>
    </message>
    <message>
      <source>Impor paket</source>
      <translation>Import pack</translation>
    </message>
    <message>
      <source>Duplikat templat</source>
      <translation>Duplicate template</translation>
    </message>
    <message>
      <source>Id templat baru (huruf kecil, angka, tanda hubung):</source>
      <translation>New template id (lowercase letters, digits, hyphens):</translation>
    </message>
    <message>
      <source>Ekspor paket</source>
      <translation>Export pack</translation>
    </message>
    <message>
      <source>Nama</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Id</source>
      <translation>Id</translation>
    </message>
    <message>
      <source>Jenis</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Dipakai</source>
      <translation>In use</translation>
    </message>
    <message>
      <source>Pilih templat atau starter di kiri.</source>
      <translation>Choose a template or starter on the left.</translation>
    </message>
    <message>
      <source>Starter adalah draf setengah jadi; ubah dengan membukanya lewat Baru dari starter, lalu Simpan sebagai starter.</source>
      <translation>A starter is a half-filled draft; change it by opening it with New from starter, then Save as starter.</translation>
    </message>
    <message>
      <source>Templat sah: tidak ada masalah.</source>
      <translation>Template valid: no problems.</translation>
    </message>
    <message>
      <source>Templat tidak disimpan</source>
      <translation>Template not saved</translation>
    </message>
    <message>
      <source>Perbaiki masalah yang tercantum dulu.</source>
      <translation>Fix the listed problems first.</translation>
    </message>
    <message>
      <source>Tidak dapat dihapus</source>
      <translation>Cannot delete</translation>
    </message>
    <message>
      <source>Templat dan starter bawaan tidak dapat dihapus.</source>
      <translation>Built-in templates and starters cannot be deleted.</translation>
    </message>
    <message>
      <source>Paket “{name}” dari {author}:</source>
      <translation>Pack “{name}” by {author}:</translation>
    </message>
    <message>
      <source>Lanjutkan impor ke folder saya?</source>
      <translation>Import into my folder?</translation>
    </message>
    <message>
      <source>Paket Rilis</source>
      <translation>Rilis pack</translation>
    </message>
    <message>
      <source>Templat</source>
      <translation>Template</translation>
    </message>
    <message>
      <source>Starter</source>
      <translation>Starter</translation>
    </message>
    <message>
      <source>Templat ini hanya-baca. Duplikat ke folder saya untuk menyuntingnya.</source>
      <translation>This template is read-only. Duplicate it to my folder to edit it.</translation>
    </message>
    <message>
      <source>Gagal menduplikat</source>
      <translation>Duplicate failed</translation>
    </message>
    <message>
      <source>Paket tidak dapat diimpor</source>
      <translation>Pack cannot be imported</translation>
    </message>
    <message>
      <source>Paket tidak dapat dibuat</source>
      <translation>Pack cannot be created</translation>
    </message>
    <message>
      <source>dipakai</source>
      <translation>in use</translation>
    </message>
    <message>
      <source>Hapus {name} ({id}) dari {place}?</source>
      <translation>Delete {name} ({id}) from {place}?</translation>
    </message>
    <message>
      <source>tersembunyi oleh {place}</source>
      <translation>hidden by {place}</translation>
    </message>
    <message>
      <source>Templat {id} di {place}: dapat disunting. Periksa dulu, lalu simpan.</source>
      <translation>Template {id} in {place}: editable. Validate, then save.</translation>
    </message>
    <message>
      <source>dipakai; menutupi {n} salinan</source>
      <translation>in use; hides {n} copies</translation>
    </message>
  </context>
  <context>
    <name>WhatsAppView</name>
    <message>
      <source>Salin pesan</source>
      <translation>Copy message</translation>
    </message>
    <message>
      <source>Salin untuk WhatsApp</source>
      <translation>Copy for WhatsApp</translation>
    </message>
    <message>
      <source>Pesan sudah disalin ke papan klip; tempel di grup WhatsApp.</source>
      <translation>The message is on the clipboard; paste it into the WhatsApp group.</translation>
    </message>
    <message>
      <source>Folder untuk pesan dan foto WhatsApp</source>
      <translation>Folder for the WhatsApp messages and photos</translation>
    </message>
    <message>
      <source>Simpan pesan dan foto ke folder…</source>
      <translation>Save messages and photos to a folder…</translation>
    </message>
    <message>
      <source>Foto dikompresi untuk chat dan sudah disamarkan; kirim foto dari folder ini, bukan foto aslinya.</source>
      <translation>Photos compressed for chat and already blurred; send the photos from this folder, not the originals.</translation>
    </message>
    <message>
      <source>Tidak dapat menyalin</source>
      <translation>Cannot copy</translation>
    </message>
    <message>
      <source>Salin pesan {n}/{total}</source>
      <translation>Copy message {n}/{total}</translation>
    </message>
    <message>
      <source>{count} karakter</source>
      <translation>{count} characters</translation>
    </message>
    <message>
      <source>Rilis ini dibagi menjadi {n} pesan. Salin dan kirim berurutan.</source>
      <translation>This release is split into {n} messages. Copy and send them in order.</translation>
    </message>
    <message>
      <source>Tidak dapat menyimpan</source>
      <translation>Cannot save</translation>
    </message>
    <message>
      <source>tanpa keterangan</source>
      <translation>no caption</translation>
    </message>
    <message>
      <source>Lampirkan foto: {names}</source>
      <translation>Attach photos: {names}</translation>
    </message>
  </context>
</TS>
