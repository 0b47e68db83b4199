//! The command line's own help in Bahasa Indonesia. English is written in
//! `src/cli.rs` beside each argument; this table gives the same in
//! Indonesian, keyed by the subcommand's path and the argument's id. A test
//! of `src/cli.rs` fails when an entry is missing or names nothing.

/// `(path, help)`: `""` is sigap itself, `"new"` a subcommand,
/// `"new title"` an argument of it, `"dir"` a global argument.
pub const ID_HELP: &[(&str, &str)] = &[
    ("", "Jalankan sesi pelatihan dari terminal: pengatur waktu agenda, daftar hadir, notulensi."),
    ("dir", "Folder sesi (bawaan: sessions_dir di pengaturan, atau ./sessions)"),
    ("lang", "Bahasa antarmuka (bawaan: pengaturan, atau LC_ALL, LC_MESSAGES, LANG)"),
    ("new", "Buat berkas sesi dan cetak jalurnya"),
    ("new workshop", "Pelatihan tempat sesi ini berada"),
    ("new title", "Judul sesi"),
    ("new date", "TTTT-BB-HH"),
    ("new start", "JJ:MM, waktu setempat"),
    ("new template", "Nama templat di templates/, atau berkas templat"),
    (
        "new roster",
        "Daftar peserta: berkas .ron, nama di rosters/, ekspor .csv dari spreadsheet, atau workbook .xlsx, .xls atau .ods",
    ),
    ("new sheet", "Sheet workbook daftar peserta yang dibaca (bawaan: sheet pertama)"),
    ("new venue", "Tempat kegiatan"),
    ("new facilitators", "Nama fasilitator; ulangi untuk beberapa orang"),
    ("new chair", "Pimpinan rapat, yang menandatangani notulensi"),
    ("new note_taker", "Notulis, yang menandatangani notulensi bersama pimpinan rapat"),
    ("new utc_offset", "Selisih UTC jam mulai, misalnya +07:00 (bawaan: komputer ini)"),
    (
        "new class",
        "Salah satu kelas paralel pelatihan; sesinya mendapat folder sendiri dan laporan menyebut kelasnya",
    ),
    ("list", "Daftar sesi: tanggal, mulai, pelatihan, judul, kehadiran, catatan, jalur"),
    ("list workshop", "Hanya sesi pelatihan ini (nama atau nama folder)"),
    ("show", "Cetak ringkasan sesi yang mudah dibaca"),
    ("show file", "Berkas sesi"),
    (
        "details",
        "Cetak kepala sesi, atau ubah tempat, fasilitator, pimpinan rapat dan notulisnya (nilai kosong menghapusnya)",
    ),
    ("details file", "Berkas sesi"),
    ("details venue", "Tempat kegiatan"),
    (
        "details facilitators",
        "Nama fasilitator; ulangi untuk beberapa orang. Daftar ini menggantikan yang lama; --facilitator '' mengosongkannya",
    ),
    ("details chair", "Pimpinan rapat, yang menandatangani notulensi"),
    ("details note_taker", "Notulis, yang menandatangani notulensi bersama pimpinan rapat"),
    ("open", "Buka sesi langsung di tampilan sesi"),
    ("open file", "Berkas sesi"),
    (
        "clock",
        "Jam layar penuh sebuah sesi untuk proyektor ruangan: hanya baca, mengikuti berkas setiap kali sigap fasilitator menyimpannya",
    ),
    ("clock file", "Berkas sesi"),
    ("config", "Cetak letak berkas pengaturan dan pengaturan yang berlaku"),
    ("config init", "Tulis berkas pengaturan bawaan bila belum ada"),
    ("check", "Periksa berkas sesi, templat dan daftar peserta (bawaan: seluruh folder sesi)"),
    ("check paths", "Berkas atau folder yang diperiksa"),
    ("search", "Cari kata di judul sesi dan catatan (huruf besar/kecil dan aksen diabaikan)"),
    ("search text", "Kata yang dicari; semuanya harus ada, urutan bebas"),
    ("search workshop", "Hanya sesi pelatihan ini (nama atau nama folder)"),
    ("search kind", "Hanya catatan jenis ini: catatan, keputusan, tindak-lanjut, pertanyaan, isu-tertunda"),
    ("report", "Laporan kehadiran pelatihan: siapa mencapai ambang, jumlah, tindak lanjut terbuka"),
    ("report workshop", "Pelatihan (nama, sebagian nama, atau nama folder)"),
    (
        "report threshold",
        "Persen waktu belajar terencana untuk mencapai ambang (bawaan: certificate_threshold di pengaturan, atau 80)",
    ),
    (
        "report format",
        "text: tabel teks; csv: satu baris per peserta untuk spreadsheet; md: tabel Markdown; \
         xlsx: buku kerja Excel",
    ),
    (
        "report output",
        "Tulis ke berkas ini, bukan ke keluaran standar (buku kerja hanya menimpa buku kerja yang ditulis sigap)",
    ),
    (
        "report excel",
        "Dengan --format csv: CSV yang langsung terbuka di Excel (BOM, pemisah ';' dan koma desimal untuk bahasa Indonesia)",
    ),
    ("export", "Tulis notulensi, daftar hadir atau data sesi untuk orang dan alat lain"),
    ("export file", "Berkas sesi"),
    (
        "export format",
        "md: notulensi; csv: daftar hadir; json: seluruh sesi; html: daftar hadir untuk ditandatangani; \
         xlsx: daftar hadir sebagai buku kerja Excel; docx: notulensi sebagai dokumen Word",
    ),
    (
        "export output",
        "Tulis ke berkas ini, bukan ke keluaran standar (buku kerja atau dokumen Word hanya menimpa berkas yang ditulis sigap)",
    ),
    (
        "export excel",
        "Dengan --format csv: CSV yang langsung terbuka di Excel (BOM, pemisah ';' untuk bahasa Indonesia, NIP tetap teks)",
    ),
    ("template", "Templat agenda: daftar, simpan agenda sesi sebagai templat, atau impor dari jadwal"),
    ("template list", "Templat di templates/ dengan jumlah mata acara dan lamanya"),
    ("template save", "Simpan agenda sesi sesuai rencana (judul, jenis, menit, jam tetap, fasilitator)"),
    ("template save file", "Berkas sesi"),
    ("template save name", "Nama templat; berkasnya templates/NAMA.ron"),
    ("template save force", "Ganti templat yang bernama sama"),
    (
        "template import",
        "Buat templat dari jadwal dalam ekspor CSV atau workbook: menit dari rentang waktu, jam salat dan makan tetap, jenis tiap mata acara ditebak dari kata-katanya",
    ),
    ("template import file", "Jadwal: ekspor CSV, atau workbook .xlsx, .xls atau .ods"),
    (
        "template import name",
        "Nama templat; jadwal beberapa hari menghasilkan NAMA-hari-1, NAMA-hari-2, dan seterusnya",
    ),
    ("template import sheet", "Sheet workbook yang dibaca (bawaan: sheet pertama)"),
    ("template import day", "Hanya hari ke-N jadwal (1 = hari pertama), ditulis sebagai NAMA"),
    (
        "template import kind",
        "Perbaiki jenis mata acara N sesuai nomor di ringkasan, misalnya 5=diskusi atau 5=discussion (boleh berulang)",
    ),
    ("template import force", "Ganti templat yang bernama sama"),
    ("template import dry_run", "Cetak ringkasannya saja, tanpa menulis apa pun"),
    (
        "roster",
        "Daftar peserta: impor ekspor CSV atau workbook dari spreadsheet, atau tampilkan berkas daftar peserta",
    ),
    (
        "roster import",
        "Baca daftar peserta dari spreadsheet (CSV dengan ';' atau ',', atau workbook .xlsx, .xls atau .ods; judul kolom Indonesia atau Inggris) dan tulis berkas daftar peserta",
    ),
    ("roster import csv", "Ekspor CSV atau workbook"),
    ("roster import sheet", "Sheet workbook yang dibaca (bawaan: sheet pertama)"),
    ("roster import output", "Berkas yang ditulis (bawaan: rosters/NAMA.ron di folder sesi)"),
    ("roster import force", "Ganti berkas daftar peserta yang sudah ada"),
    ("roster show", "Cetak berkas daftar peserta (RON, CSV atau workbook) sebagai tabel"),
    ("roster show sheet", "Sheet workbook yang dibaca (bawaan: sheet pertama)"),
    ("roster show file", "Berkas daftar peserta"),
    (
        "merge",
        "Gabungkan dua salinan satu sesi: semua catatan, tanda kehadiran terbaru tiap peserta, seluruh log. Konflik dicetak di stderr, kode keluar 1 selama masih ada",
    ),
    ("merge files", "Dua salinan: milik kita dulu, lalu milik mereka"),
    ("merge output", "Tempat menulis sesi gabungan (bawaan: keluaran standar)"),
    (
        "merge git_driver",
        "Sebagai merge driver git: leluhur (%O), milik kita (%A, yang menerima hasil) dan milik mereka (%B)",
    ),
    ("completions", "Cetak skrip pelengkapan perintah untuk shell ini ke keluaran standar"),
    ("completions shell", "Shell tujuan: bash, zsh, fish, powershell atau elvish"),
    ("man", "Cetak halaman manual (roff) sigap beserta semua subperintahnya ke keluaran standar"),
    ("man out", "Tulis sigap.1 dan satu sigap-SUBPERINTAH.1 per subperintah ke folder ini"),
    (
        "git-setup",
        "Atur git agar menggabungkan berkas sesi dengan sigap, di repositori yang memuat folder sesi",
    ),
];

/// `(argument, value, help)`: what each value of a choice means, as shell
/// completions show it.
pub const ID_VALUE_HELP: &[(&str, &str, &str)] = &[
    ("report format", "text", "Tabel teks yang rata"),
    ("report format", "csv", "Satu baris per peserta, untuk spreadsheet"),
    ("report format", "md", "Tabel Markdown"),
    (
        "report format",
        "xlsx",
        "Buku kerja Excel: matriks, rekap per sesi dan daftar hadir tiap sesi (perlu -o BERKAS, atau keluaran yang dialihkan)",
    ),
    ("export format", "md", "Notulensi dalam Markdown"),
    ("export format", "csv", "Daftar hadir, satu baris per peserta, untuk spreadsheet"),
    ("export format", "json", "Seluruh sesi, untuk alat lain"),
    ("export format", "html", "Daftar hadir untuk dicetak dan ditandatangani, ukuran A4"),
    ("export format", "xlsx", "Daftar hadir sebagai buku kerja Excel"),
    ("export format", "docx", "Notulensi sebagai dokumen Word"),
];
