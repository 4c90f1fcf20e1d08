<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_GB">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="75"/>
        <location filename="../../iok_desk/ui/account_view.py" line="264"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="100"/>
        <source>Unit</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="100"/>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="101"/>
        <source>Granted</source>
        <translation>Przyznano</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="101"/>
        <source>Revoked</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="102"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="102"/>
        <source>Clerk</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="103"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="134"/>
        <source>Status: %1</source>
        <translation>Stan: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="141"/>
        <source>changed by the resident</source>
        <translation>zmienione przez mieszkańca</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="200"/>
        <source>The account is revoked; that is final.</source>
        <translation>Konto jest odebrane; to stan ostateczny.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="203"/>
        <source>A new login ID is issued only after a block; the account is %1.</source>
        <translation>Nowy identyfikator wydaje się tylko po zablokowaniu; konto jest w stanie „%1”.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="206"/>
        <source>Select a unit the account still sees in the Units tab.</source>
        <translation>Zaznacz na karcie Lokale lokal, do którego konto ma jeszcze dostęp.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="211"/>
        <source>A unit is added only to a live account; the account is %1.</source>
        <translation>Lokal dodaje się tylko do czynnego konta; konto jest w stanie „%1”.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="234"/>
        <source>New login ID</source>
        <translation>Nowy identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="235"/>
        <source>Retire account %1 for good and issue a new login ID and first password for %2? The letter opens in the print preview.</source>
        <translation>Zamknąć na stałe konto %1 i wydać nowy identyfikator oraz hasło do pierwszego logowania dla: %2? Pismo otworzy się w podglądzie wydruku.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="92"/>
        <source>New &amp;first password…</source>
        <translation>Nowe &amp;hasło startowe…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="268"/>
        <source>Not carried over to the new account — the legal title has ended: %1.</source>
        <translation>Nie przeniesiono na nowe konto — tytuł prawny wygasł: %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="214"/>
        <source>A new first password for the same login ID only while nobody has logged in with it; after a block a new login ID is issued.</source>
        <translation>Nowe hasło do pierwszego logowania dla tego samego identyfikatora tylko, dopóki nikt się nim nie zalogował; po blokadzie wydaje się nowy identyfikator.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="306"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>AccountForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="31"/>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="51"/>
        <source>Issued:</source>
        <translation>Wydano:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="71"/>
        <source>First password valid until:</source>
        <translation>Hasło do pierwszego logowania ważne do:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="91"/>
        <source>Last login:</source>
        <translation>Ostatnie logowanie:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="111"/>
        <source>Blocked:</source>
        <translation>Zablokowano:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="131"/>
        <source>Revoked:</source>
        <translation>Odebrano:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="151"/>
        <source>Replaced by:</source>
        <translation>Zastąpione przez:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="174"/>
        <source>&amp;Units</source>
        <translation>&amp;Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="194"/>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="214"/>
        <source>Re&amp;quests</source>
        <translation>&amp;Wnioski</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="224"/>
        <source>&amp;Letters</source>
        <translation>&amp;Pisma</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="252"/>
        <source>&amp;Block… (Ctrl+B)</source>
        <translation>&amp;Zablokuj… (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="262"/>
        <source>&amp;New login ID…</source>
        <translation>&amp;Nowy identyfikator…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="272"/>
        <source>Revoke &amp;unit…</source>
        <translation>Odbierz &amp;lokal…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="282"/>
        <source>Revoke &amp;account…</source>
        <translation>Odbierz &amp;konto…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="292"/>
        <source>A&amp;dd unit…</source>
        <translation>&amp;Dodaj lokal…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/account_view.ui" line="309"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>AccountsPage</name>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="42"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="47"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="48"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="49"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="50"/>
        <source>Issued</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="51"/>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="52"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/accounts.py" line="72"/>
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
        <location filename="../../iok_desk/ui/forms/accounts_page.ui" line="9"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/accounts_page.ui" line="21"/>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/accounts_page.ui" line="31"/>
        <source>surname, address, login ID…</source>
        <translation>nazwisko, adres, identyfikator…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/accounts_page.ui" line="41"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tan:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/accounts_page.ui" line="54"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../iok_desk/ui/actions.py" line="88"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/actions.py" line="89"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Import przerwano; nic nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>AddUnitDialog</name>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="382"/>
        <source>Add a unit</source>
        <translation>Dodaj lokal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="384"/>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
</context>
<context>
    <name>AddUnitForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/add_unit_dialog.ui" line="27"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Lokal:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/add_unit_dialog.ui" line="37"/>
        <source>e.g. Paprykowa 12/5</source>
        <translation>np. Paprykowa 12/5</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="76"/>
        <source>Unexpected error in IOK Desk. Nothing half-done was saved. Please pass the details to the administrator.</source>
        <translation>Nieoczekiwany błąd IOK Desk. Nic niedokończonego nie zostało zapisane. Przekaż szczegóły administratorowi.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="53"/>
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="54"/>
        <source>&amp;About IOK Desk</source>
        <translation>&amp;O programie IOK Desk</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="58"/>
        <source>TRIAL on this computer, demo data</source>
        <translation>WERSJA PRÓBNA na tym komputerze, dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="64"/>
        <source>IOK Desk %1
Access to the resident portal IOK, MSM Gdynia.

Database: %2</source>
        <translation>IOK Desk %1
Dostęp mieszkańców do IOK, MSM Gdynia.

Baza danych: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="67"/>
        <source>About IOK Desk</source>
        <translation>O programie IOK Desk</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="87"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="88"/>
        <source>Choose another database…</source>
        <translation>Wybierz inną bazę…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="146"/>
        <source>Save a backup copy of the trial database? (Asked once a week.)</source>
        <translation>Zapisać kopię zapasową bazy próbnej? (Pytanie raz w tygodniu.)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="151"/>
        <source>Backup of the trial database</source>
        <translation>Kopia zapasowa bazy próbnej</translation>
    </message>
</context>
<context>
    <name>AttachmentPreviewDialog</name>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="223"/>
        <source>Attachment %1</source>
        <translation>Załącznik %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="246"/>
        <source>The image cannot be shown.</source>
        <translation>Nie można wyświetlić obrazu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="255"/>
        <source>An iPhone photo (HEIC): the desk cannot show it. Save it and open it in the system&apos;s photo viewer.</source>
        <translation>Zdjęcie z iPhone’a (HEIC): program nie potrafi go pokazać. Zapisz je i otwórz w przeglądarce zdjęć systemu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="266"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="278"/>
        <source>From: %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="280"/>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="282"/>
        <source>Sent: %1</source>
        <translation>Wysłano: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="283"/>
        <source>Attachment %1: %2</source>
        <translation>Załącznik %1: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="91"/>
        <source>%1 (%2, added %3)</source>
        <translation>%1 (%2, dodano %3)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="97"/>
        <source>%1 (%2, attached when the request is registered)</source>
        <translation>%1 (%2, zostanie dołączony przy rejestracji wniosku)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="114"/>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="115"/>
        <source>Scans and messages (*.pdf *.jpg *.jpeg *.png *.eml);;All files (*)</source>
        <translation>Skany i wiadomości (*.pdf *.jpg *.jpeg *.png *.eml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="137"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/attachments_panel.ui" line="9"/>
        <source>Attachments (drop PDF, JPEG, PNG, HEIC or .eml files here)</source>
        <translation>Załączniki (upuść tutaj pliki PDF, JPEG, PNG, HEIC lub .eml)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/attachments_panel.ui" line="37"/>
        <source>Add fi&amp;les…</source>
        <translation>Dołą&amp;cz pliki…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/attachments_panel.ui" line="47"/>
        <source>Previe&amp;w</source>
        <translation>Pokaż pod&amp;gląd</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="66"/>
        <location filename="../../iok_desk/ui/pages/audit.py" line="67"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="72"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="73"/>
        <source>Clerk</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="74"/>
        <source>Workstation</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="75"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="76"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="78"/>
        <source>Request</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="79"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/audit.py" line="162"/>
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n zdarzenie</numerusform>
            <numerusform>%n zdarzenia</numerusform>
            <numerusform>%n zdarzeń</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="171"/>
        <source>Export audit trail</source>
        <translation>Eksport dziennika zdarzeń</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="172"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="182"/>
        <source>Exporting the audit trail…</source>
        <translation>Eksport dziennika zdarzeń…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="187"/>
        <source>Exported %1 event(s) to %2</source>
        <translation>Wyeksportowano zdarzeń: %1 do pliku %2</translation>
    </message>
</context>
<context>
    <name>AuditPageForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="9"/>
        <source>Audit trail</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="21"/>
        <source>&amp;Clerk:</source>
        <translation>&amp;Pracownik:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="47"/>
        <source>Login &amp;ID:</source>
        <translation>&amp;Identyfikator:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="34"/>
        <source>Actio&amp;n:</source>
        <translation>&amp;Czynność:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="64"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="84"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="104"/>
        <source>Sho&amp;w</source>
        <translation>Pok&amp;aż</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="118"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksport CSV…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="169"/>
        <source>Load &amp;more</source>
        <translation>Wczytaj więce&amp;j</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="50"/>
        <source>Block account %1</source>
        <translation>Blokada konta %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="64"/>
        <source>&amp;Block now</source>
        <translation>&amp;Zablokuj teraz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="67"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="93"/>
        <source>(no unit)</source>
        <translation>(bez lokalu)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="112"/>
        <source>Account %1 was already blocked on %2; this report was recorded.</source>
        <translation>Konto %1 było już zablokowane %2; zgłoszenie zostało odnotowane.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="114"/>
        <source>Blocked account %1 on %2. Portal sessions end at once.</source>
        <translation>Zablokowano konto %1 — %2. Otwarte sesje w portalu wygasają natychmiast.</translation>
    </message>
</context>
<context>
    <name>BlockForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="9"/>
        <source>Account to block</source>
        <translation>Konto do zablokowania</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="15"/>
        <source>Login ID:</source>
        <translation>Identyfikator:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="35"/>
        <source>Name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="55"/>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="75"/>
        <source>Status:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="100"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Powód:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="113"/>
        <source>&amp;Caller:</source>
        <translation>Z&amp;głaszający:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="126"/>
        <source>Caller&apos;s &amp;phone:</source>
        <translation>&amp;Telefon zgłaszającego:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="139"/>
        <source>&amp;Note:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
</context>
<context>
    <name>ClerksDialog</name>
    <message>
        <location filename="../../iok_desk/ui/clerks_dialog.py" line="32"/>
        <source>Clerks</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/clerks_dialog.py" line="43"/>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/clerks_dialog.py" line="44"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/clerks_dialog.py" line="45"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/clerks_dialog.py" line="46"/>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/clerks_dialog.py" line="46"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/clerks_dialog.py" line="47"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/clerks_dialog.py" line="54"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ClerksForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/clerks_dialog.ui" line="21"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/clerks_dialog.ui" line="34"/>
        <source>&amp;Change role</source>
        <translation>&amp;Zmień rolę</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/clerks_dialog.ui" line="48"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Dezaktywuj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/clerks_dialog.ui" line="57"/>
        <source>A deactivated clerk can no longer act, and on a database with roles their database login is disabled. The last active administrator stays. New clerks: iok-desk clerk add.</source>
        <translation>Dezaktywowany pracownik nie może już działać, a w bazie z rolami jego login do bazy zostaje wyłączony. Ostatni aktywny administrator pozostaje. Nowych pracowników dodaje polecenie iok-desk clerk add.</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../iok_desk/ui/connection_dialog.py" line="39"/>
        <source>Database connection</source>
        <translation>Połączenie z bazą danych</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/connection_dialog.py" line="46"/>
        <source>&amp;Check and save</source>
        <translation>&amp;Sprawdź i zapisz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/connection_dialog.py" line="50"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/connection_dialog.ui" line="11"/>
        <source>Database &amp;address:</source>
        <translation>&amp;Adres bazy:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/connection_dialog.ui" line="28"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/connection_dialog.ui" line="47"/>
        <source>The password is kept only in the system keyring. The desk opens this database at its next start, unless --database or IOK_DESK_DATABASE_URL names another.</source>
        <translation>Hasło jest przechowywane wyłącznie w pęku kluczy systemu. Program otworzy tę bazę przy następnym uruchomieniu, chyba że --database albo IOK_DESK_DATABASE_URL wskazuje inną.</translation>
    </message>
</context>
<context>
    <name>EmailIntake</name>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="80"/>
        <source>No .eml file among the dropped files.</source>
        <translation>Wśród upuszczonych plików nie ma pliku .eml.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/email_import.py" line="87"/>
        <source>Importing %n e-mail(s)…</source>
        <translation>
            <numerusform>Importowanie %n wiadomości…</numerusform>
            <numerusform>Importowanie %n wiadomości…</numerusform>
            <numerusform>Importowanie %n wiadomości…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="91"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="47"/>
        <source>IOK Desk — first start</source>
        <translation>IOK Desk — pierwsze uruchomienie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="48"/>
        <source>No database is set up on this computer yet. How do you want to start?</source>
        <translation>Na tym komputerze nie ustawiono jeszcze bazy danych. Jak chcesz zacząć?</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="53"/>
        <source>Your &amp;login in IOK Desk:</source>
        <translation>Twój &amp;login w IOK Desk:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="54"/>
        <source>&amp;Try it on this computer (a trial database with demo data; nothing reaches the office)</source>
        <translation>&amp;Wypróbuj na tym komputerze (baza próbna z danymi demonstracyjnymi; nic nie trafia do biura)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="56"/>
        <source>&amp;Connect to the office database</source>
        <translation>&amp;Połącz z bazą danych biura</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="58"/>
        <source>Office database</source>
        <translation>Baza danych biura</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="66"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="67"/>
        <source>&amp;Database:</source>
        <translation>&amp;Baza:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="68"/>
        <source>Database l&amp;ogin:</source>
        <translation>L&amp;ogin do bazy:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="69"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="70"/>
        <source>The password is kept only in the system keyring.</source>
        <translation>Hasło jest przechowywane tylko w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="79"/>
        <source>&amp;Start</source>
        <translation>&amp;Rozpocznij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="82"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="120"/>
        <source>E-mail import</source>
        <translation>Import wiadomości e-mail</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="128"/>
        <source>Registered: %1. Need attention: %2. Already registered: %3.</source>
        <translation>Zarejestrowano: %1. Wymaga uwagi: %2. Zarejestrowane wcześniej: %3.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="132"/>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Przerwano: pozostałe pliki nie zostały zaimportowane.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="138"/>
        <source>✓ %1 → %2</source>
        <translation>✓ %1 → %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="141"/>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="144"/>
        <source>= %1: %2</source>
        <translation>= %1: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="150"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <location filename="../../iok_desk/ui/letters.py" line="71"/>
        <source>Receipt of request %1</source>
        <translation>Potwierdzenie przyjęcia wniosku %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/letters.py" line="91"/>
        <source>Credential letter %1</source>
        <translation>Pismo z danymi do logowania — %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/letters.py" line="93"/>
        <source>Credential letters issued today (%1)</source>
        <translation>Pisma z danymi do logowania wydane dziś (%1)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/letters.py" line="84"/>
        <source>The letter holds the first password: it is shown only here. Print it now; save the PDF only if you must.</source>
        <translation>Pismo zawiera hasło do pierwszego logowania: jest widoczne tylko tutaj. Wydrukuj je teraz; PDF zapisuj tylko w razie konieczności.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/letters.py" line="64"/>
        <location filename="../../iok_desk/ui/letters.py" line="112"/>
        <source>Preparing letters…</source>
        <translation>Przygotowywanie pism…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/letters.py" line="79"/>
        <source>Decision on request %1</source>
        <translation>Odmowa realizacji wniosku %1</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="59"/>
        <source>Electronic form no. %1</source>
        <translation>Formularz elektroniczny nr %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="87"/>
        <source>reply to request %1</source>
        <translation>odpowiedź w sprawie wniosku %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="143"/>
        <source>Log a request from the electronic form no. %1</source>
        <translation>Rejestracja wniosku z formularza elektronicznego nr %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="187"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="188"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="189"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="190"/>
        <source>Request found</source>
        <translation>Odczytany wniosek</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="191"/>
        <source>To fix</source>
        <translation>Do uzupełnienia</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="191"/>
        <source>complete</source>
        <translation>kompletny</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="223"/>
        <source>Checking the mailbox…</source>
        <translation>Sprawdzam skrzynkę…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="245"/>
        <source>%1 on %2, folder %3</source>
        <translation>%1 na %2, folder %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/mail.py" line="257"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nowa wiadomość</numerusform>
            <numerusform>%n nowe wiadomości</numerusform>
            <numerusform>%n nowych wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/mail.py" line="259"/>
        <source>%n electronic form(s)</source>
        <translation>
            <numerusform>%n formularz elektroniczny</numerusform>
            <numerusform>%n formularze elektroniczne</numerusform>
            <numerusform>%n formularzy elektronicznych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/mail.py" line="261"/>
        <source>%n to complete</source>
        <translation>
            <numerusform>%n do uzupełnienia</numerusform>
            <numerusform>%n do uzupełnienia</numerusform>
            <numerusform>%n do uzupełnienia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="295"/>
        <source>Unit</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="295"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="296"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="296"/>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="333"/>
        <source>Attach to a request</source>
        <translation>Dołącz do wniosku</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="334"/>
        <source>Number of the request this message belongs to (e.g. IOK/2026/00012):</source>
        <translation>Numer wniosku, do którego należy ta wiadomość (np. IOK/2026/00012):</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="342"/>
        <source>Dismiss the message</source>
        <translation>Odłóż wiadomość</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="343"/>
        <source>Why is this message not a request? (kept in the audit trail)</source>
        <translation>Dlaczego ta wiadomość nie jest wnioskiem? (zapisywane w dzienniku zdarzeń)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="357"/>
        <source>Attached to request %1.</source>
        <translation>Dołączono do wniosku %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="366"/>
        <source>Form dismissed.</source>
        <translation>Formularz odłożony.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="374"/>
        <source>Message dismissed.</source>
        <translation>Wiadomość odłożona.</translation>
    </message>
</context>
<context>
    <name>MailPageForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/mail_page.ui" line="9"/>
        <source>Mail</source>
        <translation>Poczta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/mail_page.ui" line="35"/>
        <source>Check &amp;mail</source>
        <translation>Sprawdź &amp;pocztę</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/mail_page.ui" line="42"/>
        <source>Re&amp;gister…</source>
        <translation>&amp;Zarejestruj…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/mail_page.ui" line="49"/>
        <source>A&amp;ttach to request…</source>
        <translation>&amp;Dołącz do wniosku…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/mail_page.ui" line="56"/>
        <source>D&amp;ismiss…</source>
        <translation>&amp;Odłóż…</translation>
    </message>
</context>
<context>
    <name>MainForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="11"/>
        <source>&amp;Find:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="21"/>
        <source>Login ID, surname, unit address, phone or e-mail (Ctrl+K)</source>
        <translation>Identyfikator, nazwisko, adres lokalu, telefon albo e-mail (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="49"/>
        <source>Requests</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="54"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="59"/>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="64"/>
        <source>Audit trail</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="69"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="74"/>
        <source>Mail</source>
        <translation>Poczta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="86"/>
        <source>Type in the box above to find an account.</source>
        <translation>Wpisz w pole powyżej, aby znaleźć konto.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="106"/>
        <source>Enter opens the account · Ctrl+B blocks it at once · ↑ ↓ choose</source>
        <translation>Enter otwiera konto · Ctrl+B blokuje je od razu · ↑ ↓ wybór</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="67"/>
        <source>IOK Desk — MSM Gdynia</source>
        <translation>IOK Desk — MSM Gdynia</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="123"/>
        <source>&amp;Desk</source>
        <translation>&amp;Biuro</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="124"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="125"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="126"/>
        <source>&amp;Find…</source>
        <translation>&amp;Szukaj…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="128"/>
        <source>&amp;Open selected account</source>
        <translation>&amp;Otwórz wybrane konto</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="130"/>
        <source>&amp;Block selected account…</source>
        <translation>&amp;Zablokuj wybrane konto…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="132"/>
        <source>&amp;Log a request…</source>
        <translation>&amp;Zarejestruj wniosek…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="134"/>
        <source>&amp;Import e-mails…</source>
        <translation>&amp;Importuj wiadomości e-mail…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="136"/>
        <source>Import the unit &amp;register…</source>
        <translation>Importuj &amp;rejestr lokali…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="139"/>
        <source>&amp;Print letters issued today…</source>
        <translation>&amp;Drukuj pisma wydane dziś…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="142"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="145"/>
        <location filename="../../iok_desk/ui/main_window.py" line="243"/>
        <source>Only an administrator changes settings.</source>
        <translation>Ustawienia zmienia tylko administrator.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="148"/>
        <source>Database &amp;connection…</source>
        <translation>&amp;Połączenie z bazą danych…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="151"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="157"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="162"/>
        <source>Clerk: %1</source>
        <translation>Pracownik: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="206"/>
        <source>Quit with an unprinted letter?</source>
        <translation>Zamknąć program z niewydrukowanym pismem?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/main_window.py" line="207"/>
        <source>%n credential letter(s) have not been printed or saved. Their first passwords cannot be shown again: quitting means new first passwords later. Quit anyway?</source>
        <translation>
            <numerusform>%n pismo z danymi do logowania nie zostało wydrukowane ani zapisane. Hasła do pierwszego logowania nie da się pokazać ponownie: zamknięcie oznacza później nowe hasło. Zamknąć mimo to?</numerusform>
            <numerusform>%n pisma z danymi do logowania nie zostały wydrukowane ani zapisane. Haseł do pierwszego logowania nie da się pokazać ponownie: zamknięcie oznacza później nowe hasła. Zamknąć mimo to?</numerusform>
            <numerusform>%n pism z danymi do logowania nie zostało wydrukowanych ani zapisanych. Haseł do pierwszego logowania nie da się pokazać ponownie: zamknięcie oznacza później nowe hasła. Zamknąć mimo to?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="238"/>
        <source>Clerk: %1 (%2)</source>
        <translation>Pracownik: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="255"/>
        <source>Open requests: %1</source>
        <translation>Otwarte wnioski: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="260"/>
        <source>%1 — the database is not answering; the next action reconnects</source>
        <translation>%1 — baza danych nie odpowiada; następna czynność połączy się ponownie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="267"/>
        <source>IOK Desk</source>
        <translation>IOK Desk</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="333"/>
        <source>Find the account first, then press Ctrl+B.</source>
        <translation>Najpierw znajdź konto, potem naciśnij Ctrl+B.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="369"/>
        <source>Import e-mails</source>
        <translation>Import wiadomości e-mail</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="369"/>
        <source>E-mail messages (*.eml)</source>
        <translation>Wiadomości e-mail (*.eml)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="396"/>
        <source>No credential letter was issued at this desk today since the program started.</source>
        <translation>Od uruchomienia programu nie wydano dziś na tym stanowisku żadnego pisma z danymi do logowania.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="146"/>
        <source>C&amp;lerks…</source>
        <translation>Pr&amp;acownicy…</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="413"/>
        <source>New first password</source>
        <translation>Nowe hasło do pierwszego logowania</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="415"/>
        <source>&amp;Issue new password</source>
        <translation>&amp;Wydaj nowe hasło</translation>
    </message>
</context>
<context>
    <name>NewPasswordForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/new_password_dialog.ui" line="21"/>
        <source>&amp;Why is the old letter void?</source>
        <translation>&amp;Dlaczego poprzednie pismo jest nieważne?</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/new_password_dialog.ui" line="31"/>
        <source>e.g. the letter was damaged in the printer</source>
        <translation>np. pismo zniszczyło się w drukarce</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="75"/>
        <source>Log a request</source>
        <translation>Rejestracja wniosku</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="99"/>
        <source>&amp;Register</source>
        <translation>&amp;Zarejestruj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="102"/>
        <source>Print &amp;receipt…</source>
        <translation>Drukuj &amp;potwierdzenie…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="105"/>
        <source>Register the request first.</source>
        <translation>Najpierw zarejestruj wniosek.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="107"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="131"/>
        <source>Log a request from an e-mail — %1</source>
        <translation>Rejestracja wniosku z wiadomości e-mail — %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="144"/>
        <source>From: %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="145"/>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="147"/>
        <source>Sent: %1</source>
        <translation>Wysłano: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="149"/>
        <source>Forwarded; the original is from %1</source>
        <translation>Przekazana dalej; oryginał od: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="152"/>
        <source>Attachment %1: %2</source>
        <translation>Załącznik %1: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="153"/>
        <source>will be stored</source>
        <translation>zostanie zapisany</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="157"/>
        <source>This message is already registered as request %1.</source>
        <translation>Ta wiadomość jest już zarejestrowana jako wniosek %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="209"/>
        <source>Stored with it: %1.</source>
        <translation>Zapisano z wnioskiem: %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="212"/>
        <source>Not stored: %1.</source>
        <translation>Nie zapisano: %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="219"/>
        <source>Registered as %1 on %2.</source>
        <translation>Zarejestrowano jako %1 — %2.</translation>
    </message>
</context>
<context>
    <name>NewRequestForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/new_request_dialog.ui" line="11"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/new_request_dialog.ui" line="24"/>
        <source>C&amp;hannel:</source>
        <translation>&amp;Sposób złożenia:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/new_request_dialog.ui" line="37"/>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/new_request_dialog.ui" line="50"/>
        <source>&amp;Surname:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/new_request_dialog.ui" line="63"/>
        <source>&amp;Unit:</source>
        <translation>&amp;Lokal:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/new_request_dialog.ui" line="73"/>
        <source>e.g. Paprykowa 12/5</source>
        <translation>np. Paprykowa 12/5</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/new_request_dialog.ui" line="80"/>
        <source>Lo&amp;gin ID:</source>
        <translation>I&amp;dentyfikator:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/new_request_dialog.ui" line="90"/>
        <source>for add-unit, block, revoke</source>
        <translation>przy dodaniu lokalu, blokadzie, odebraniu</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/new_request_dialog.ui" line="97"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/new_request_dialog.ui" line="110"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/new_request_dialog.ui" line="123"/>
        <source>&amp;Note:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <location filename="../../iok_desk/ui/operations.py" line="171"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/operations.py" line="172"/>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/operations.py" line="197"/>
        <source>Cancelled; nothing more was done.</source>
        <translation>Przerwano; nic więcej nie zostało zrobione.</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/preview.py" line="72"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="104"/>
        <source>Save letter as PDF</source>
        <translation>Zapisz pismo jako PDF</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="105"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="128"/>
        <source>Close the letter?</source>
        <translation>Zamknąć pismo?</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="129"/>
        <source>This credential letter has not been printed or saved. Its first password cannot be shown again: closing it means a new first password later. Close anyway?</source>
        <translation>To pismo z hasłem nie zostało wydrukowane ani zapisane. Hasła do pierwszego logowania nie da się pokazać ponownie: po zamknięciu trzeba będzie wydać nowe. Zamknąć mimo to?</translation>
    </message>
</context>
<context>
    <name>PreviewForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/preview.ui" line="45"/>
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Drukuj… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/preview.ui" line="52"/>
        <source>&amp;Save PDF… (Ctrl+S)</source>
        <translation>&amp;Zapisz PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/preview.ui" line="59"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="60"/>
        <source>Import the unit register</source>
        <translation>Import rejestru lokali</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="73"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="73"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="73"/>
        <source>Unit</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="74"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="74"/>
        <source>Title ended</source>
        <translation>Tytuł wygasł</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="90"/>
        <source>Unit register</source>
        <translation>Rejestr lokali</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="90"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="108"/>
        <source>Importing the unit register…</source>
        <translation>Import rejestru lokali…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="121"/>
        <source>Imported %1 rows (encoding %2, separator „%3”).</source>
        <translation>Zaimportowano wiersze: %1 (kodowanie %2, separator „%3”).</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="124"/>
        <source>Estates</source>
        <translation>Zasoby</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="125"/>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="126"/>
        <source>Persons</source>
        <translation>Kontrahenci</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="127"/>
        <source>Titles</source>
        <translation>Tytuły prawne</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="128"/>
        <source>%1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1: nowe %2, zmienione %3, bez zmian %4.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="132"/>
        <source>Columns ignored: %1.</source>
        <translation>Pominięte kolumny: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/register_dialog.py" line="151"/>
        <source>%n account(s) still see a unit whose holder&apos;s title has ended; tick those to revoke:</source>
        <translation>
            <numerusform>%n konto nadal widzi lokal, do którego tytuł prawny wygasł; zaznacz dostępy do odebrania:</numerusform>
            <numerusform>%n konta nadal widzą lokal, do którego tytuł prawny wygasł; zaznacz dostępy do odebrania:</numerusform>
            <numerusform>%n kont nadal widzi lokal, do którego tytuł prawny wygasł; zaznacz dostępy do odebrania:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="153"/>
        <source>No account sees a unit whose holder&apos;s title has ended.</source>
        <translation>Żadne konto nie widzi lokalu, do którego tytuł prawny wygasł.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/register_dialog.py" line="188"/>
        <source>&amp;Revoke ticked access (%n)…</source>
        <translation>
            <numerusform>&amp;Odbierz zaznaczone dostępy (%n)…</numerusform>
            <numerusform>&amp;Odbierz zaznaczone dostępy (%n)…</numerusform>
            <numerusform>&amp;Odbierz zaznaczone dostępy (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="199"/>
        <source>Revoking access…</source>
        <translation>Odbieranie dostępu…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="202"/>
        <source>Access revoked: %1.</source>
        <translation>Odebrano dostęp: %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="203"/>
        <source>Not revoked — %1, %2: %3</source>
        <translation>Nie odebrano — %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="207"/>
        <source>Cancelled: the rest was not revoked.</source>
        <translation>Przerwano: pozostałych dostępów nie odebrano.</translation>
    </message>
</context>
<context>
    <name>RegisterImportForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/register_import_dialog.ui" line="14"/>
        <source>A CSV file exported by the accounting system</source>
        <translation>Plik CSV wyeksportowany z systemu księgowego</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/register_import_dialog.ui" line="21"/>
        <source>&amp;Choose file…</source>
        <translation>&amp;Wybierz plik…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/register_import_dialog.ui" line="34"/>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/register_import_dialog.ui" line="101"/>
        <source>Tick &amp;all</source>
        <translation>&amp;Zaznacz wszystkie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/register_import_dialog.ui" line="121"/>
        <source>&amp;Revoke ticked access…</source>
        <translation>&amp;Odbierz zaznaczone dostępy…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/register_import_dialog.ui" line="149"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="81"/>
        <source>Save the request register</source>
        <translation>Zapisz rejestr wniosków</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="84"/>
        <source>Type the login ID of the account.</source>
        <translation>Wpisz identyfikator logowania konta.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="88"/>
        <source>Save the audit extract</source>
        <translation>Zapisz wyciąg z dziennika</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="89"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="90"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="99"/>
        <source>Preparing the report…</source>
        <translation>Przygotowywanie zestawienia…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/reports.py" line="102"/>
        <source>Saved %1: %n request(s).</source>
        <translation>
            <numerusform>Zapisano %1: %n wniosek.</numerusform>
            <numerusform>Zapisano %1: %n wnioski.</numerusform>
            <numerusform>Zapisano %1: %n wniosków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/reports.py" line="103"/>
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
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="9"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="21"/>
        <source>Open requests:</source>
        <translation>Otwarte wnioski:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="38"/>
        <source>Overdue (open more than 14 days):</source>
        <translation>Zaległe (otwarte dłużej niż 14 dni):</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="55"/>
        <source>Letters produced today:</source>
        <translation>Pisma wytworzone dziś:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="72"/>
        <source>Letters of this session ready to print:</source>
        <translation>Pisma z tej sesji gotowe do druku:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="93"/>
        <source>Show &amp;overdue requests</source>
        <translation>Pokaż &amp;zaległe wnioski</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="100"/>
        <source>&amp;Print letters issued today… (Ctrl+Shift+P)</source>
        <translation>Druku&amp;j pisma wydane dziś… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="116"/>
        <source>Request register</source>
        <translation>Rejestr wniosków</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="122"/>
        <source>R&amp;eceived from:</source>
        <translation>Wpłynęły &amp;od:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="142"/>
        <source>&amp;to:</source>
        <translation>&amp;do:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="162"/>
        <source>Save the &amp;register as PDF…</source>
        <translation>Zapisz &amp;rejestr jako PDF…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="169"/>
        <source>Save the register as &amp;CSV…</source>
        <translation>Zapisz rejestr jako &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="186"/>
        <source>Audit extract of one account</source>
        <translation>Wyciąg z dziennika zdarzeń jednego konta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="192"/>
        <source>&amp;Login ID:</source>
        <translation>&amp;Identyfikator logowania:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="202"/>
        <source>e.g. 4821 0937</source>
        <translation>np. 4821 0937</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="209"/>
        <source>Save the e&amp;xtract as PDF…</source>
        <translation>Zapisz w&amp;yciąg jako PDF…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="216"/>
        <source>Save the extract as C&amp;SV…</source>
        <translation>Zapisz wyciąg jako CS&amp;V…</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="52"/>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="55"/>
        <location filename="../../iok_desk/ui/pages/requests.py" line="56"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="59"/>
        <source>any</source>
        <translation>dowolny</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="59"/>
        <source>older than 7 days</source>
        <translation>starsze niż 7 dni</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="60"/>
        <source>overdue (over 14 days)</source>
        <translation>zaległe (ponad 14 dni)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="61"/>
        <source>older than 30 days</source>
        <translation>starsze niż 30 dni</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="64"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="65"/>
        <source>Received</source>
        <translation>Wpłynął</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="66"/>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="68"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="69"/>
        <source>Channel</source>
        <translation>Sposób</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="70"/>
        <source>Applicant</source>
        <translation>Wnioskodawca</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="72"/>
        <source>Unit / login ID</source>
        <translation>Lokal / identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="74"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/requests.py" line="110"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n wniosek</numerusform>
            <numerusform>%n wnioski</numerusform>
            <numerusform>%n wniosków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/requests.py" line="111"/>
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
        <location filename="../../iok_desk/ui/forms/requests_page.ui" line="9"/>
        <source>Requests</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/requests_page.ui" line="21"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tan:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/requests_page.ui" line="34"/>
        <source>&amp;Kind:</source>
        <translation>Ro&amp;dzaj:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/requests_page.ui" line="47"/>
        <source>A&amp;ge:</source>
        <translation>&amp;Oczekuje:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/requests_page.ui" line="74"/>
        <source>V&amp;erify…</source>
        <translation>&amp;Rozpatrz…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/requests_page.ui" line="67"/>
        <source>&amp;Log a request… (Ctrl+N)</source>
        <translation>&amp;Zarejestruj wniosek… (Ctrl+N)</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="338"/>
        <source>Revoke access</source>
        <translation>Odebranie dostępu</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="340"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Odbierz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="344"/>
        <source>the whole account (final)</source>
        <translation>całego konta (ostatecznie)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="358"/>
        <source>The login ID is never given to anyone again.</source>
        <translation>Identyfikator nie zostanie już nikomu nadany.</translation>
    </message>
</context>
<context>
    <name>RevokeForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/revoke_dialog.ui" line="21"/>
        <source>Revoke access &amp;to:</source>
        <translation>Odebrać dostęp &amp;do:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/revoke_dialog.ui" line="34"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Powód:</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="51"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="52"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="53"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="54"/>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="55"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="56"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="96"/>
        <source>Type in the box above to find an account.</source>
        <translation>Wpisz w pole powyżej, aby znaleźć konto.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="104"/>
        <source>Login ID: %1 of 8 digits</source>
        <translation>Identyfikator: %1 z 8 cyfr</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="106"/>
        <source>✓ Check digit correct: %1</source>
        <translation>✓ Cyfra kontrolna poprawna: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="110"/>
        <source>✗ Wrong check digit — was a digit misheard or two swapped?</source>
        <translation>✗ Błędna cyfra kontrolna — czy któraś cyfra nie została źle usłyszana lub dwie przestawione?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/search_panel.py" line="138"/>
        <source>%n account(s) found</source>
        <translation>
            <numerusform>Znaleziono %n konto</numerusform>
            <numerusform>Znaleziono %n konta</numerusform>
            <numerusform>Znaleziono %n kont</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="140"/>
        <source>(first %1 shown; type more to narrow)</source>
        <translation>(pokazano pierwsze %1; wpisz więcej, aby zawęzić)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="143"/>
        <source>Nothing found.</source>
        <translation>Nic nie znaleziono.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="27"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="34"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="36"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="9"/>
        <source>Letterhead</source>
        <translation>Nagłówek pism</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="17"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organizacja:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="30"/>
        <source>&amp;Department:</source>
        <translation>&amp;Dział:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="43"/>
        <source>S&amp;treet:</source>
        <translation>&amp;Ulica:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="56"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Kod pocztowy:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="69"/>
        <source>&amp;City:</source>
        <translation>&amp;Miejscowość:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="82"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="95"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="108"/>
        <source>&amp;Website:</source>
        <translation>&amp;Strona WWW:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="121"/>
        <source>Portal &amp;address:</source>
        <translation>&amp;Adres portalu:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="134"/>
        <source>Office ho&amp;urs:</source>
        <translation>&amp;Godziny przyjęć:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/settings_dialog.ui" line="154"/>
        <source>First password &amp;valid for (days):</source>
        <translation>&amp;Ważność hasła do pierwszego logowania (dni):</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="65"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="66"/>
        <source>Estate</source>
        <translation>Zasób</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="67"/>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="68"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="74"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="74"/>
        <source>Title</source>
        <translation>Tytuł prawny</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="75"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="75"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="76"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="76"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="77"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/units.py" line="89"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n lokal</numerusform>
            <numerusform>%n lokale</numerusform>
            <numerusform>%n lokali</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="164"/>
        <source>Select an account that still sees the unit.</source>
        <translation>Zaznacz konto, które nadal ma dostęp do lokalu.</translation>
    </message>
</context>
<context>
    <name>UnitsPageForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/units_page.ui" line="9"/>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/units_page.ui" line="21"/>
        <source>F&amp;ilter:</source>
        <translation>&amp;Filtr:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/units_page.ui" line="31"/>
        <source>street, number, accounting key…</source>
        <translation>ulica, numer, klucz księgowy…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/units_page.ui" line="71"/>
        <source>Legal titles in the register:</source>
        <translation>Tytuły prawne w rejestrze:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/units_page.ui" line="91"/>
        <source>Accounts that still see this unit:</source>
        <translation>Konta, które nadal mają dostęp do lokalu:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/units_page.ui" line="126"/>
        <source>&amp;Open account</source>
        <translation>&amp;Otwórz konto</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/units_page.ui" line="133"/>
        <source>&amp;Revoke access after sale…</source>
        <translation>Odbierz &amp;dostęp po sprzedaży…</translation>
    </message>
</context>
<context>
    <name>VerifyRequestDialog</name>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="255"/>
        <source>Request %1</source>
        <translation>Wniosek %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="273"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="273"/>
        <source>Title</source>
        <translation>Tytuł prawny</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="273"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="273"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="316"/>
        <source>OVERDUE</source>
        <translation>ZALEGŁY</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="326"/>
        <source>Titles to %1:</source>
        <translation>Tytuły prawne do lokalu %1:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="328"/>
        <source>This request names no unit.</source>
        <translation>Wniosek nie wskazuje lokalu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="303"/>
        <source>✓ %1 holds a legal title to this unit valid today.</source>
        <translation>✓ %1 ma ważny dziś tytuł prawny do tego lokalu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="304"/>
        <source>✗ %1&apos;s title to this unit is not valid today.</source>
        <translation>✗ Tytuł prawny osoby %1 do tego lokalu nie jest dziś ważny.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="306"/>
        <source>✗ %1 holds no title to this unit.</source>
        <translation>✗ %1 nie ma tytułu prawnego do tego lokalu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="307"/>
        <source>✗ The unit is not in the register.</source>
        <translation>✗ Lokalu nie ma w rejestrze.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="355"/>
        <source>Not possible for a request that is %1.</source>
        <translation>Niemożliwe dla wniosku w stanie „%1”.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="364"/>
        <source>Only a request waiting for information can be resumed.</source>
        <translation>Wznowić można tylko wniosek czekający na uzupełnienie.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="367"/>
        <source>&amp;Issue credentials…</source>
        <translation>&amp;Wydaj dane do logowania…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="368"/>
        <source>A&amp;dd the unit to the account</source>
        <translation>&amp;Dodaj lokal do konta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="369"/>
        <source>&amp;Block the account</source>
        <translation>&amp;Zablokuj konto</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="370"/>
        <source>Re&amp;voke the access</source>
        <translation>O&amp;dbierz dostęp</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="374"/>
        <source>A request is carried out once it is approved.</source>
        <translation>Wniosek realizuje się po zatwierdzeniu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="378"/>
        <source>The decision letter quotes the reason of a rejected request.</source>
        <translation>Pismo o odmowie przytacza uzasadnienie odrzuconego wniosku.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="429"/>
        <source>The unit was added to the person&apos;s account %1; no new letter is needed.</source>
        <translation>Lokal dodano do konta %1 tej osoby; nowe pismo nie jest potrzebne.</translation>
    </message>
</context>
<context>
    <name>VerifyRequestForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="12"/>
        <source>The request</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="21"/>
        <source>Number:</source>
        <translation>Numer:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="44"/>
        <source>Status:</source>
        <translation>Stan:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="67"/>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="90"/>
        <source>Channel:</source>
        <translation>Sposób złożenia:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="113"/>
        <source>Received:</source>
        <translation>Wpłynął:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="136"/>
        <source>Applicant:</source>
        <translation>Wnioskodawca:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="159"/>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="182"/>
        <source>Unit:</source>
        <translation>Lokal:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="205"/>
        <source>Login ID:</source>
        <translation>Identyfikator:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="228"/>
        <source>Note:</source>
        <translation>Uwagi:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="251"/>
        <source>Decision / missing:</source>
        <translation>Decyzja / braki:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="280"/>
        <source>The unit register</source>
        <translation>Rejestr lokali</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="329"/>
        <source>Reaso&amp;n for rejection, or what is missing:</source>
        <translation>&amp;Uzasadnienie odmowy albo czego brakuje:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="374"/>
        <source>Information recei&amp;ved</source>
        <translation>Uzupełnio&amp;no</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="364"/>
        <source>As&amp;k for information</source>
        <translation>W&amp;ezwij do uzupełnienia</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="384"/>
        <source>&amp;Approve</source>
        <translation>&amp;Zatwierdź</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="394"/>
        <source>&amp;Reject</source>
        <translation>&amp;Odrzuć</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="404"/>
        <source>&amp;Issue credentials…</source>
        <translation>&amp;Wydaj dane do logowania…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="414"/>
        <source>Print &amp;decision letter…</source>
        <translation>Drukuj &amp;pismo o odmowie…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/verify_request_dialog.ui" line="431"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
</TS>
