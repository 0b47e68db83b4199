//! Each command's examples and exit statuses, in both languages. The
//! examples are argument lists, so that a test can parse each one with the
//! command line's own definition and find each file it names.

/// One example: what it does, in each language, and the arguments after
/// `sigap`.
pub struct Example {
    pub en: &'static str,
    pub id: &'static str,
    pub args: &'static [&'static str],
}

const fn ex(en: &'static str, id: &'static str, args: &'static [&'static str]) -> Example {
    Example { en, id, args }
}

const WORKSHOP: &str = "Bimtek Sekcam Jawa Timur 2017";
const DAY_1: &str = "sessions/bimtek-*/2017-05-08-*.ron";
const DAY_2: &str = "sessions/bimtek-*/2017-05-09-*.ron";
const DAY_3: &str = "sessions/bimtek-*/2017-05-10-*.ron";
const ROSTER_CSV: &str = "sessions/rosters/sekcam-jatim-2017.csv";
const ROSTER_RON: &str = "sessions/rosters/sekcam-jatim-2017.ron";
const TIMETABLE: &str = "sessions/jadwal/jadwal-bimtek-sekcam-2017.csv";

/// `(path, examples)`, keyed as [`super::ID_HELP`] keys its commands.
pub const EXAMPLES: &[(&str, &[Example])] = &[
    (
        "",
        &[
            ex(
                "The terminal app over a sessions folder",
                "Aplikasi terminal atas sebuah folder sesi",
                &["--dir", "sessions"],
            ),
            ex(
                "The sessions, listed in Indonesian",
                "Daftar sesi dalam bahasa Indonesia",
                &["--lang", "id", "list"],
            ),
        ],
    ),
    (
        "new",
        &[
            ex(
                "A follow-up day of a Bimtek, from a template and a roster",
                "Hari lanjutan sebuah Bimtek, dari templat dan daftar peserta",
                &[
                    "new",
                    "--workshop",
                    WORKSHOP,
                    "--title",
                    "Klinik proposal",
                    "--date",
                    "2017-05-15",
                    "--start",
                    "07:30",
                    "--template",
                    "bimtek-hari",
                    "--roster",
                    "sekcam-jatim-2017",
                ],
            ),
            ex(
                "A session of one class, with its venue and two facilitators",
                "Sesi satu kelas, dengan tempat dan dua fasilitator",
                &[
                    "new",
                    "--workshop",
                    WORKSHOP,
                    "--class",
                    "Kelas B",
                    "--title",
                    "Hari 2",
                    "--date",
                    "2017-05-09",
                    "--start",
                    "07:45",
                    "--venue",
                    "Hotel Santika Surabaya",
                    "--facilitator",
                    "Rahmat Hidayat",
                    "--facilitator",
                    "Sri Wahyuni",
                ],
            ),
        ],
    ),
    (
        "list",
        &[
            ex("Every session of the sessions folder", "Semua sesi di folder sesi", &["list"]),
            ex("The sessions of one workshop", "Sesi satu pelatihan", &["list", "--workshop", WORKSHOP]),
        ],
    ),
    (
        "show",
        &[
            ex("Day 1 in short", "Ringkasan hari 1", &["show", DAY_1]),
            ex(
                "Day 2 in short, in Indonesian",
                "Ringkasan hari 2 dalam bahasa Indonesia",
                &["show", "--lang", "id", DAY_2],
            ),
        ],
    ),
    (
        "details",
        &[
            ex("The heading of day 1", "Kepala sesi hari 1", &["details", DAY_1]),
            ex(
                "Name the chair and the note-taker of day 2",
                "Tetapkan pimpinan rapat dan notulis hari 2",
                &[
                    "details",
                    DAY_2,
                    "--chair",
                    "Drs. Hariyanto Wibisono, M.Si.",
                    "--note-taker",
                    "Rina Marlina, S.Sos.",
                ],
            ),
            ex(
                "One facilitator instead of two, and no note-taker named",
                "Satu fasilitator sebagai ganti dua, dan notulis dikosongkan",
                &["details", DAY_3, "--facilitator", "Agus Prasetyo, S.IP., MPA", "--note-taker", ""],
            ),
        ],
    ),
    (
        "open",
        &[
            ex("Run day 1", "Jalankan hari 1", &["open", DAY_1]),
            ex(
                "Run day 3 in Indonesian",
                "Jalankan hari 3 dalam bahasa Indonesia",
                &["open", "--lang", "id", DAY_3],
            ),
        ],
    ),
    (
        "clock",
        &[
            ex("Day 1's clock on the room's projector", "Jam hari 1 di proyektor ruangan", &["clock", DAY_1]),
            ex(
                "Day 2's clock in Indonesian",
                "Jam hari 2 dalam bahasa Indonesia",
                &["clock", "--lang", "id", DAY_2],
            ),
        ],
    ),
    (
        "config",
        &[
            ex(
                "Where the settings are, and those in force",
                "Letak pengaturan dan pengaturan yang berlaku",
                &["config"],
            ),
            ex(
                "A settings file with the defaults, to edit",
                "Berkas pengaturan bawaan untuk disunting",
                &["config", "--init"],
            ),
        ],
    ),
    (
        "check",
        &[
            ex("Every file of the sessions folder", "Semua berkas di folder sesi", &["check"]),
            ex(
                "A roster and a template before the training",
                "Daftar peserta dan templat sebelum pelatihan",
                &["check", ROSTER_CSV, "sessions/templates/bimtek-hari.ron"],
            ),
        ],
    ),
    (
        "search",
        &[
            ex("Notes about posyandu", "Catatan tentang posyandu", &["search", "posyandu"]),
            ex(
                "Only the actions to follow up",
                "Hanya tindak lanjut",
                &["search", "proposal", "--kind", "action"],
            ),
            ex(
                "Questions of one workshop",
                "Pertanyaan satu pelatihan",
                &["search", "proposal inovasi", "--workshop", WORKSHOP, "--kind", "pertanyaan"],
            ),
        ],
    ),
    (
        "report",
        &[
            ex("Who reaches the threshold", "Siapa yang mencapai ambang", &["report", "Sekcam Jawa Timur"]),
            ex(
                "A 75 % threshold, for a spreadsheet",
                "Ambang 75 %, untuk spreadsheet",
                &["report", "Sekcam Jawa Timur", "--threshold", "75", "--format", "csv"],
            ),
            ex(
                "The whole report as an Excel workbook",
                "Seluruh rekap sebagai buku kerja Excel",
                &["report", "Sekcam Jawa Timur", "--format", "xlsx", "-o", "rekap-kehadiran.xlsx"],
            ),
        ],
    ),
    (
        "export",
        &[
            ex(
                "Day 1's attendance sheet, to print and sign",
                "Daftar hadir hari 1 untuk dicetak dan ditandatangani",
                &["export", DAY_1, "--format", "html", "-o", "daftar-hadir.html"],
            ),
            ex(
                "Day 1's minutes as a Word document, to sign",
                "Notulensi hari 1 sebagai dokumen Word untuk ditandatangani",
                &["export", DAY_1, "--format", "docx", "-o", "notulensi-hari-1.docx"],
            ),
            ex(
                "Day 2's attendance, to open in Excel with a double-click",
                "Kehadiran hari 2 untuk dibuka langsung di Excel",
                &["export", DAY_2, "--format", "csv", "--excel", "-o", "hadir-hari-2.csv"],
            ),
        ],
    ),
    (
        "template",
        &[
            ex("The templates there are", "Templat yang ada", &["template", "list"]),
            ex(
                "Keep day 1's agenda as a template",
                "Simpan agenda hari 1 sebagai templat",
                &["template", "save", DAY_1, "hari-pertama"],
            ),
        ],
    ),
    (
        "template list",
        &[
            ex("The templates there are", "Templat yang ada", &["template", "list"]),
            ex(
                "Those of another sessions folder",
                "Templat folder sesi lain",
                &["--dir", "sessions", "template", "list"],
            ),
        ],
    ),
    (
        "template save",
        &[
            ex(
                "Keep day 1's agenda as a template",
                "Simpan agenda hari 1 sebagai templat",
                &["template", "save", DAY_1, "hari-pertama"],
            ),
            ex(
                "Replace a template of the same name",
                "Ganti templat yang bernama sama",
                &["template", "save", DAY_2, "bimtek-hari", "--force"],
            ),
        ],
    ),
    (
        "template import",
        &[
            ex(
                "Check what a timetable would give, writing nothing",
                "Periksa hasil sebuah jadwal tanpa menulis apa pun",
                &["template", "import", TIMETABLE, "bimtek-sekcam", "--dry-run"],
            ),
            ex(
                "Day 2 only, as the template bimtek-hari-2, item 6 a discussion",
                "Hari 2 saja, sebagai templat bimtek-hari-2, mata acara 6 diskusi",
                &["template", "import", TIMETABLE, "bimtek-hari-2", "--day", "2", "--kind", "6=diskusi"],
            ),
            ex(
                "The sheet \"Jadwal\" of a workbook, one template a day",
                "Sheet \"Jadwal\" sebuah workbook, satu templat per hari",
                &["template", "import", "jadwal.xlsx", "bimtek", "--sheet", "Jadwal"],
            ),
        ],
    ),
    (
        "roster",
        &[
            ex(
                "A spreadsheet's CSV export as a roster",
                "Ekspor CSV spreadsheet menjadi daftar peserta",
                &["roster", "import", "peserta.csv"],
            ),
            ex("A roster as a table", "Daftar peserta sebagai tabel", &["roster", "show", ROSTER_RON]),
        ],
    ),
    (
        "roster import",
        &[
            ex(
                "A spreadsheet's CSV export as a roster",
                "Ekspor CSV spreadsheet menjadi daftar peserta",
                &["roster", "import", "peserta.csv"],
            ),
            ex(
                "Into a file of its own, replacing it",
                "Ke berkas tersendiri, menggantinya",
                &["roster", "import", ROSTER_CSV, "-o", "kelas-b.ron", "--force"],
            ),
            ex(
                "The sheet \"Kelas B\" of a workbook, below its title block",
                "Sheet \"Kelas B\" sebuah workbook, di bawah blok judulnya",
                &["roster", "import", "daftar-peserta.xlsx", "--sheet", "Kelas B"],
            ),
        ],
    ),
    (
        "roster show",
        &[
            ex(
                "A roster file as a table",
                "Berkas daftar peserta sebagai tabel",
                &["roster", "show", ROSTER_RON],
            ),
            ex(
                "A spreadsheet's CSV export as a table",
                "Ekspor CSV spreadsheet sebagai tabel",
                &["roster", "show", ROSTER_CSV],
            ),
        ],
    ),
    (
        "merge",
        &[
            ex(
                "Day 1 from two laptops, into one file",
                "Hari 1 dari dua laptop, menjadi satu berkas",
                &["merge", DAY_1, "laptop-2/hari-1.ron", "-o", "hari-1-gabungan.ron"],
            ),
            ex(
                "As git's merge driver (git-setup writes it)",
                "Sebagai merge driver git (ditulis git-setup)",
                &["merge", "--git-driver", "%O", "%A", "%B"],
            ),
        ],
    ),
    (
        "git-setup",
        &[
            ex("In the repository of the sessions folder", "Di repositori folder sesi", &["git-setup"]),
            ex("For another sessions folder", "Untuk folder sesi lain", &["--dir", "sessions", "git-setup"]),
        ],
    ),
    (
        "completions",
        &[
            ex("Completions for bash", "Pelengkapan untuk bash", &["completions", "bash"]),
            ex(
                "Completions for fish, in Indonesian",
                "Pelengkapan untuk fish, dalam bahasa Indonesia",
                &["completions", "fish", "--lang", "id"],
            ),
        ],
    ),
    (
        "man",
        &[
            ex("The manual page, on the screen", "Halaman manual di layar", &["man"]),
            ex(
                "One page per subcommand, for a package",
                "Satu halaman per subperintah, untuk paket",
                &["man", "--out", "man"],
            ),
        ],
    ),
];

const DONE_EN: &str = "0 done, 2 error";
const DONE_ID: &str = "0 selesai, 2 galat";

/// `(path, English, Indonesian)`: what each exit status of a command means.
pub const EXIT_STATUS: &[(&str, &str, &str)] = &[
    (
        "",
        "0 done, 1 a negative answer (nothing found, problems found, a conflict left), 2 error",
        "0 selesai, 1 jawaban negatif (tidak ditemukan, ada masalah, konflik tersisa), 2 galat",
    ),
    ("new", "0 created, 2 error", "0 dibuat, 2 galat"),
    ("list", DONE_EN, DONE_ID),
    ("show", DONE_EN, DONE_ID),
    (
        "details",
        "0 shown or changed, 2 error (another sigap has the session open)",
        "0 ditampilkan atau diubah, 2 galat (sigap lain sedang membuka sesi)",
    ),
    ("open", DONE_EN, DONE_ID),
    ("clock", DONE_EN, DONE_ID),
    ("config", DONE_EN, DONE_ID),
    ("check", "0 every file valid, 1 problems found, 2 error", "0 semua berkas sah, 1 ada masalah, 2 galat"),
    ("search", "0 found, 1 nothing found, 2 error", "0 ditemukan, 1 tidak ditemukan, 2 galat"),
    ("report", DONE_EN, DONE_ID),
    ("export", "0 written, 2 error", "0 ditulis, 2 galat"),
    ("template", DONE_EN, DONE_ID),
    ("template list", DONE_EN, DONE_ID),
    ("template save", "0 saved, 2 error", "0 disimpan, 2 galat"),
    (
        "template import",
        "0 written (or checked, with --dry-run), 2 error",
        "0 ditulis (atau diperiksa, dengan --dry-run), 2 galat",
    ),
    ("roster", DONE_EN, DONE_ID),
    ("roster import", "0 written, 2 error", "0 ditulis, 2 galat"),
    ("roster show", DONE_EN, DONE_ID),
    (
        "merge",
        "0 no conflict left, 1 a conflict left, 2 error",
        "0 tanpa konflik, 1 konflik tersisa, 2 galat",
    ),
    ("git-setup", DONE_EN, DONE_ID),
    ("completions", DONE_EN, DONE_ID),
    ("man", DONE_EN, DONE_ID),
];
