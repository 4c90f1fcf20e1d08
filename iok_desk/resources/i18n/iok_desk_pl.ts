<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_GB">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Przyznano</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Stan: %1</translation>
    </message>
    <message>
        <source>changed by the resident</source>
        <translation>zmienione przez mieszkańca</translation>
    </message>
    <message>
        <source>The account is revoked; that is final.</source>
        <translation>Konto jest odebrane; to stan ostateczny.</translation>
    </message>
    <message>
        <source>A new login ID is issued only after a block; the account is %1.</source>
        <translation>Nowy identyfikator wydaje się tylko po zablokowaniu; konto jest w stanie „%1”.</translation>
    </message>
    <message>
        <source>Select a unit the account still sees in the Units tab.</source>
        <translation>Zaznacz na karcie Lokale lokal, do którego konto ma jeszcze dostęp.</translation>
    </message>
    <message>
        <source>A unit is added only to a live account; the account is %1.</source>
        <translation>Lokal dodaje się tylko do czynnego konta; konto jest w stanie „%1”.</translation>
    </message>
    <message>
        <source>New login ID</source>
        <translation>Nowy identyfikator</translation>
    </message>
    <message>
        <source>Retire account %1 for good and issue a new login ID and first password for %2? The letter opens in the print preview.</source>
        <translation>Zamknąć na stałe konto %1 i wydać nowy identyfikator oraz hasło do pierwszego logowania dla: %2? Pismo otworzy się w podglądzie wydruku.</translation>
    </message>
    <message>
        <source>New &amp;first password…</source>
        <translation>Nowe &amp;hasło startowe…</translation>
    </message>
    <message>
        <source>Not carried over to the new account — the legal title has ended: %1.</source>
        <translation>Nie przeniesiono na nowe konto — tytuł prawny wygasł: %1.</translation>
    </message>
    <message>
        <source>A new first password for the same login ID only while nobody has logged in with it; after a block a new login ID is issued.</source>
        <translation>Nowe hasło do pierwszego logowania dla tego samego identyfikatora tylko, dopóki nikt się nim nie zalogował; po blokadzie wydaje się nowy identyfikator.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Issued:</source>
        <translation>Wydano:</translation>
    </message>
    <message>
        <source>First password valid until:</source>
        <translation>Hasło do pierwszego logowania ważne do:</translation>
    </message>
    <message>
        <source>Last login:</source>
        <translation>Ostatnie logowanie:</translation>
    </message>
    <message>
        <source>Blocked:</source>
        <translation>Zablokowano:</translation>
    </message>
    <message>
        <source>Revoked:</source>
        <translation>Odebrano:</translation>
    </message>
    <message>
        <source>Replaced by:</source>
        <translation>Zastąpione przez:</translation>
    </message>
    <message>
        <source>&amp;Units</source>
        <translation>&amp;Lokale</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>Re&amp;quests</source>
        <translation>&amp;Wnioski</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>&amp;Pisma</translation>
    </message>
    <message>
        <source>&amp;Block… (Ctrl+B)</source>
        <translation>&amp;Zablokuj… (Ctrl+B)</translation>
    </message>
    <message>
        <source>&amp;New login ID…</source>
        <translation>&amp;Nowy identyfikator…</translation>
    </message>
    <message>
        <source>Revoke &amp;unit…</source>
        <translation>Odbierz &amp;lokal…</translation>
    </message>
    <message>
        <source>Revoke &amp;account…</source>
        <translation>Odbierz &amp;konto…</translation>
    </message>
    <message>
        <source>A&amp;dd unit…</source>
        <translation>&amp;Dodaj lokal…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n konto</numerusform>
            <numerusform>%n konta</numerusform>
            <numerusform>%n kont</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AccountsPageForm</name>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message>
        <source>surname, address, login ID…</source>
        <translation>nazwisko, adres, identyfikator…</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stan:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
</context>
<context>
    <name>AddUnitDialog</name>
    <message>
        <source>Add a unit</source>
        <translation>Dodaj lokal</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
</context>
<context>
    <name>AddUnitForm</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Lokal:</translation>
    </message>
    <message>
        <source>e.g. Paprykowa 12/5</source>
        <translation>np. Paprykowa 12/5</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Unexpected error in IOK Desk. Nothing half-done was saved. Please pass the details to the administrator.</source>
        <translation>Nieoczekiwany błąd IOK Desk. Nic niedokończonego nie zostało zapisane. Przekaż szczegóły administratorowi.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About IOK Desk</source>
        <translation>&amp;O programie IOK Desk</translation>
    </message>
    <message>
        <source>TRIAL on this computer, demo data</source>
        <translation>WERSJA PRÓBNA na tym komputerze, dane demonstracyjne</translation>
    </message>
    <message>
        <source>IOK Desk %1
Access to the resident portal IOK, MSM Gdynia.

Database: %2</source>
        <translation>IOK Desk %1
Dostęp mieszkańców do IOK, MSM Gdynia.

Baza danych: %2</translation>
    </message>
    <message>
        <source>About IOK Desk</source>
        <translation>O programie IOK Desk</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Choose another database…</source>
        <translation>Wybierz inną bazę…</translation>
    </message>
    <message>
        <source>Save a backup copy of the trial database? (Asked once a week.)</source>
        <translation>Zapisać kopię zapasową bazy próbnej? (Pytanie raz w tygodniu.)</translation>
    </message>
    <message>
        <source>Backup of the trial database</source>
        <translation>Kopia zapasowa bazy próbnej</translation>
    </message>
</context>
<context>
    <name>AttachmentPreviewDialog</name>
    <message>
        <source>Attachment %1</source>
        <translation>Załącznik %1</translation>
    </message>
    <message>
        <source>The image cannot be shown.</source>
        <translation>Nie można wyświetlić obrazu.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Wysłano: %1</translation>
    </message>
    <message>
        <source>Attachment %1: %2</source>
        <translation>Załącznik %1: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <source>%1 (%2, added %3)</source>
        <translation>%1 (%2, dodano %3)</translation>
    </message>
    <message>
        <source>%1 (%2, attached when the request is registered)</source>
        <translation>%1 (%2, zostanie dołączony przy rejestracji wniosku)</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <source>Scans and messages (*.pdf *.jpg *.jpeg *.png *.eml);;All files (*)</source>
        <translation>Skany i wiadomości (*.pdf *.jpg *.jpeg *.png *.eml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>Attachments (drop PDF, JPEG, PNG or .eml files here)</source>
        <translation>Załączniki (upuść tutaj pliki PDF, JPEG, PNG lub .eml)</translation>
    </message>
    <message>
        <source>Add fi&amp;les…</source>
        <translation>Dołącz p&amp;liki…</translation>
    </message>
    <message>
        <source>Previe&amp;w</source>
        <translation>Pokaż pod&amp;gląd</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n zdarzenie</numerusform>
            <numerusform>%n zdarzenia</numerusform>
            <numerusform>%n zdarzeń</numerusform>
        </translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Eksport dziennika zdarzeń</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the audit trail…</source>
        <translation>Eksport dziennika zdarzeń…</translation>
    </message>
    <message>
        <source>Exported %1 event(s) to %2</source>
        <translation>Wyeksportowano zdarzeń: %1 do pliku %2</translation>
    </message>
</context>
<context>
    <name>AuditPageForm</name>
    <message>
        <source>Audit trail</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <source>&amp;Clerk:</source>
        <translation>&amp;Pracownik:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Czynność:</translation>
    </message>
    <message>
        <source>Login &amp;ID:</source>
        <translation>&amp;Identyfikator:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>D&amp;o:</translation>
    </message>
    <message>
        <source>S&amp;how</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksport CSV…</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>Wczytaj &amp;więcej</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <source>Block account %1</source>
        <translation>Blokada konta %1</translation>
    </message>
    <message>
        <source>&amp;Block now</source>
        <translation>&amp;Zablokuj teraz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Account %1 — %2 (%3)</source>
        <translation>Konto %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Account %1 was already blocked on %2; this report was recorded.</source>
        <translation>Konto %1 było już zablokowane %2; zgłoszenie zostało odnotowane.</translation>
    </message>
    <message>
        <source>Blocked account %1 on %2. Portal sessions end at once.</source>
        <translation>Zablokowano konto %1 — %2. Otwarte sesje w portalu wygasają natychmiast.</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <source>&amp;Caller:</source>
        <translation>&amp;Zgłaszający:</translation>
    </message>
    <message>
        <source>Caller&apos;s &amp;phone:</source>
        <translation>&amp;Telefon zgłaszającego:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
</context>
<context>
    <name>ClerksDialog</name>
    <message>
        <source>Clerks</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ClerksForm</name>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>&amp;Change role</source>
        <translation>&amp;Zmień rolę</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Dezaktywuj</translation>
    </message>
    <message>
        <source>A deactivated clerk can no longer act, and on a database with roles their database login is disabled. The last active administrator stays. New clerks: iok-desk clerk add.</source>
        <translation>Dezaktywowany pracownik nie może już działać, a w bazie z rolami jego login do bazy zostaje wyłączony. Ostatni aktywny administrator pozostaje. Nowych pracowników dodaje polecenie iok-desk clerk add.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Database connection</source>
        <translation>Połączenie z bazą danych</translation>
    </message>
    <message>
        <source>Database &amp;address:</source>
        <translation>&amp;Adres bazy:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>The password is kept only in the system keyring. The desk opens this database at its next start, unless --database or IOK_DESK_DATABASE_URL names another.</source>
        <translation>Hasło jest przechowywane wyłącznie w pęku kluczy systemu. Program otworzy tę bazę przy następnym uruchomieniu, chyba że --database albo IOK_DESK_DATABASE_URL wskazuje inną.</translation>
    </message>
    <message>
        <source>&amp;Check and save</source>
        <translation>&amp;Sprawdź i zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>IOK Desk — first start</source>
        <translation>IOK Desk — pierwsze uruchomienie</translation>
    </message>
    <message>
        <source>No database is set up on this computer yet. How do you want to start?</source>
        <translation>Na tym komputerze nie ustawiono jeszcze bazy danych. Jak chcesz zacząć?</translation>
    </message>
    <message>
        <source>Your &amp;login in IOK Desk:</source>
        <translation>Twój &amp;login w IOK Desk:</translation>
    </message>
    <message>
        <source>&amp;Try it on this computer (a trial database with demo data; nothing reaches the office)</source>
        <translation>&amp;Wypróbuj na tym komputerze (baza próbna z danymi demonstracyjnymi; nic nie trafia do biura)</translation>
    </message>
    <message>
        <source>&amp;Connect to the office database</source>
        <translation>&amp;Połącz z bazą danych biura</translation>
    </message>
    <message>
        <source>Office database</source>
        <translation>Baza danych biura</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Baza:</translation>
    </message>
    <message>
        <source>Database l&amp;ogin:</source>
        <translation>L&amp;ogin do bazy:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>The password is kept only in the system keyring.</source>
        <translation>Hasło jest przechowywane tylko w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>E-mail import</source>
        <translation>Import wiadomości e-mail</translation>
    </message>
    <message>
        <source>Registered: %1. Need attention: %2. Already registered: %3.</source>
        <translation>Zarejestrowano: %1. Wymaga uwagi: %2. Zarejestrowane wcześniej: %3.</translation>
    </message>
    <message>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Przerwano: pozostałe pliki nie zostały zaimportowane.</translation>
    </message>
    <message>
        <source>✓ %1 → %2</source>
        <translation>✓ %1 → %2</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>= %1: %2</source>
        <translation>= %1: %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Receipt of request %1</source>
        <translation>Potwierdzenie przyjęcia wniosku %1</translation>
    </message>
    <message>
        <source>Credential letter %1</source>
        <translation>Pismo z danymi do logowania — %1</translation>
    </message>
    <message>
        <source>Credential letters issued today (%1)</source>
        <translation>Pisma z danymi do logowania wydane dziś (%1)</translation>
    </message>
    <message>
        <source>The letter holds the first password: it is shown only here. Print it now; save the PDF only if you must.</source>
        <translation>Pismo zawiera hasło do pierwszego logowania: jest widoczne tylko tutaj. Wydrukuj je teraz; PDF zapisuj tylko w razie konieczności.</translation>
    </message>
    <message>
        <source>Preparing letters…</source>
        <translation>Przygotowywanie pism…</translation>
    </message>
    <message>
        <source>Decision on request %1</source>
        <translation>Odmowa realizacji wniosku %1</translation>
    </message>
</context>
<context>
    <name>MainForm</name>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <source>Login ID, surname, unit address, phone or e-mail (Ctrl+K)</source>
        <translation>Identyfikator, nazwisko, adres lokalu, telefon albo e-mail (Ctrl+K)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Type in the box above to find an account.</source>
        <translation>Wpisz w pole powyżej, aby znaleźć konto.</translation>
    </message>
    <message>
        <source>Enter opens the account · Ctrl+B blocks it at once · ↑ ↓ choose</source>
        <translation>Enter otwiera konto · Ctrl+B blokuje je od razu · ↑ ↓ wybór</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IOK Desk — MSM Gdynia</source>
        <translation>IOK Desk — MSM Gdynia</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Desk</source>
        <translation>&amp;Biuro</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Szukaj…</translation>
    </message>
    <message>
        <source>&amp;Open selected account</source>
        <translation>&amp;Otwórz wybrane konto</translation>
    </message>
    <message>
        <source>&amp;Block selected account…</source>
        <translation>&amp;Zablokuj wybrane konto…</translation>
    </message>
    <message>
        <source>&amp;Log a request…</source>
        <translation>&amp;Zarejestruj wniosek…</translation>
    </message>
    <message>
        <source>&amp;Import e-mails…</source>
        <translation>&amp;Importuj wiadomości e-mail…</translation>
    </message>
    <message>
        <source>Import the unit &amp;register…</source>
        <translation>Importuj &amp;rejestr lokali…</translation>
    </message>
    <message>
        <source>&amp;Print letters issued today…</source>
        <translation>&amp;Drukuj pisma wydane dziś…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Only an administrator changes settings.</source>
        <translation>Ustawienia zmienia tylko administrator.</translation>
    </message>
    <message>
        <source>C&amp;lerks…</source>
        <translation>Pr&amp;acownicy…</translation>
    </message>
    <message>
        <source>Database &amp;connection…</source>
        <translation>&amp;Połączenie z bazą danych…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>Pracownik: %1</translation>
    </message>
    <message>
        <source>Clerk: %1 (%2)</source>
        <translation>Pracownik: %1 (%2)</translation>
    </message>
    <message>
        <source>Open requests: %1</source>
        <translation>Otwarte wnioski: %1</translation>
    </message>
    <message>
        <source>%1 — the database is not answering; the next action reconnects</source>
        <translation>%1 — baza danych nie odpowiada; następna czynność połączy się ponownie</translation>
    </message>
    <message>
        <source>IOK Desk</source>
        <translation>IOK Desk</translation>
    </message>
    <message>
        <source>Type in the box above to find an account.</source>
        <translation>Wpisz w pole powyżej, aby znaleźć konto.</translation>
    </message>
    <message>
        <source>Login ID: %1 of 8 digits</source>
        <translation>Identyfikator: %1 z 8 cyfr</translation>
    </message>
    <message>
        <source>✓ Check digit correct: %1</source>
        <translation>✓ Cyfra kontrolna poprawna: %1</translation>
    </message>
    <message>
        <source>✗ Wrong check digit — was a digit misheard or two swapped?</source>
        <translation>✗ Błędna cyfra kontrolna — czy któraś cyfra nie została źle usłyszana lub dwie przestawione?</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) found</source>
        <translation>
            <numerusform>Znaleziono %n konto</numerusform>
            <numerusform>Znaleziono %n konta</numerusform>
            <numerusform>Znaleziono %n kont</numerusform>
        </translation>
    </message>
    <message>
        <source>(first %1 shown; type more to narrow)</source>
        <translation>(pokazano pierwsze %1; wpisz więcej, aby zawęzić)</translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation>Nic nie znaleziono.</translation>
    </message>
    <message>
        <source>Find the account first, then press Ctrl+B.</source>
        <translation>Najpierw znajdź konto, potem naciśnij Ctrl+B.</translation>
    </message>
    <message>
        <source>Import e-mails</source>
        <translation>Import wiadomości e-mail</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml)</source>
        <translation>Wiadomości e-mail (*.eml)</translation>
    </message>
    <message>
        <source>No .eml file among the dropped files.</source>
        <translation>Wśród upuszczonych plików nie ma pliku .eml.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n e-mail(s)…</source>
        <translation>
            <numerusform>Importowanie %n wiadomości…</numerusform>
            <numerusform>Importowanie %n wiadomości…</numerusform>
            <numerusform>Importowanie %n wiadomości…</numerusform>
        </translation>
    </message>
    <message>
        <source>No credential letter was issued at this desk today since the program started.</source>
        <translation>Od uruchomienia programu nie wydano dziś na tym stanowisku żadnego pisma z danymi do logowania.</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <source>New first password</source>
        <translation>Nowe hasło do pierwszego logowania</translation>
    </message>
    <message>
        <source>&amp;Issue new password</source>
        <translation>&amp;Wydaj nowe hasło</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <source>&amp;Why is the old letter void?</source>
        <translation>&amp;Dlaczego poprzednie pismo jest nieważne?</translation>
    </message>
    <message>
        <source>e.g. the letter was damaged in the printer</source>
        <translation>np. pismo zniszczyło się w drukarce</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>Log a request</source>
        <translation>Rejestracja wniosku</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Zarejestruj</translation>
    </message>
    <message>
        <source>Print &amp;receipt…</source>
        <translation>Drukuj &amp;potwierdzenie…</translation>
    </message>
    <message>
        <source>Register the request first.</source>
        <translation>Najpierw zarejestruj wniosek.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Log a request from an e-mail — %1</source>
        <translation>Rejestracja wniosku z wiadomości e-mail — %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <source>Sent: %1</source>
        <translation>Wysłano: %1</translation>
    </message>
    <message>
        <source>Forwarded; the original is from %1</source>
        <translation>Przekazana dalej; oryginał od: %1</translation>
    </message>
    <message>
        <source>Attachment %1: %2</source>
        <translation>Załącznik %1: %2</translation>
    </message>
    <message>
        <source>will be stored</source>
        <translation>zostanie zapisany</translation>
    </message>
    <message>
        <source>This message is already registered as request %1.</source>
        <translation>Ta wiadomość jest już zarejestrowana jako wniosek %1.</translation>
    </message>
    <message>
        <source>Stored with it: %1.</source>
        <translation>Zapisano z wnioskiem: %1.</translation>
    </message>
    <message>
        <source>Not stored: %1.</source>
        <translation>Nie zapisano: %1.</translation>
    </message>
    <message>
        <source>Registered as %1 on %2.</source>
        <translation>Zarejestrowano jako %1 — %2.</translation>
    </message>
</context>
<context>
    <name>NewRequestForm</name>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Sposób złożenia:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Surname:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Lokal:</translation>
    </message>
    <message>
        <source>e.g. Paprykowa 12/5</source>
        <translation>np. Paprykowa 12/5</translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation>I&amp;dentyfikator:</translation>
    </message>
    <message>
        <source>for add-unit, block, revoke</source>
        <translation>przy dodaniu lokalu, blokadzie, odebraniu</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <source>Cancelled; nothing more was done.</source>
        <translation>Przerwano; nic więcej nie zostało zrobione.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>Save letter as PDF</source>
        <translation>Zapisz pismo jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Close the letter?</source>
        <translation>Zamknąć pismo?</translation>
    </message>
    <message>
        <source>This credential letter has not been printed or saved. Its first password cannot be shown again: closing it means a new first password later. Close anyway?</source>
        <translation>To pismo z hasłem nie zostało wydrukowane ani zapisane. Hasła do pierwszego logowania nie da się pokazać ponownie: po zamknięciu trzeba będzie wydać nowe. Zamknąć mimo to?</translation>
    </message>
</context>
<context>
    <name>PreviewForm</name>
    <message>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Drukuj… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save PDF… (Ctrl+S)</source>
        <translation>&amp;Zapisz PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <source>Import the unit register</source>
        <translation>Import rejestru lokali</translation>
    </message>
    <message>
        <source>A CSV file exported by the accounting system</source>
        <translation>Plik CSV wyeksportowany z systemu księgowego</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Title ended</source>
        <translation>Tytuł wygasł</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Zaznacz &amp;wszystkie</translation>
    </message>
    <message>
        <source>&amp;Revoke ticked access…</source>
        <translation>&amp;Odbierz zaznaczone dostępy…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Unit register</source>
        <translation>Rejestr lokali</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Import przerwano; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Importing the unit register…</source>
        <translation>Import rejestru lokali…</translation>
    </message>
    <message>
        <source>Imported %1 rows (encoding %2, separator „%3”).</source>
        <translation>Zaimportowano wiersze: %1 (kodowanie %2, separator „%3”).</translation>
    </message>
    <message>
        <source>Estates</source>
        <translation>Zasoby</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Kontrahenci</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Tytuły prawne</translation>
    </message>
    <message>
        <source>%1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1: nowe %2, zmienione %3, bez zmian %4.</translation>
    </message>
    <message>
        <source>Columns ignored: %1.</source>
        <translation>Pominięte kolumny: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) still see a unit whose holder&apos;s title has ended; tick those to revoke:</source>
        <translation>
            <numerusform>%n konto nadal widzi lokal, do którego tytuł prawny wygasł; zaznacz dostępy do odebrania:</numerusform>
            <numerusform>%n konta nadal widzą lokal, do którego tytuł prawny wygasł; zaznacz dostępy do odebrania:</numerusform>
            <numerusform>%n kont nadal widzi lokal, do którego tytuł prawny wygasł; zaznacz dostępy do odebrania:</numerusform>
        </translation>
    </message>
    <message>
        <source>No account sees a unit whose holder&apos;s title has ended.</source>
        <translation>Żadne konto nie widzi lokalu, do którego tytuł prawny wygasł.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke ticked access (%n)…</source>
        <translation>
            <numerusform>&amp;Odbierz zaznaczone dostępy (%n)…</numerusform>
            <numerusform>&amp;Odbierz zaznaczone dostępy (%n)…</numerusform>
            <numerusform>&amp;Odbierz zaznaczone dostępy (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoking access…</source>
        <translation>Odbieranie dostępu…</translation>
    </message>
    <message>
        <source>Access revoked: %1.</source>
        <translation>Odebrano dostęp: %1.</translation>
    </message>
    <message>
        <source>Not revoked — %1, %2: %3</source>
        <translation>Nie odebrano — %1, %2: %3</translation>
    </message>
    <message>
        <source>Cancelled: the rest was not revoked.</source>
        <translation>Przerwano: pozostałych dostępów nie odebrano.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Save the request register</source>
        <translation>Zapisz rejestr wniosków</translation>
    </message>
    <message>
        <source>Type the login ID of the account.</source>
        <translation>Wpisz identyfikator logowania konta.</translation>
    </message>
    <message>
        <source>Save the audit extract</source>
        <translation>Zapisz wyciąg z dziennika</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Przygotowywanie zestawienia…</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n request(s).</source>
        <translation>
            <numerusform>Zapisano %1: %n wniosek.</numerusform>
            <numerusform>Zapisano %1: %n wnioski.</numerusform>
            <numerusform>Zapisano %1: %n wniosków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1: %n event(s).</source>
        <translation>
            <numerusform>Zapisano %1: %n zdarzenie.</numerusform>
            <numerusform>Zapisano %1: %n zdarzenia.</numerusform>
            <numerusform>Zapisano %1: %n zdarzeń.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPageForm</name>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Open requests:</source>
        <translation>Otwarte wnioski:</translation>
    </message>
    <message>
        <source>Overdue (open more than 14 days):</source>
        <translation>Zaległe (otwarte dłużej niż 14 dni):</translation>
    </message>
    <message>
        <source>Letters produced today:</source>
        <translation>Pisma wytworzone dziś:</translation>
    </message>
    <message>
        <source>Letters of this session ready to print:</source>
        <translation>Pisma z tej sesji gotowe do druku:</translation>
    </message>
    <message>
        <source>Show &amp;overdue requests</source>
        <translation>Pokaż &amp;zaległe wnioski</translation>
    </message>
    <message>
        <source>&amp;Print letters issued today… (Ctrl+Shift+P)</source>
        <translation>&amp;Drukuj pisma wydane dziś… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>Request register</source>
        <translation>Rejestr wniosków</translation>
    </message>
    <message>
        <source>Received &amp;from:</source>
        <translation>Wpłynęły &amp;od:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>&amp;do:</translation>
    </message>
    <message>
        <source>Save the &amp;register as PDF…</source>
        <translation>Zapisz &amp;rejestr jako PDF…</translation>
    </message>
    <message>
        <source>Save the register as &amp;CSV…</source>
        <translation>Zapisz rejestr jako &amp;CSV…</translation>
    </message>
    <message>
        <source>Audit extract of one account</source>
        <translation>Wyciąg z dziennika zdarzeń jednego konta</translation>
    </message>
    <message>
        <source>&amp;Login ID:</source>
        <translation>&amp;Identyfikator logowania:</translation>
    </message>
    <message>
        <source>e.g. 4821 0937</source>
        <translation>np. 4821 0937</translation>
    </message>
    <message>
        <source>Save the e&amp;xtract as PDF…</source>
        <translation>Zapisz w&amp;yciąg jako PDF…</translation>
    </message>
    <message>
        <source>Save the extract as C&amp;SV…</source>
        <translation>Zapisz wyciąg jako C&amp;SV…</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>any</source>
        <translation>dowolny</translation>
    </message>
    <message>
        <source>older than 7 days</source>
        <translation>starsze niż 7 dni</translation>
    </message>
    <message>
        <source>overdue (over 14 days)</source>
        <translation>zaległe (ponad 14 dni)</translation>
    </message>
    <message>
        <source>older than 30 days</source>
        <translation>starsze niż 30 dni</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Wpłynął</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Sposób</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Wnioskodawca</translation>
    </message>
    <message>
        <source>Unit / login ID</source>
        <translation>Lokal / identyfikator</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n wniosek</numerusform>
            <numerusform>%n wnioski</numerusform>
            <numerusform>%n wniosków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n zaległy</numerusform>
            <numerusform>%n zaległe</numerusform>
            <numerusform>%n zaległych</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPageForm</name>
    <message>
        <source>Requests</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stan:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Age:</source>
        <translation>&amp;Wiek:</translation>
    </message>
    <message>
        <source>&amp;Log a request… (Ctrl+N)</source>
        <translation>&amp;Zarejestruj wniosek… (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Rozpatrz…</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke access</source>
        <translation>Odebranie dostępu</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Odbierz</translation>
    </message>
    <message>
        <source>the whole account (final)</source>
        <translation>całego konta (ostatecznie)</translation>
    </message>
    <message>
        <source>The login ID is never given to anyone again.</source>
        <translation>Identyfikator nie zostanie już nikomu nadany.</translation>
    </message>
</context>
<context>
    <name>RevokeForm</name>
    <message>
        <source>&amp;Revoke access to:</source>
        <translation>&amp;Odebrać dostęp do:</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Powód:</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>Letterhead</source>
        <translation>Nagłówek pism</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Dział:</translation>
    </message>
    <message>
        <source>&amp;Street:</source>
        <translation>&amp;Ulica:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Kod pocztowy:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Miejscowość:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Strona WWW:</translation>
    </message>
    <message>
        <source>Portal &amp;address:</source>
        <translation>&amp;Adres portalu:</translation>
    </message>
    <message>
        <source>Office &amp;hours:</source>
        <translation>&amp;Godziny przyjęć:</translation>
    </message>
    <message>
        <source>First password &amp;valid for (days):</source>
        <translation>&amp;Ważność hasła do pierwszego logowania (dni):</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Estate</source>
        <translation>Zasób</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł prawny</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n lokal</numerusform>
            <numerusform>%n lokale</numerusform>
            <numerusform>%n lokali</numerusform>
        </translation>
    </message>
    <message>
        <source>Select an account that still sees the unit.</source>
        <translation>Zaznacz konto, które nadal ma dostęp do lokalu.</translation>
    </message>
</context>
<context>
    <name>UnitsPageForm</name>
    <message>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message>
        <source>street, number, accounting key…</source>
        <translation>ulica, numer, klucz księgowy…</translation>
    </message>
    <message>
        <source>Legal titles in the register:</source>
        <translation>Tytuły prawne w rejestrze:</translation>
    </message>
    <message>
        <source>Accounts that still see this unit:</source>
        <translation>Konta, które nadal mają dostęp do lokalu:</translation>
    </message>
    <message>
        <source>&amp;Open account</source>
        <translation>&amp;Otwórz konto</translation>
    </message>
    <message>
        <source>&amp;Revoke access after sale…</source>
        <translation>Odbierz &amp;dostęp po sprzedaży…</translation>
    </message>
</context>
<context>
    <name>VerifyRequestDialog</name>
    <message>
        <source>Request %1</source>
        <translation>Wniosek %1</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł prawny</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>ZALEGŁY</translation>
    </message>
    <message>
        <source>Titles to %1:</source>
        <translation>Tytuły prawne do lokalu %1:</translation>
    </message>
    <message>
        <source>This request names no unit.</source>
        <translation>Wniosek nie wskazuje lokalu.</translation>
    </message>
    <message>
        <source>✓ %1 holds a legal title to this unit valid today.</source>
        <translation>✓ %1 ma ważny dziś tytuł prawny do tego lokalu.</translation>
    </message>
    <message>
        <source>✗ %1&apos;s title to this unit is not valid today.</source>
        <translation>✗ Tytuł prawny osoby %1 do tego lokalu nie jest dziś ważny.</translation>
    </message>
    <message>
        <source>✗ %1 holds no title to this unit.</source>
        <translation>✗ %1 nie ma tytułu prawnego do tego lokalu.</translation>
    </message>
    <message>
        <source>✗ The unit is not in the register.</source>
        <translation>✗ Lokalu nie ma w rejestrze.</translation>
    </message>
    <message>
        <source>Not possible for a request that is %1.</source>
        <translation>Niemożliwe dla wniosku w stanie „%1”.</translation>
    </message>
    <message>
        <source>Only a request waiting for information can be resumed.</source>
        <translation>Wznowić można tylko wniosek czekający na uzupełnienie.</translation>
    </message>
    <message>
        <source>&amp;Issue credentials…</source>
        <translation>&amp;Wydaj dane do logowania…</translation>
    </message>
    <message>
        <source>A&amp;dd the unit to the account</source>
        <translation>&amp;Dodaj lokal do konta</translation>
    </message>
    <message>
        <source>&amp;Block the account</source>
        <translation>&amp;Zablokuj konto</translation>
    </message>
    <message>
        <source>Re&amp;voke the access</source>
        <translation>O&amp;dbierz dostęp</translation>
    </message>
    <message>
        <source>A request is carried out once it is approved.</source>
        <translation>Wniosek realizuje się po zatwierdzeniu.</translation>
    </message>
    <message>
        <source>The decision letter quotes the reason of a rejected request.</source>
        <translation>Pismo o odmowie przytacza uzasadnienie odrzuconego wniosku.</translation>
    </message>
    <message>
        <source>The unit was added to the person&apos;s account %1; no new letter is needed.</source>
        <translation>Lokal dodano do konta %1 tej osoby; nowe pismo nie jest potrzebne.</translation>
    </message>
</context>
<context>
    <name>VerifyRequestForm</name>
    <message>
        <source>The request</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Numer:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Sposób złożenia:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Wpłynął:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Wnioskodawca:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Unit:</source>
        <translation>Lokal:</translation>
    </message>
    <message>
        <source>Login ID:</source>
        <translation>Identyfikator:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Uwagi:</translation>
    </message>
    <message>
        <source>Decision / missing:</source>
        <translation>Decyzja / braki:</translation>
    </message>
    <message>
        <source>The unit register</source>
        <translation>Rejestr lokali</translation>
    </message>
    <message>
        <source>&amp;Reason for rejection, or what is missing:</source>
        <translation>&amp;Uzasadnienie odmowy albo czego brakuje:</translation>
    </message>
    <message>
        <source>As&amp;k for information</source>
        <translation>Wezwij do &amp;uzupełnienia</translation>
    </message>
    <message>
        <source>Information &amp;received</source>
        <translation>Uzupełniono</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <source>&amp;Issue credentials…</source>
        <translation>&amp;Wydaj dane do logowania…</translation>
    </message>
    <message>
        <source>Print &amp;decision letter…</source>
        <translation>Drukuj &amp;pismo o odmowie…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
</TS>
