<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_GB">
<context>
    <name>AccountDialog</name>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="79"/>
        <location filename="../../iok_desk/ui/account_view.py" line="314"/>
        <source>Account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="123"/>
        <source>Block confirma&amp;tion…</source>
        <translation>Po&amp;twierdzenie blokady…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="126"/>
        <source>Print the block&apos;s confirmation letter to the resident; that it was sent is recorded.</source>
        <translation>Drukuje potwierdzenie blokady na adres mieszkańca; wysłanie zostaje odnotowane.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="136"/>
        <source>Unit</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="136"/>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="137"/>
        <source>Granted</source>
        <translation>Przyznano</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="137"/>
        <source>Revoked</source>
        <translation>Odebrano</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="138"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="138"/>
        <source>Clerk</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="139"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="173"/>
        <source>Status: %1</source>
        <translation>Stan: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="181"/>
        <source>changed by the resident</source>
        <translation>zmienione przez mieszkańca</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="243"/>
        <source>The account is revoked; that is final.</source>
        <translation>Konto jest odebrane; to stan ostateczny.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="246"/>
        <source>A new login ID is issued only after a block; the account is %1.</source>
        <translation>Nowy identyfikator wydaje się tylko po zablokowaniu; konto jest w stanie „%1”.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="249"/>
        <source>Select a unit the account still sees in the Units tab.</source>
        <translation>Zaznacz na karcie Lokale lokal, do którego konto ma jeszcze dostęp.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="254"/>
        <source>A unit is added only to a live account; the account is %1.</source>
        <translation>Lokal dodaje się tylko do czynnego konta; konto jest w stanie „%1”.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="284"/>
        <source>New login ID</source>
        <translation>Nowy identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="285"/>
        <source>Retire account %1 for good and issue a new login ID and first password for %2? The letter opens in the print preview.</source>
        <translation>Zamknąć na stałe konto %1 i wydać nowy identyfikator oraz hasło do pierwszego logowania dla: %2? Pismo otworzy się w podglądzie wydruku.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="109"/>
        <source>New &amp;first password…</source>
        <translation>Nowe &amp;hasło startowe…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="318"/>
        <source>Not carried over to the new account — the legal title has ended: %1.</source>
        <translation>Nie przeniesiono na nowe konto — tytuł prawny wygasł: %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="258"/>
        <source>A new first password for the same login ID only while nobody has logged in with it; after a block a new login ID is issued.</source>
        <translation>Nowe hasło do pierwszego logowania dla tego samego identyfikatora tylko, dopóki nikt się nim nie zalogował; po blokadzie wydaje się nowy identyfikator.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="356"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="98"/>
        <source>This account sees no unit.</source>
        <translation>To konto nie widzi żadnego lokalu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="99"/>
        <source>Nothing has happened to this account yet.</source>
        <translation>Z tym kontem nic się jeszcze nie działo.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="100"/>
        <source>No request names this account.</source>
        <translation>Żaden wniosek nie dotyczy tego konta.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="101"/>
        <source>No letter has been made for this account.</source>
        <translation>Dla tego konta nie sporządzono jeszcze żadnego pisma.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="116"/>
        <source>Pe&amp;rson&apos;s record…</source>
        <translation>Dane &amp;osoby…</translation>
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
        <location filename="../../iok_desk/ui/pages/accounts.py" line="47"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="52"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="53"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="54"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="55"/>
        <source>Issued</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="56"/>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="57"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/accounts.py" line="79"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n konto</numerusform>
            <numerusform>%n konta</numerusform>
            <numerusform>%n kont</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="107"/>
        <source>Select the account to revoke.</source>
        <translation>Zaznacz konto do odebrania.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/accounts.py" line="109"/>
        <source>Account %1 is already revoked.</source>
        <translation>Konto %1 jest już odebrane.</translation>
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
        <location filename="../../iok_desk/ui/actions.py" line="103"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/actions.py" line="104"/>
        <source>The import was cancelled; nothing was saved.</source>
        <translation>Import przerwano; nic nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>AddUnitDialog</name>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="432"/>
        <source>Add a unit</source>
        <translation>Dodaj lokal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="434"/>
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
        <location filename="../../iok_desk/ui/app.py" line="66"/>
        <source>Unexpected error in IOK Desk. Nothing half-done was saved. Please pass the details to the administrator.</source>
        <translation>Nieoczekiwany błąd IOK Desk. Nic niedokończonego nie zostało zapisane. Przekaż szczegóły administratorowi.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="56"/>
        <source>TRIAL on this computer, demo data</source>
        <translation>WERSJA PRÓBNA na tym komputerze, dane demonstracyjne</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="131"/>
        <source>IOK Desk %1
Access to the resident portal IOK, MSM Gdynia.

Database: %2</source>
        <translation>IOK Desk %1
Dostęp mieszkańców do IOK, MSM Gdynia.

Baza danych: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="134"/>
        <source>About IOK Desk</source>
        <translation>O programie IOK Desk</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="77"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="78"/>
        <source>Choose another database…</source>
        <translation>Wybierz inną bazę…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="143"/>
        <source>Save a backup copy of the trial database? (Asked once a week.)</source>
        <translation>Zapisać kopię zapasową bazy próbnej? (Pytanie raz w tygodniu.)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/app.py" line="148"/>
        <source>Backup of the trial database</source>
        <translation>Kopia zapasowa bazy próbnej</translation>
    </message>
</context>
<context>
    <name>AttachmentPreviewDialog</name>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="233"/>
        <source>Attachment %1</source>
        <translation>Załącznik %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="261"/>
        <source>The image cannot be shown.</source>
        <translation>Nie można wyświetlić obrazu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="273"/>
        <source>An iPhone photo (HEIC) the desk cannot decode. Save it and open it in the system&apos;s photo viewer.</source>
        <translation>Zdjęcia z iPhone’a (HEIC) nie da się odczytać. Zapisz je i otwórz w przeglądarce zdjęć systemu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="284"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="295"/>
        <source>From: %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="297"/>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="299"/>
        <source>Sent: %1</source>
        <translation>Wysłano: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="300"/>
        <source>Attachment %1: %2</source>
        <translation>Załącznik %1: %2</translation>
    </message>
</context>
<context>
    <name>AttachmentPreviewForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/attachment_preview_dialog.ui" line="39"/>
        <source>The attachment as text</source>
        <translation>Załącznik jako tekst</translation>
    </message>
</context>
<context>
    <name>AttachmentsPanel</name>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="95"/>
        <source>%1 (%2, added %3)</source>
        <translation>%1 (%2, dodano %3)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="101"/>
        <source>%1 (%2, attached when the request is registered)</source>
        <translation>%1 (%2, zostanie dołączony przy rejestracji wniosku)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="118"/>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="119"/>
        <source>Scans and messages (*.pdf *.jpg *.jpeg *.png *.eml);;All files (*)</source>
        <translation>Skany i wiadomości (*.pdf *.jpg *.jpeg *.png *.eml);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/attachments.py" line="141"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/attachments_panel.ui" line="9"/>
        <source>Attachments (drop PDF, JPEG, PNG, HEIC, .eml or .msg files here)</source>
        <translation>Załączniki (upuść tutaj pliki PDF, JPEG, PNG, HEIC, .eml lub .msg)</translation>
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
        <location filename="../../iok_desk/ui/pages/audit.py" line="69"/>
        <location filename="../../iok_desk/ui/pages/audit.py" line="70"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="75"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="77"/>
        <source>Clerk</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="78"/>
        <source>Workstation</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="79"/>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="80"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="82"/>
        <source>Request</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="83"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/audit.py" line="181"/>
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n zdarzenie</numerusform>
            <numerusform>%n zdarzenia</numerusform>
            <numerusform>%n zdarzeń</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="189"/>
        <source>The audit trail keeps every event: nothing in it can be deleted.</source>
        <translation>Dziennik zdarzeń zachowuje każde zdarzenie: niczego z niego nie można usunąć.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="201"/>
        <source>Export audit trail</source>
        <translation>Eksport dziennika zdarzeń</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="202"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="212"/>
        <source>Exporting the audit trail…</source>
        <translation>Eksport dziennika zdarzeń…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="217"/>
        <source>Exported %1 event(s) to %2</source>
        <translation>Wyeksportowano zdarzeń: %1 do pliku %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="86"/>
        <source>Audit trail events</source>
        <translation>Zdarzenia dziennika</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="156"/>
        <source>The From day is after the To day: no day lies between them. Swap the days or choose others.</source>
        <translation>Dzień „Od” jest późniejszy niż dzień „Do”: między nimi nie ma żadnego dnia. Zamień daty albo wybierz inne.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/audit.py" line="163"/>
        <source>No event matches the filter on these days.</source>
        <translation>W tych dniach nie ma zdarzeń zgodnych z filtrem.</translation>
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
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="23"/>
        <source>&amp;Clerk:</source>
        <translation>&amp;Pracownik:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="49"/>
        <source>Login &amp;ID:</source>
        <translation>&amp;Identyfikator:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="36"/>
        <source>Actio&amp;n:</source>
        <translation>&amp;Czynność:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="77"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="97"/>
        <source>&amp;To:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="117"/>
        <source>Sho&amp;w</source>
        <translation>Pok&amp;aż</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="131"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksport CSV…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/audit_page.ui" line="184"/>
        <source>Load &amp;more</source>
        <translation>Wczytaj więce&amp;j</translation>
    </message>
</context>
<context>
    <name>BlockDialog</name>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="56"/>
        <source>Block account %1</source>
        <translation>Blokada konta %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="71"/>
        <source>&amp;Block now</source>
        <translation>&amp;Zablokuj teraz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="81"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="130"/>
        <source>(no unit)</source>
        <translation>(bez lokalu)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="157"/>
        <source>Account %1 was already blocked on %2; this report was recorded.</source>
        <translation>Konto %1 było już zablokowane %2; zgłoszenie zostało odnotowane.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="160"/>
        <source>Blocked account %1 on %2. Portal sessions end at once.</source>
        <translation>Zablokowano konto %1 — %2. Otwarte sesje w portalu wygasają natychmiast.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="73"/>
        <source>Confirmation &amp;letter…</source>
        <translation>Potwierdzenie &amp;listem…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="76"/>
        <source>A short letter to the resident&apos;s address: what was blocked, when, at whose call and how to get a new login. Printing it is recorded.</source>
        <translation>Krótkie pismo na adres mieszkańca: co zablokowano, kiedy, na czyje zgłoszenie i jak otrzymać nowy dostęp. Wydruk zostaje odnotowany.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="91"/>
        <source>— choose how —</source>
        <translation>— wybierz sposób —</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="150"/>
        <source>Block of account %1 for abuse proposed: it takes effect when another clerk, a supervisor, countersigns it in the account view.</source>
        <translation>Zaproponowano blokadę konta %1 z powodu nadużycia: obowiązuje dopiero po kontrasygnacie innego pracownika — kierownika — w widoku konta.</translation>
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
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="156"/>
        <source>&amp;Note:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="139"/>
        <source>Caller &amp;verified:</source>
        <translation>&amp;Sprawdzono:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/block_dialog.ui" line="149"/>
        <source>How you made sure the caller is the resident: required before a block.</source>
        <translation>Jak upewniono się, że dzwoni mieszkaniec: wymagane przed blokadą.</translation>
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
        <location filename="../../iok_desk/ui/email_import.py" line="85"/>
        <source>No e-mail, Outlook message, PDF form or scan among the dropped files.</source>
        <translation>Wśród upuszczonych plików nie ma wiadomości e-mail, wiadomości programu Outlook, formularza PDF ani skanu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/email_import.py" line="95"/>
        <source>Importing %n e-mail(s)…</source>
        <translation>
            <numerusform>Importowanie %n wiadomości…</numerusform>
            <numerusform>Importowanie %n wiadomości…</numerusform>
            <numerusform>Importowanie %n wiadomości…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="99"/>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać pliku %1: %2</translation>
    </message>
</context>
<context>
    <name>FailedLoginsDialog</name>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="237"/>
        <location filename="../../iok_desk/ui/portal_panel.py" line="244"/>
        <source>Accounts with many failed logins</source>
        <translation>Konta z wieloma nieudanymi logowaniami</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="246"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="246"/>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="246"/>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="246"/>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="247"/>
        <source>Last successful login</source>
        <translation>Ostatnie udane logowanie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="257"/>
        <source>&amp;Open account</source>
        <translation>&amp;Otwórz konto</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="262"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/portal_panel.py" line="278"/>
        <source>%n account(s) with %1 or more failed logins since their last successful one. Check who calls before anything else; offer a block.</source>
        <translation>
            <numerusform>%n konto ma %1 lub więcej nieudanych logowań od ostatniego udanego. Najpierw sprawdź, kto dzwoni; zaproponuj blokadę.</numerusform>
            <numerusform>%n konta mają %1 lub więcej nieudanych logowań od ostatniego udanego. Najpierw sprawdź, kto dzwoni; zaproponuj blokadę.</numerusform>
            <numerusform>%n kont ma %1 lub więcej nieudanych logowań od ostatniego udanego. Najpierw sprawdź, kto dzwoni; zaproponuj blokadę.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="283"/>
        <source>No account has %1 or more failed logins since its last successful one (the threshold is a setting).</source>
        <translation>Żadne konto nie ma %1 lub więcej nieudanych logowań od ostatniego udanego (próg jest ustawieniem).</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="287"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
</context>
<context>
    <name>FirstFrame</name>
    <message>
        <location filename="../../iok_desk/ui/launch.py" line="68"/>
        <source>Connecting to the database…</source>
        <translation>Łączenie z bazą danych…</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="48"/>
        <source>IOK Desk — first start</source>
        <translation>IOK Desk — pierwsze uruchomienie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="49"/>
        <source>No database is set up on this computer yet. How do you want to start?</source>
        <translation>Na tym komputerze nie ustawiono jeszcze bazy danych. Jak chcesz zacząć?</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="54"/>
        <source>Your &amp;login in IOK Desk:</source>
        <translation>Twój &amp;login w IOK Desk:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="55"/>
        <source>&amp;Try it on this computer (a trial database with demo data; nothing reaches the office)</source>
        <translation>&amp;Wypróbuj na tym komputerze (baza próbna z danymi demonstracyjnymi; nic nie trafia do biura)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="57"/>
        <source>&amp;Connect to the office database</source>
        <translation>&amp;Połącz z bazą danych biura</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="59"/>
        <source>Office database</source>
        <translation>Baza danych biura</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="67"/>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="68"/>
        <source>&amp;Database:</source>
        <translation>&amp;Baza:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="69"/>
        <source>Database l&amp;ogin:</source>
        <translation>L&amp;ogin do bazy:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="70"/>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="71"/>
        <source>The password is kept only in the system keyring.</source>
        <translation>Hasło jest przechowywane tylko w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="83"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/first_run.py" line="80"/>
        <source>St&amp;art</source>
        <translation>&amp;Rozpocznij</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="414"/>
        <source>Hand over letter %1</source>
        <translation>Wydanie pisma %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="416"/>
        <source>Letter %1 for %2 (login ID %3).</source>
        <translation>Pismo %1 dla: %2 (identyfikator %3).</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="422"/>
        <source>&amp;Received by (name as on the ID):</source>
        <translation>&amp;Odebrał(a) (imię i nazwisko jak w dokumencie):</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="427"/>
        <source>ID &amp;checked by:</source>
        <translation>Dokument tożsamości &amp;sprawdził(a):</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="431"/>
        <source>no scan</source>
        <translation>bez skanu</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="433"/>
        <source>&amp;Attach scan…</source>
        <translation>&amp;Dołącz skan…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="438"/>
        <source>Signed strip:</source>
        <translation>Podpisane pokwitowanie:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="442"/>
        <source>&amp;Hand over</source>
        <translation>&amp;Wydaj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="446"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="452"/>
        <source>Scan of the signed strip</source>
        <translation>Skan podpisanego pokwitowania</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="453"/>
        <source>Scans (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>Skany (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="18"/>
        <source>Finding an account</source>
        <translation>Wyszukiwanie konta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="27"/>
        <source>Requests</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="36"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="44"/>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="53"/>
        <source>Audit trail</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="60"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="68"/>
        <source>The letter register: every credential letter by its number (PL/year/number) and where it is. A first password works only once its letter is handed over in person (7 days) or posted (14 days).

Select a letter and record it handed over (who received it, which clerk checked the ID, the scan of the signed strip), posted (the registered-mail number), returned or voided. Drop scans of signed strips on the page to record their letters handed over. Print the day&apos;s dispatch list for the post office; the reconciliation shows what is still in the office. Unused first passwords: select accounts to give each a new one (all letters in one preview) or to close them. Delete voids the selected letter: the dialog asks for the reason first.</source>
        <translation>Rejestr pism: każde pismo z hasłem pod swoim numerem (PL/rok/numer) i to, gdzie jest. Hasło do pierwszego logowania działa dopiero, gdy pismo zostanie wydane osobiście (7 dni) albo nadane pocztą (14 dni).

Zaznacz pismo i odnotuj jego wydanie (kto odebrał, który pracownik sprawdził dokument tożsamości, skan podpisanego pokwitowania), nadanie (numer listu poleconego), zwrot albo unieważnienie. Upuść na stronę skany podpisanych pokwitowań, aby odnotować wydanie ich pism. Wydrukuj zestawienie nadawcze dnia dla poczty; uzgodnienie pokazuje, co jest jeszcze w biurze. Nieużywane hasła: zaznacz konta, aby każdemu wydać nowe (wszystkie pisma w jednym podglądzie) albo je zamknąć. Delete unieważnia zaznaczone pismo: okno najpierw pyta o powód.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="96"/>
        <source>F1 — help for this page
F2, Enter — open the selected row
F3, Ctrl+K — find an account
F5 — refresh
F6 — export the list to CSV
F7, Ctrl+E — import e-mails
F8, Ctrl+B — block the account found
Insert, Ctrl+N — log a request
Delete — reject the selected request, revoke the selected account or void the selected letter (asks first)
Ctrl+P — print the list
Ctrl+1 … Ctrl+7 — a page, with the focus in its list
Tab — the next field (out of a list too)
Ctrl+Q — quit</source>
        <translation>F1 — pomoc do tej strony
F2, Enter — otwórz zaznaczony wiersz
F3, Ctrl+K — szukaj konta
F5 — odśwież
F6 — eksport listy do CSV
F7, Ctrl+E — import e-maili
F8, Ctrl+B — zablokuj znalezione konto
Insert, Ctrl+N — zarejestruj wniosek
Delete — odrzuć zaznaczony wniosek, odbierz zaznaczone konto albo unieważnij zaznaczone pismo (najpierw pyta)
Ctrl+P — drukuj listę
Ctrl+1 … Ctrl+7 — strona, z kursorem na jej liście
Tab — następne pole (także z listy)
Ctrl+Q — zakończ</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="28"/>
        <source>The queue of residents&apos; written requests. Filter by status, kind and age; overdue requests are red with ⚠: open longer than 14 days, the office&apos;s own target (the cooperative&apos;s rules set no deadline).

Insert logs a new request. Enter or F2 opens the selected one to verify it. Delete rejects it, after asking for the reason. A click on a column header sorts by it.</source>
        <translation>Kolejka pisemnych wniosków mieszkańców. Filtruj według stanu, rodzaju i wieku; wnioski zaległe są czerwone i oznaczone ⚠: otwarte dłużej niż 14 dni, czyli własny cel biura (regulamin IOK nie wyznacza terminu).

Insert rejestruje nowy wniosek. Enter lub F2 otwiera zaznaczony wniosek do rozpatrzenia. Delete odrzuca go, po pytaniu o uzasadnienie. Kliknięcie nagłówka kolumny sortuje według niej.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="19"/>
        <source>Type a login ID, a surname, a unit address, a phone number or an e-mail address in the Find box (Ctrl+K or F3). The results show as you type: first the accounts whose surname, login ID or address begins with what you typed, then those where it appears elsewhere; revoked accounts last.

Enter or F2 opens the account chosen with ↑ ↓. Ctrl+B or F8 blocks it, once the results of what you typed are in. Esc empties the box.</source>
        <translation>Wpisz w polu Szukaj (Ctrl+K lub F3) identyfikator logowania, nazwisko, adres lokalu, numer telefonu albo adres e-mail. Wyniki pojawiają się w trakcie pisania: najpierw konta, których nazwisko, identyfikator logowania lub adres zaczyna się od wpisanego tekstu, potem te, w których występuje on gdzie indziej; konta odebrane na końcu.

Enter lub F2 otwiera konto wybrane strzałkami ↑ ↓. Ctrl+B lub F8 blokuje je, gdy tylko są wyniki tego, co wpisano. Esc czyści pole.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="37"/>
        <source>Every portal account. Filter by surname, address or login ID and by status; blocked and revoked accounts are marked with colour and an icon.

Enter or F2 opens the selected account: its units, letters and history. Delete opens the revoke dialog for it; nothing changes until you choose a reason and Revoke. A click on a column header sorts by it.</source>
        <translation>Wszystkie konta serwisu IOK. Filtruj według nazwiska, adresu lub identyfikatora logowania oraz stanu; konta zablokowane i odebrane są oznaczone kolorem i ikoną.

Enter lub F2 otwiera zaznaczone konto: jego lokale, pisma i historię. Delete otwiera dla niego okno odebrania konta; nic się nie zmienia, dopóki nie wybierzesz powodu i nie naciśniesz Odbierz. Kliknięcie nagłówka kolumny sortuje według niej.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="45"/>
        <source>The unit register imported from accounting. Choose a unit to see its legal titles and the accounts that still see it.

After a sale, select the former owner&apos;s account and choose Revoke access after sale (or press Delete; the dialog asks first). F2 opens the account selected in the panel. A click on a column header sorts the units by it, addresses and numbers in natural order.</source>
        <translation>Rejestr lokali przejęty z księgowości. Wybierz lokal, aby zobaczyć tytuły prawne do niego i konta, które nadal go widzą.

Po sprzedaży zaznacz konto poprzedniego właściciela i wybierz Odbierz dostęp po sprzedaży (albo naciśnij Delete; okno najpierw pyta). F2 otwiera konto zaznaczone w panelu. Kliknięcie nagłówka kolumny sortuje lokale według niej, adresy i numery w naturalnej kolejności.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="54"/>
        <source>Everything the desk and the portal did, newest first. Filter by clerk, action, login ID and days, then choose Show.

Enter or F2 opens the account of the selected event. Export CSV saves every event the filter matches. Delete changes nothing: the trail keeps every event.</source>
        <translation>Wszystko, co zrobiły stanowisko i serwis IOK, od najnowszych. Filtruj według pracownika, czynności, identyfikatora logowania i dni, potem wybierz Pokaż.

Enter lub F2 otwiera konto zaznaczonego zdarzenia. Eksport CSV zapisuje wszystkie zdarzenia zgodne z filtrem. Delete niczego nie zmienia: dziennik zachowuje każde zdarzenie.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="61"/>
        <source>Figures for the supervisor, and the registers to print or to save as PDF or CSV. The 14 days the overview and the monthly report measure against are the office&apos;s own target: the cooperative&apos;s rules set no deadline.</source>
        <translation>Liczby dla kierownika oraz rejestry do wydruku lub zapisania jako PDF albo CSV. 14 dni, z którymi przegląd i raport miesięczny porównują czas załatwienia, to własny cel biura: regulamin IOK nie wyznacza terminu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="67"/>
        <source>Letters</source>
        <translation>Pisma</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="81"/>
        <source>Mail</source>
        <translation>Poczta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="82"/>
        <source>New messages in the office mailbox and requests sent through the electronic form, each with the request read from it and what is missing.

Register opens the request form filled in; attach a reply or a second message to its request; dismiss what is no request. A message dealt with here leaves every desk&apos;s list.

An administrator sets the mailbox up in Desk ▸ Mail settings; a request that came by e-mail is answered from its view (Reply by e-mail).</source>
        <translation>Nowe wiadomości w skrzynce biura i wnioski wysłane formularzem elektronicznym, każda z odczytanym wnioskiem i tym, czego brakuje.

Zarejestruj otwiera wypełniony formularz wniosku; odpowiedź albo drugą wiadomość dołącz do jej wniosku; odrzuć to, co nie jest wnioskiem. Wiadomość obsłużona tutaj znika z listy na każdym stanowisku.

Skrzynkę ustawia administrator w menu Biuro ▸ Ustawienia poczty; na wniosek, który wpłynął e-mailem, odpowiada się z jego widoku (Odpowiedz e-mailem).</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/help.py" line="124"/>
        <source>Keyboard</source>
        <translation>Klawiatura</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="130"/>
        <source>E-mail import</source>
        <translation>Import wiadomości e-mail</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="138"/>
        <source>Registered: %1. Need attention: %2. Already registered: %3.</source>
        <translation>Zarejestrowano: %1. Wymaga uwagi: %2. Zarejestrowane wcześniej: %3.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="142"/>
        <source>Cancelled: the remaining files were not imported.</source>
        <translation>Przerwano: pozostałe pliki nie zostały zaimportowane.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="147"/>
        <source>✓ %1 → %2</source>
        <translation>✓ %1 → %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="150"/>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="153"/>
        <source>= %1: %2</source>
        <translation>= %1: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/email_import.py" line="158"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ImportSummaryForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/import_summary_dialog.ui" line="19"/>
        <source>What each message became</source>
        <translation>Co stało się z każdą wiadomością</translation>
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
        <source>Credential letters of this session (%1)</source>
        <translation>Pisma z danymi do logowania z tej sesji (%1)</translation>
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
    <message>
        <location filename="../../iok_desk/ui/block_dialog.py" line="187"/>
        <source>Block confirmation %1</source>
        <translation>Potwierdzenie blokady %1</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="91"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="102"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="102"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="102"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="102"/>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="103"/>
        <location filename="../../iok_desk/ui/pages/letters.py" line="109"/>
        <source>Printed</source>
        <translation>Wydrukowano</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="103"/>
        <source>Printed by</source>
        <translation>Wydrukował(a)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="103"/>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="109"/>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="109"/>
        <source>Clerk</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="109"/>
        <source>Handed over</source>
        <translation>Wydane osobiście</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="110"/>
        <location filename="../../iok_desk/ui/pages/letters.py" line="333"/>
        <source>Posted</source>
        <translation>Nadane pocztą</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="110"/>
        <source>Returned</source>
        <translation>Zwrócone</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="110"/>
        <source>Voided</source>
        <translation>Unieważnione</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="111"/>
        <source>Still in the office</source>
        <translation>Nadal w biurze</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="135"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="137"/>
        <source>Letter register</source>
        <translation>Rejestr pism</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="147"/>
        <source>printed, in the office</source>
        <translation>wydrukowane, w biurze</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="148"/>
        <source>handed over</source>
        <translation>wydane osobiście</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="149"/>
        <source>posted</source>
        <translation>nadane pocztą</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="150"/>
        <source>returned undelivered</source>
        <translation>zwrócone przez pocztę</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="151"/>
        <source>voided</source>
        <translation>unieważnione</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="169"/>
        <source>The start date is after the end date.</source>
        <translation>Data początkowa jest późniejsza niż końcowa.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="191"/>
        <source>first password until %1</source>
        <translation>hasło ważne do %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="220"/>
        <source>Every letter %1 printed on %2 has left the office.</source>
        <translation>Każde pismo wydrukowane przez %1 dnia %2 opuściło już biuro.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="230"/>
        <source>Still in the office from %1 on %2: %3</source>
        <translation>Nadal w biurze (%1, %2): %3</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="288"/>
        <source>Letter %1 handed over; the first password works from now on.</source>
        <translation>Pismo %1 wydane; hasło do pierwszego logowania działa od teraz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/letters.py" line="314"/>
        <source>Read %n signed strip(s)</source>
        <translation>
            <numerusform>Odczytano %n pokwitowanie</numerusform>
            <numerusform>Odczytano %n pokwitowania</numerusform>
            <numerusform>Odczytano %n pokwitowań</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="318"/>
        <source>page %1</source>
        <translation>strona %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="326"/>
        <source>Reading the scans…</source>
        <translation>Odczytywanie skanów…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="334"/>
        <source>Registered mail number of letter %1:</source>
        <translation>Numer nadania listu poleconego z pismem %1:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="340"/>
        <source>Letter %1 posted; the first password works from now on.</source>
        <translation>Pismo %1 nadane; hasło do pierwszego logowania działa od teraz.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="345"/>
        <source>Did the post bring letter %1 back undelivered? Its first password stops working.</source>
        <translation>Czy poczta zwróciła pismo %1 jako niedoręczone? Hasło z tego pisma przestanie działać.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="350"/>
        <source>Letter %1 returned; issue a new first password or close the account.</source>
        <translation>Pismo %1 zwrócone; wydaj nowe hasło do pierwszego logowania albo zamknij konto.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="357"/>
        <source>Void</source>
        <translation>Unieważnij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="358"/>
        <source>Why is letter %1 voided (misprint, lost, destroyed)?</source>
        <translation>Dlaczego pismo %1 jest unieważniane (błąd wydruku, zgubione, zniszczone)?</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="363"/>
        <source>Letter %1 voided.</source>
        <translation>Pismo %1 unieważnione.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="370"/>
        <source>Select the letter to void.</source>
        <translation>Zaznacz pismo do unieważnienia.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="372"/>
        <source>Letter %1 is %2 and can no longer be voided.</source>
        <translation>Pismo %1 jest w stanie „%2” i nie można go już unieważnić.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="379"/>
        <source>Save the dispatch list</source>
        <translation>Zapisz książkę nadawczą</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/letters.py" line="395"/>
        <source>Saved %1: %n letter(s) posted on the day.</source>
        <translation>
            <numerusform>Zapisano %1: %n pismo nadane tego dnia.</numerusform>
            <numerusform>Zapisano %1: %n pisma nadane tego dnia.</numerusform>
            <numerusform>Zapisano %1: %n pism nadanych tego dnia.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPageForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/letters_page.ui" line="9"/>
        <source>Letter register</source>
        <translation>Rejestr pism</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/letters_page.ui" line="21"/>
        <source>S&amp;tate:</source>
        <translation>S&amp;tan:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/letters_page.ui" line="34"/>
        <source>F&amp;rom:</source>
        <translation>&amp;Od:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/letters_page.ui" line="54"/>
        <source>T&amp;o:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/letters_page.ui" line="98"/>
        <source>Hand&amp;ed over…</source>
        <translation>Wydane osobiś&amp;cie…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/letters_page.ui" line="105"/>
        <source>&amp;Posted…</source>
        <translation>&amp;Nadane pocztą…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/letters_page.ui" line="112"/>
        <source>Ret&amp;urned</source>
        <translation>&amp;Zwrócone</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/letters_page.ui" line="119"/>
        <source>Vo&amp;id…</source>
        <translation>&amp;Unieważnij…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/letters_page.ui" line="133"/>
        <source>U&amp;nused first passwords…</source>
        <translation>Nieużywane &amp;hasła…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/letters_page.ui" line="140"/>
        <source>Dispatch &amp;list…</source>
        <translation>Książka n&amp;adawcza…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/letters_page.ui" line="156"/>
        <source>Reconciliation: letters printed per day and clerk, and where they are now</source>
        <translation>Uzgodnienie: pisma wydrukowane w danym dniu przez pracownika i gdzie są teraz</translation>
    </message>
</context>
<context>
    <name>ListOutput</name>
    <message>
        <location filename="../../iok_desk/ui/list_output.py" line="73"/>
        <source>Printed %1 · rows: %2</source>
        <translation>Wydrukowano %1 · wierszy: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/list_output.py" line="102"/>
        <source>Export the list to CSV</source>
        <translation>Eksport listy do CSV</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/list_output.py" line="104"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="61"/>
        <source>Electronic form no. %1</source>
        <translation>Formularz elektroniczny nr %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="89"/>
        <source>reply to request %1</source>
        <translation>odpowiedź w sprawie wniosku %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mail_dialogs.py" line="60"/>
        <source>Log a request from the electronic form no. %1</source>
        <translation>Rejestracja wniosku z formularza elektronicznego nr %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="132"/>
        <source>Sent</source>
        <translation>Wysłano</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="133"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="134"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="135"/>
        <source>Request found</source>
        <translation>Odczytany wniosek</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="136"/>
        <source>To fix</source>
        <translation>Do uzupełnienia</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="136"/>
        <source>complete</source>
        <translation>kompletny</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="169"/>
        <source>Checking the mailbox…</source>
        <translation>Sprawdzam skrzynkę…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="193"/>
        <source>%1 on %2, folder %3</source>
        <translation>%1 na %2, folder %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/mail.py" line="205"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n nowa wiadomość</numerusform>
            <numerusform>%n nowe wiadomości</numerusform>
            <numerusform>%n nowych wiadomości</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/mail.py" line="207"/>
        <source>%n electronic form(s)</source>
        <translation>
            <numerusform>%n formularz elektroniczny</numerusform>
            <numerusform>%n formularze elektroniczne</numerusform>
            <numerusform>%n formularzy elektronicznych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/mail.py" line="209"/>
        <source>%n to complete</source>
        <translation>
            <numerusform>%n do uzupełnienia</numerusform>
            <numerusform>%n do uzupełnienia</numerusform>
            <numerusform>%n do uzupełnienia</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="246"/>
        <source>Unit</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="246"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="247"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="247"/>
        <source>Note</source>
        <translation>Uwagi</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="291"/>
        <source>Attach to a request</source>
        <translation>Dołącz do wniosku</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="292"/>
        <source>Number of the request this message belongs to (e.g. IOK/2026/00012):</source>
        <translation>Numer wniosku, do którego należy ta wiadomość (np. IOK/2026/00012):</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="300"/>
        <source>Dismiss the message</source>
        <translation>Odłóż wiadomość</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="301"/>
        <source>Why is this message not a request? (kept in the audit trail)</source>
        <translation>Dlaczego ta wiadomość nie jest wnioskiem? (zapisywane w dzienniku zdarzeń)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="316"/>
        <source>Attached to request %1.</source>
        <translation>Dołączono do wniosku %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="327"/>
        <source>Form dismissed.</source>
        <translation>Formularz odłożony.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/mail.py" line="337"/>
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
    <name>MailReplyDialog</name>
    <message>
        <location filename="../../iok_desk/ui/mail_reply_dialog.py" line="45"/>
        <source>Reply by e-mail — request %1</source>
        <translation>Odpowiedź e-mailem — wniosek %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mail_reply_dialog.py" line="46"/>
        <source>Receipt of the request</source>
        <translation>Potwierdzenie przyjęcia wniosku</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mail_reply_dialog.py" line="47"/>
        <source>The request needs information</source>
        <translation>Wezwanie do uzupełnienia wniosku</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mail_reply_dialog.py" line="48"/>
        <source>Rejection</source>
        <translation>Odmowa</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mail_reply_dialog.py" line="65"/>
        <source>&amp;Reply:</source>
        <translation>&amp;Odpowiedź:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mail_reply_dialog.py" line="68"/>
        <source>To:</source>
        <translation>Do:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mail_reply_dialog.py" line="69"/>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mail_reply_dialog.py" line="72"/>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mail_reply_dialog.py" line="77"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mail_reply_dialog.py" line="81"/>
        <source>Login IDs and passwords are never sent by e-mail: they go only in the printed letter.</source>
        <translation>Identyfikatorów i haseł nigdy nie wysyła się e-mailem: są tylko w drukowanym piśmie.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mail_reply_dialog.py" line="116"/>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
</context>
<context>
    <name>MailboxSettingsDialog</name>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="47"/>
        <source>Mail settings</source>
        <translation>Ustawienia poczty</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="56"/>
        <source>TLS from the start (IMAPS, usually port 993)</source>
        <translation>TLS od początku połączenia (IMAPS, zwykle port 993)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="58"/>
        <source>STARTTLS before the login (usually port 143)</source>
        <translation>STARTTLS przed zalogowaniem (zwykle port 143)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="63"/>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="66"/>
        <source>I&amp;MAP server:</source>
        <translation>Serwer &amp;IMAP:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="67"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="68"/>
        <source>&amp;Encryption:</source>
        <translation>&amp;Szyfrowanie:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="69"/>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="70"/>
        <source>Pass&amp;word (this desk&apos;s keyring):</source>
        <translation>&amp;Hasło (pęk kluczy tego stanowiska):</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="71"/>
        <source>&amp;Inbox folder:</source>
        <translation>&amp;Folder odbiorczy:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="72"/>
        <source>Folder of re&amp;gistered mail:</source>
        <translation>Folder za&amp;rejestrowanych:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="73"/>
        <source>Folder of &amp;dismissed mail:</source>
        <translation>Folder o&amp;drzuconych:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="74"/>
        <source>&amp;CA certificate file (optional):</source>
        <translation>Plik &amp;certyfikatu CA (opcjonalnie):</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="76"/>
        <source>SMTP ser&amp;ver:</source>
        <translation>Ser&amp;wer SMTP:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="77"/>
        <source>SMTP por&amp;t (465: TLS, else STARTTLS):</source>
        <translation>Por&amp;t SMTP (465: TLS, inny: STARTTLS):</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="78"/>
        <source>Office&apos;s &amp;address:</source>
        <translation>&amp;Adres biura:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="79"/>
        <source>Incoming mail (IMAP)</source>
        <translation>Poczta przychodząca (IMAP)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="81"/>
        <source>Replies (SMTP, same user and password)</source>
        <translation>Odpowiedzi (SMTP, ten sam użytkownik i hasło)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="84"/>
        <source>Test the co&amp;nnection</source>
        <translation>Sprawdź &amp;połączenie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="96"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="100"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="155"/>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="166"/>
        <source>Connected. %n message(s) in the inbox.</source>
        <translation>
            <numerusform>Połączono. W skrzynce odbiorczej jest %n wiadomość.</numerusform>
            <numerusform>Połączono. W skrzynce odbiorczej są %n wiadomości.</numerusform>
            <numerusform>Połączono. W skrzynce odbiorczej jest %n wiadomości.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="167"/>
        <source>Folders on the server: %1</source>
        <translation>Foldery na serwerze: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="169"/>
        <source>Not on the server yet (made at the first move): %1</source>
        <translation>Jeszcze ich nie ma na serwerze (powstaną przy pierwszym przeniesieniu): %1</translation>
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
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="79"/>
        <source>Mail</source>
        <translation>Poczta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="91"/>
        <source>Type in the box above to find an account.</source>
        <translation>Wpisz w pole powyżej, aby znaleźć konto.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="111"/>
        <source>Enter opens the account · Ctrl+B blocks it at once · ↑ ↓ choose</source>
        <translation>Enter otwiera konto · Ctrl+B blokuje je od razu · ↑ ↓ wybór</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/main_window.ui" line="74"/>
        <source>Letters</source>
        <translation>Pisma</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../iok_desk/ui/launch.py" line="55"/>
        <location filename="../../iok_desk/ui/main_window.py" line="71"/>
        <source>IOK Desk — MSM Gdynia</source>
        <translation>IOK Desk — MSM Gdynia</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="136"/>
        <source>&amp;Desk</source>
        <translation>&amp;Biuro</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="137"/>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="138"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="140"/>
        <source>&amp;Find…</source>
        <translation>&amp;Szukaj…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="144"/>
        <source>&amp;Block selected account…</source>
        <translation>&amp;Zablokuj wybrane konto…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="146"/>
        <source>Reject or re&amp;voke selected…</source>
        <translation>Odrzuć lub od&amp;bierz zaznaczone…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="149"/>
        <source>Delete: reject the selected request, or revoke the selected account or its access to the unit — always in a dialog that asks first (Del)</source>
        <translation>Delete: odrzuca zaznaczony wniosek albo odbiera zaznaczone konto lub jego dostęp do lokalu — zawsze w oknie, które najpierw pyta (Del)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="155"/>
        <source>&amp;Log a request…</source>
        <translation>&amp;Zarejestruj wniosek…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="157"/>
        <source>&amp;Import e-mails…</source>
        <translation>&amp;Importuj wiadomości e-mail…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="159"/>
        <source>Import the unit &amp;register…</source>
        <translation>Importuj &amp;rejestr lokali…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="170"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="173"/>
        <location filename="../../iok_desk/ui/main_window.py" line="393"/>
        <source>Only an administrator changes settings.</source>
        <translation>Ustawienia zmienia tylko administrator.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="174"/>
        <source>&amp;Mail settings…</source>
        <translation>Ustawienia p&amp;oczty…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="179"/>
        <source>Database &amp;connection…</source>
        <translation>&amp;Połączenie z bazą danych…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="182"/>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="188"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="299"/>
        <source>Delete changes nothing in the search results; F8 blocks the selected account.</source>
        <translation>W wynikach wyszukiwania Delete niczego nie zmienia; F8 blokuje zaznaczone konto.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="306"/>
        <source>Clerk: %1</source>
        <translation>Pracownik: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="353"/>
        <source>Quit with an unprinted letter?</source>
        <translation>Zamknąć program z niewydrukowanym pismem?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/main_window.py" line="354"/>
        <source>%n credential letter(s) have not been printed or saved. Their first passwords cannot be shown again: quitting means new first passwords later. Quit anyway?</source>
        <translation>
            <numerusform>%n pismo z danymi do logowania nie zostało wydrukowane ani zapisane. Hasła do pierwszego logowania nie da się pokazać ponownie: zamknięcie oznacza później nowe hasło. Zamknąć mimo to?</numerusform>
            <numerusform>%n pisma z danymi do logowania nie zostały wydrukowane ani zapisane. Haseł do pierwszego logowania nie da się pokazać ponownie: zamknięcie oznacza później nowe hasła. Zamknąć mimo to?</numerusform>
            <numerusform>%n pism z danymi do logowania nie zostało wydrukowanych ani zapisanych. Haseł do pierwszego logowania nie da się pokazać ponownie: zamknięcie oznacza później nowe hasła. Zamknąć mimo to?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="385"/>
        <source>Clerk: %1 (%2)</source>
        <translation>Pracownik: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="405"/>
        <source>Open requests: %1</source>
        <translation>Otwarte wnioski: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="410"/>
        <source>%1 — the database is not answering; the next action reconnects</source>
        <translation>%1 — baza danych nie odpowiada; następna czynność połączy się ponownie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="417"/>
        <source>IOK Desk</source>
        <translation>IOK Desk</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="512"/>
        <source>Find the account first, then press Ctrl+B.</source>
        <translation>Najpierw znajdź konto, potem naciśnij Ctrl+B.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="554"/>
        <source>Import e-mails</source>
        <translation>Import wiadomości e-mail</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="555"/>
        <source>Messages, forms and scans (*.eml *.msg *.pdf *.jpg *.jpeg *.png *.heic)</source>
        <translation>Wiadomości, formularze i skany (*.eml *.msg *.pdf *.jpg *.jpeg *.png *.heic)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="590"/>
        <source>No credential letter was issued at this desk today since the program started.</source>
        <translation>Od uruchomienia programu nie wydano dziś na tym stanowisku żadnego pisma z danymi do logowania.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="77"/>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="139"/>
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="142"/>
        <source>&amp;Open selected</source>
        <translation>&amp;Otwórz zaznaczone</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="162"/>
        <source>&amp;Print this session&apos;s letters…</source>
        <translation>&amp;Drukuj pisma z tej sesji…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="190"/>
        <source>E&amp;xport the list to CSV…</source>
        <translation>Eksport &amp;listy do CSV…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="192"/>
        <source>Print the &amp;list…</source>
        <translation>&amp;Drukuj listę…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="194"/>
        <source>&amp;Help for this page</source>
        <translation>&amp;Pomoc do tej strony</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="197"/>
        <source>&amp;Keyboard</source>
        <translation>&amp;Klawiatura</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="199"/>
        <source>&amp;About IOK Desk</source>
        <translation>&amp;O programie IOK Desk</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="208"/>
        <source>Main actions</source>
        <translation>Główne czynności</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="215"/>
        <source>New request</source>
        <translation>Nowy wniosek</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="216"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="217"/>
        <source>Find</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="218"/>
        <source>Block</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="219"/>
        <source>E-mails</source>
        <translation>E-maile</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="221"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="222"/>
        <source>Print</source>
        <translation>Drukuj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="223"/>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="225"/>
        <source>Help</source>
        <translation>Pomoc</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="305"/>
        <source>The database this desk works in</source>
        <translation>Baza danych, w której pracuje to stanowisko</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="177"/>
        <source>Cl&amp;erks…</source>
        <translation>Pr&amp;acownicy…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="153"/>
        <source>Pe&amp;rson&apos;s record…</source>
        <translation>&amp;Dane osoby…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="164"/>
        <source>Re&amp;tention of personal data…</source>
        <translation>Re&amp;tencja danych osobowych…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="166"/>
        <source>R&amp;ules, clause and retention periods…</source>
        <translation>Zasady, klauzula i okresy prze&amp;chowywania…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="461"/>
        <source>Person&apos;s record</source>
        <translation>Dane osoby</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="462"/>
        <source>Person (#number, login ID or &quot;Name Surname, unit&quot;):</source>
        <translation>Osoba (#numer, identyfikator logowania albo „Imię Nazwisko, lokal”):</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/main_window.py" line="151"/>
        <source>Many failed &amp;logins…</source>
        <translation>Wiele &amp;nieudanych logowań…</translation>
    </message>
</context>
<context>
    <name>NewPasswordDialog</name>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="463"/>
        <source>New first password</source>
        <translation>Nowe hasło do pierwszego logowania</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="465"/>
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
        <location filename="../../iok_desk/ui/request_dialogs.py" line="88"/>
        <source>Log a request</source>
        <translation>Rejestracja wniosku</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="112"/>
        <source>&amp;Register</source>
        <translation>&amp;Zarejestruj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="118"/>
        <source>Register the request first.</source>
        <translation>Najpierw zarejestruj wniosek.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="120"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="172"/>
        <source>Log a request from an e-mail — %1</source>
        <translation>Rejestracja wniosku z wiadomości e-mail — %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="185"/>
        <source>From: %1</source>
        <translation>Od: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="186"/>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="188"/>
        <source>Sent: %1</source>
        <translation>Wysłano: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="190"/>
        <source>Forwarded; the original is from %1</source>
        <translation>Przekazana dalej; oryginał od: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="193"/>
        <source>Attachment %1: %2</source>
        <translation>Załącznik %1: %2</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="196"/>
        <source>will be stored</source>
        <translation>zostanie zapisany</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="200"/>
        <source>This message is already registered as request %1.</source>
        <translation>Ta wiadomość jest już zarejestrowana jako wniosek %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="343"/>
        <source>Stored with it: %1.</source>
        <translation>Zapisano z wnioskiem: %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="346"/>
        <source>Not stored: %1.</source>
        <translation>Nie zapisano: %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="353"/>
        <source>Registered as %1 on %2.</source>
        <translation>Zarejestrowano jako %1 — %2.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="115"/>
        <source>Print re&amp;ceipt…</source>
        <translation>Drukuj &amp;potwierdzenie…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="307"/>
        <source>Unit not in the register</source>
        <translation>Lokalu nie ma w rejestrze</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="308"/>
        <source>The unit register has no unit %1. Register the request anyway? Its unit is then checked by hand.</source>
        <translation>W rejestrze lokali nie ma lokalu %1. Zarejestrować wniosek mimo to? Lokal trzeba będzie wtedy sprawdzić ręcznie.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="312"/>
        <source>&amp;Register anyway</source>
        <translation>&amp;Zarejestruj mimo to</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="313"/>
        <source>&amp;Correct the unit</source>
        <translation>&amp;Popraw lokal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="222"/>
        <source>Identity document checked (its number is not recorded)</source>
        <translation>Sprawdzono dokument tożsamości (jego numeru się nie zapisuje)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="224"/>
        <source>Filed by a proxy</source>
        <translation>Złożony przez pełnomocnika</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="234"/>
        <source>notarial power of attorney</source>
        <translation>pełnomocnictwo notarialne</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="235"/>
        <source>written authorisation signed in front of staff</source>
        <translation>upoważnienie pisemne podpisane w obecności pracownika</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="237"/>
        <source>to the resident</source>
        <translation>do mieszkańca</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="238"/>
        <source>handed to the proxy against signature</source>
        <translation>do rąk pełnomocnika za podpisem</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="246"/>
        <source>Proxy:</source>
        <translation>Pełnomocnik:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="247"/>
        <source>Authorisation:</source>
        <translation>Umocowanie:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="248"/>
        <source>Reference:</source>
        <translation>Oznaczenie dokumentu:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="249"/>
        <source>Dated:</source>
        <translation>Z dnia:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="250"/>
        <source>Letters:</source>
        <translation>Pisma:</translation>
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
        <location filename="../../iok_desk/ui/operations.py" line="162"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/operations.py" line="163"/>
        <source>Please wait</source>
        <translation>Proszę czekać</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/operations.py" line="188"/>
        <source>Cancelled; nothing more was done.</source>
        <translation>Przerwano; nic więcej nie zostało zrobione.</translation>
    </message>
</context>
<context>
    <name>OverviewCharts</name>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="74"/>
        <source>printed</source>
        <translation>wydrukowane</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="75"/>
        <source>handed over</source>
        <translation>wydane do rąk</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="76"/>
        <source>posted</source>
        <translation>wysłane pocztą</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="76"/>
        <source>returned</source>
        <translation>zwrócone</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="77"/>
        <source>voided</source>
        <translation>unieważnione</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="85"/>
        <source>Requests per week by channel</source>
        <translation>Wnioski w tygodniu według sposobu złożenia</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="91"/>
        <source>Open and overdue at each week&apos;s end</source>
        <translation>Otwarte i przeterminowane na koniec tygodnia</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="92"/>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="93"/>
        <source>over the office&apos;s %1 days</source>
        <translation>ponad %1 dni (cel biura)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="236"/>
        <source>office&apos;s target: %1 days</source>
        <translation>cel biura: %1 dni</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="96"/>
        <source>Blocks in the month by reason</source>
        <translation>Blokady w miesiącu według powodu</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="100"/>
        <source>Accounts by status (today)</source>
        <translation>Konta według stanu (dziś)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="106"/>
        <source>Letters per week</source>
        <translation>Pisma w tygodniu</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="218"/>
        <source>Days from receipt to the credential letter</source>
        <translation>Dni od wpływu wniosku do pisma z hasłem</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="220"/>
        <source>no credential letter this month</source>
        <translation>w tym miesiącu bez pism z hasłem</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="223"/>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="232"/>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/overview_charts.py" line="232"/>
        <source>90th percentile</source>
        <translation>90. percentyl</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../iok_desk/ui/pages/base.py" line="152"/>
        <source>Delete changes nothing on this page.</source>
        <translation>Na tej stronie Delete niczego nie zmienia.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="88"/>
        <source>Person&apos;s record</source>
        <translation>Dane osoby</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="95"/>
        <source>Everything IOK Desk holds on this person. A correction is saved with its reason in the audit trail.</source>
        <translation>Wszystko, co IOK Desk przechowuje o tej osobie. Sprostowanie zapisuje się z podstawą w dzienniku zdarzeń.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="101"/>
        <source>The data of this person was pseudonymised after its retention period; it cannot be corrected.</source>
        <translation>Dane tej osoby spseudonimizowano po upływie okresu przechowywania; nie można ich sprostować.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="108"/>
        <source>e.g. request for rectification of 01.12.2026</source>
        <translation>np. wniosek o sprostowanie z 01.12.2026</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="113"/>
        <source>Contact data and names</source>
        <translation>Dane kontaktowe i nazwisko</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="115"/>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="116"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="117"/>
        <source>E-&amp;mail:</source>
        <translation>E-&amp;mail:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="118"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="119"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Podstawa:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="123"/>
        <source>&amp;Save correction</source>
        <translation>Zapi&amp;sz sprostowanie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="128"/>
        <source>Unit</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="128"/>
        <source>Title</source>
        <translation>Tytuł prawny</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="128"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="129"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="130"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="130"/>
        <location filename="../../iok_desk/ui/person_dialog.py" line="132"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="130"/>
        <source>Issued</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="131"/>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="132"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="132"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="133"/>
        <source>Received</source>
        <translation>Wpłynął</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="133"/>
        <source>Attachments</source>
        <translation>Załączniki</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="133"/>
        <source>Proxy</source>
        <translation>Pełnomocnik</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="134"/>
        <source>Letter</source>
        <translation>Pismo</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="134"/>
        <source>Produced</source>
        <translation>Wydano</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="135"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="135"/>
        <source>Clerk</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="135"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="137"/>
        <source>Titles</source>
        <translation>Tytuły prawne</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="138"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="139"/>
        <source>Requests</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="140"/>
        <source>Letters</source>
        <translation>Pisma</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="141"/>
        <source>Audit events</source>
        <translation>Dziennik zdarzeń</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="148"/>
        <source>Art. 15 &amp;letter (PDF)…</source>
        <translation>Pismo z art. 15 (P&amp;DF)…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="149"/>
        <source>Data as &amp;JSON…</source>
        <translation>Dane jako &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="150"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="213"/>
        <source>request receipt</source>
        <translation>potwierdzenie przyjęcia wniosku</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="214"/>
        <source>decision letter</source>
        <translation>pismo o odmowie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="215"/>
        <source>credential letter</source>
        <translation>pismo z danymi do logowania</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="216"/>
        <source>copy of personal data</source>
        <translation>kopia danych osobowych</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="222"/>
        <source>Titles: %1 · accounts: %2 · requests: %3 · letters: %4 · audit events: %5</source>
        <translation>Tytuły prawne: %1 · konta: %2 · wnioski: %3 · pisma: %4 · zdarzenia w dzienniku: %5</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="253"/>
        <source>Name corrected</source>
        <translation>Sprostowano nazwisko</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="254"/>
        <source>The letters of account %1 show the former name. Give a new letter only if the resident asks for one: open the account and reissue it.</source>
        <translation>Pisma do konta %1 podają dawne imię i nazwisko. Nowe pismo wydaje się tylko na życzenie mieszkańca: otwórz konto i wydaj nowy identyfikator.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="264"/>
        <source>Save the copy of personal data</source>
        <translation>Zapisz kopię danych osobowych</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/person_dialog.py" line="282"/>
        <source>Saved to %1.</source>
        <translation>Zapisano w %1.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="36"/>
        <source>Rules, information clause and retention</source>
        <translation>Zasady, klauzula informacyjna i okresy przechowywania</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="38"/>
        <source>information clause</source>
        <translation>klauzula informacyjna</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="39"/>
        <source>rules of the IOK service</source>
        <translation>Zasady korzystania z serwisu IOK</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="41"/>
        <source>e.g. 2026-12</source>
        <translation>np. 2026-12</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="43"/>
        <source>&amp;Publish</source>
        <translation>&amp;Opublikuj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="45"/>
        <source>New version</source>
        <translation>Nowa wersja</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="47"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="47"/>
        <source>&amp;Version:</source>
        <translation>&amp;Wersja:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="48"/>
        <source>&amp;Text:</source>
        <translation>&amp;Treść:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="54"/>
        <source>Retention periods (days)</source>
        <translation>Okresy przechowywania (dni)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="56"/>
        <source>Rejected requests and their attachments:</source>
        <translation>Wnioski odrzucone i ich załączniki:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="57"/>
        <source>E-mails after registration or dismissal:</source>
        <translation>Wiadomości e-mail po rejestracji lub odłożeniu:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="58"/>
        <source>Persons without a title or a live account:</source>
        <translation>Osoby bez tytułu i bez czynnego konta:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="59"/>
        <source>Correction details in the audit trail:</source>
        <translation>Szczegóły sprostowań w dzienniku:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="66"/>
        <source>&amp;Save periods</source>
        <translation>&amp;Zapisz okresy</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="71"/>
        <source>&amp;Close</source>
        <translation>Za&amp;mknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="101"/>
        <source>Published version %1.</source>
        <translation>Opublikowano wersję %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/policy_dialog.py" line="110"/>
        <source>Saved: %1.</source>
        <translation>Zapisano: %1.</translation>
    </message>
</context>
<context>
    <name>PortalPanel</name>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="74"/>
        <source>What the portal sees</source>
        <translation>Co widzi portal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="83"/>
        <source>Last successful login:</source>
        <translation>Ostatnie udane logowanie:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="84"/>
        <source>Failed logins since then:</source>
        <translation>Nieudane logowania od tego czasu:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="85"/>
        <source>First password:</source>
        <translation>Hasło z pisma:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="86"/>
        <source>Credential letter:</source>
        <translation>Pismo z hasłem:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="96"/>
        <source>Countersi&amp;gn the block</source>
        <translation>Kontrasy&amp;gnuj blokadę</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="100"/>
        <source>&amp;Withdraw the proposal…</source>
        <translation>Wy&amp;cofaj propozycję…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="104"/>
        <source>The clerk who proposed the block, or a supervisor, takes it back with a reason.</source>
        <translation>Propozycję blokady wycofuje z podaniem powodu ten, kto ją złożył, albo kierownik.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="132"/>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="134"/>
        <source>(many: check who is calling)</source>
        <translation>(dużo: sprawdź, kto dzwoni)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="141"/>
        <source>still to be changed, valid until %1</source>
        <translation>do zmiany przez mieszkańca, ważne do %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="146"/>
        <source>changed by the resident on %1</source>
        <translation>zmienione przez mieszkańca %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="158"/>
        <source>Block for abuse proposed by %1 on %2: it takes effect when another clerk, a supervisor, countersigns it.</source>
        <translation>Blokadę z powodu nadużycia zaproponował(a) %1 — %2; obowiązuje po kontrasygnacie innego pracownika, kierownika.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="165"/>
        <source>printed, not handed over yet</source>
        <translation>wydrukowane, jeszcze niewydane</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="166"/>
        <source>handed over %1</source>
        <translation>wydane mieszkańcowi %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="167"/>
        <source>posted %1</source>
        <translation>wysłane pocztą %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="168"/>
        <source>returned undelivered</source>
        <translation>zwrócone jako niedoręczone</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="169"/>
        <source>voided</source>
        <translation>unieważnione</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="172"/>
        <source>not recorded</source>
        <translation>nieodnotowane</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="199"/>
        <source>Withdraw the proposed block</source>
        <translation>Wycofanie propozycji blokady</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/portal_panel.py" line="200"/>
        <source>Why is the proposed block withdrawn?</source>
        <translation>Dlaczego propozycja blokady jest wycofywana?</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/preview.py" line="135"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="212"/>
        <source>Save letter as PDF</source>
        <translation>Zapisz pismo jako PDF</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="214"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="237"/>
        <source>Close the letter?</source>
        <translation>Zamknąć pismo?</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="238"/>
        <source>This credential letter has not been printed or saved. Its first password cannot be shown again: closing it means a new first password later. Close anyway?</source>
        <translation>To pismo z hasłem nie zostało wydrukowane ani zapisane. Hasła do pierwszego logowania nie da się pokazać ponownie: po zamknięciu trzeba będzie wydać nowe. Zamknąć mimo to?</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="83"/>
        <source>Page shown</source>
        <translation>Wyświetlana strona</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="90"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Pomniejsz (Ctrl+−)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="91"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Powiększ (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="92"/>
        <source>Fit the width</source>
        <translation>Dopasuj do szerokości</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="94"/>
        <source>Whole page</source>
        <translation>Cała strona</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="96"/>
        <source>Previous page (PgUp)</source>
        <translation>Poprzednia strona (PgUp)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/preview.py" line="98"/>
        <source>Next page (PgDn)</source>
        <translation>Następna strona (PgDn)</translation>
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
    <name>ReasonDialog</name>
    <message>
        <location filename="../../iok_desk/ui/reason_dialog.py" line="49"/>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/reason_dialog.py" line="51"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Anuluj</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="62"/>
        <source>Import the unit register</source>
        <translation>Import rejestru lokali</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="75"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="75"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="75"/>
        <source>Unit</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="76"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="76"/>
        <source>Title ended</source>
        <translation>Tytuł wygasł</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="92"/>
        <source>Unit register</source>
        <translation>Rejestr lokali</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="92"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="110"/>
        <source>Importing the unit register…</source>
        <translation>Import rejestru lokali…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="129"/>
        <source>Imported %1 rows (encoding %2, separator „%3”).</source>
        <translation>Zaimportowano wiersze: %1 (kodowanie %2, separator „%3”).</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="132"/>
        <source>Estates</source>
        <translation>Zasoby</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="133"/>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="134"/>
        <source>Persons</source>
        <translation>Kontrahenci</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="135"/>
        <source>Titles</source>
        <translation>Tytuły prawne</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="136"/>
        <source>%1: %2 new, %3 changed, %4 unchanged.</source>
        <translation>%1: nowe %2, zmienione %3, bez zmian %4.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="140"/>
        <source>Columns ignored: %1.</source>
        <translation>Pominięte kolumny: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/register_dialog.py" line="160"/>
        <source>%n account(s) still see a unit whose holder&apos;s title has ended; tick those to revoke:</source>
        <translation>
            <numerusform>%n konto nadal widzi lokal, do którego tytuł prawny wygasł; zaznacz dostępy do odebrania:</numerusform>
            <numerusform>%n konta nadal widzą lokal, do którego tytuł prawny wygasł; zaznacz dostępy do odebrania:</numerusform>
            <numerusform>%n kont nadal widzi lokal, do którego tytuł prawny wygasł; zaznacz dostępy do odebrania:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="162"/>
        <source>No account sees a unit whose holder&apos;s title has ended.</source>
        <translation>Żadne konto nie widzi lokalu, do którego tytuł prawny wygasł.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/register_dialog.py" line="197"/>
        <source>&amp;Revoke ticked access (%n)…</source>
        <translation>
            <numerusform>&amp;Odbierz zaznaczone dostępy (%n)…</numerusform>
            <numerusform>&amp;Odbierz zaznaczone dostępy (%n)…</numerusform>
            <numerusform>&amp;Odbierz zaznaczone dostępy (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="208"/>
        <source>Revoking access…</source>
        <translation>Odbieranie dostępu…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="211"/>
        <source>Access revoked: %1.</source>
        <translation>Odebrano dostęp: %1.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="212"/>
        <source>Not revoked — %1, %2: %3</source>
        <translation>Nie odebrano — %1, %2: %3</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/register_dialog.py" line="217"/>
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
    <name>RejectRequestDialog</name>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="170"/>
        <source>Reject request %1</source>
        <translation>Odrzuć wniosek %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="175"/>
        <source>Reject request %1 of %2 (%3, %4, received %5)?</source>
        <translation>Odrzucić wniosek %1? Wnioskodawca: %2 (%3, %4, wpłynął %5).</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="182"/>
        <source>Re&amp;ject the request</source>
        <translation>&amp;Odrzuć wniosek</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="185"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>RejectRequestForm</name>
    <message>
        <location filename="../../iok_desk/ui/forms/reject_request_dialog.ui" line="19"/>
        <source>&amp;Reason (the decision letter quotes it):</source>
        <translation>&amp;Uzasadnienie (przytacza je pismo z decyzją):</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="196"/>
        <source>Save the request register</source>
        <translation>Zapisz rejestr wniosków</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="199"/>
        <source>Type the login ID of the account.</source>
        <translation>Wpisz identyfikator logowania konta.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="203"/>
        <source>Save the audit extract</source>
        <translation>Zapisz wyciąg z dziennika</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="172"/>
        <location filename="../../iok_desk/ui/pages/reports.py" line="204"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="205"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="180"/>
        <location filename="../../iok_desk/ui/pages/reports.py" line="214"/>
        <source>Preparing the report…</source>
        <translation>Przygotowywanie zestawienia…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="156"/>
        <source>median %1 days, 90th percentile %2 days to the letter (the office&apos;s own target: %3 days); %4 of %5 within the target</source>
        <translation>do pisma z hasłem: mediana %1 dnia, 90. percentyl %2 dnia (własny cel biura: %3 dni); w terminie %4 z %5</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/reports.py" line="217"/>
        <source>Saved %1: %n request(s).</source>
        <translation>
            <numerusform>Zapisano %1: %n wniosek.</numerusform>
            <numerusform>Zapisano %1: %n wnioski.</numerusform>
            <numerusform>Zapisano %1: %n wniosków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/reports.py" line="218"/>
        <source>Saved %1: %n event(s).</source>
        <translation>
            <numerusform>Zapisano %1: %n zdarzenie.</numerusform>
            <numerusform>Zapisano %1: %n zdarzenia.</numerusform>
            <numerusform>Zapisano %1: %n zdarzeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/reports.py" line="153"/>
        <source>%n request(s) received</source>
        <translation>
            <numerusform>%n wniosek przyjęty</numerusform>
            <numerusform>%n wnioski przyjęte</numerusform>
            <numerusform>%n wniosków przyjętych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="170"/>
        <source>Save the monthly report</source>
        <translation>Zapisz raport miesięczny</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/reports.py" line="184"/>
        <source>Saved the monthly report: %1</source>
        <translation>Zapisano raport miesięczny: %1</translation>
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
        <source>Overdue (open longer than the office&apos;s 14-day target):</source>
        <translation>Zaległe (otwarte dłużej niż 14 dni, cel biura):</translation>
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
        <source>&amp;Print this session&apos;s letters… (Ctrl+Shift+P)</source>
        <translation>Druku&amp;j pisma z tej sesji… (Ctrl+Shift+P)</translation>
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
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="243"/>
        <source>The month&apos;s overview</source>
        <translation>Przegląd miesiąca</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="251"/>
        <source>&amp;Month:</source>
        <translation>Mi&amp;esiąc:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="261"/>
        <source>Month of the overview</source>
        <translation>Miesiąc przeglądu</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/forms/reports_page.ui" line="268"/>
        <source>Save the mo&amp;nthly report as PDF…</source>
        <translation>Zapisz raport miesięczny jako &amp;PDF…</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="64"/>
        <source>open</source>
        <translation>otwarte</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="67"/>
        <location filename="../../iok_desk/ui/pages/requests.py" line="68"/>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="71"/>
        <source>any</source>
        <translation>dowolny</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="71"/>
        <source>older than 7 days</source>
        <translation>starsze niż 7 dni</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="73"/>
        <source>older than 30 days</source>
        <translation>starsze niż 30 dni</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="76"/>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="77"/>
        <source>Received</source>
        <translation>Wpłynął</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="79"/>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="81"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="82"/>
        <source>Channel</source>
        <translation>Sposób</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="83"/>
        <source>Applicant</source>
        <translation>Wnioskodawca</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="86"/>
        <source>Unit / login ID</source>
        <translation>Lokal / identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="88"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/requests.py" line="137"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n wniosek</numerusform>
            <numerusform>%n wnioski</numerusform>
            <numerusform>%n wniosków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/requests.py" line="138"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n zaległy</numerusform>
            <numerusform>%n zaległe</numerusform>
            <numerusform>%n zaległych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="151"/>
        <source>Select the request to reject.</source>
        <translation>Zaznacz wniosek do odrzucenia.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="153"/>
        <source>Request %1 is %2 and can no longer be rejected.</source>
        <translation>Wniosek %1 jest w stanie „%2” i nie można go już odrzucić.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="92"/>
        <source>Request queue</source>
        <translation>Kolejka wniosków</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="72"/>
        <source>overdue (over the office&apos;s 14 days)</source>
        <translation>zaległe (ponad 14 dni, cel biura)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="97"/>
        <source>No request matches the filter. Choose “all” or another status, kind or age.</source>
        <translation>Żaden wniosek nie pasuje do filtra. Wybierz „wszystkie” albo inny stan, rodzaj lub wiek.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="104"/>
        <source>Log a request (Insert, Ctrl+N)</source>
        <translation>Zarejestruj wniosek (Insert, Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/requests.py" line="107"/>
        <source>Verify the selected request (Enter, F2)</source>
        <translation>Rozpatrz zaznaczony wniosek (Enter, F2)</translation>
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
        <source>&amp;Log a request…</source>
        <translation>&amp;Zarejestruj wniosek…</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="38"/>
        <source>Retention of personal data</source>
        <translation>Retencja danych osobowych</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="39"/>
        <source>Data past its retention period: attachments are erased, persons and requests pseudonymised. Register numbers and audit events stay. Periods are set by the administrator (iok-desk retention set).</source>
        <translation>Dane po upływie okresu przechowywania: załączniki są usuwane, dane osób i wniosków pseudonimizowane. Numery w rejestrze i zdarzenia w dzienniku pozostają. Okresy ustala administrator (iok-desk retention set).</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="49"/>
        <source>&amp;Erase now…</source>
        <translation>&amp;Usuń teraz…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="53"/>
        <source>&amp;Close</source>
        <translation>&amp;Zamknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="78"/>
        <source>Dry run: nothing was changed.</source>
        <translation>Przebieg próbny: nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="79"/>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="80"/>
        <source>Attachments: %1</source>
        <translation>Załączniki: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="81"/>
        <source>Requests: %1</source>
        <translation>Wnioski: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="82"/>
        <source>Persons: %1</source>
        <translation>Osoby: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="84"/>
        <source>Audit details: %1</source>
        <translation>Szczegóły w dzienniku: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="85"/>
        <source>Dismissed messages and forms: %1</source>
        <translation>Odłożone wiadomości i formularze: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="94"/>
        <source>Erase now?</source>
        <translation>Usunąć teraz?</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/retention_dialog.py" line="95"/>
        <source>The data listed will be erased or pseudonymised for good. Continue?</source>
        <translation>Wymienione dane zostaną trwale usunięte albo spseudonimizowane. Kontynuować?</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="388"/>
        <source>Revoke access</source>
        <translation>Odebranie dostępu</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="390"/>
        <source>&amp;Revoke</source>
        <translation>&amp;Odbierz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="394"/>
        <source>the whole account (final)</source>
        <translation>całego konta (ostatecznie)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/account_view.py" line="408"/>
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
        <location filename="../../iok_desk/ui/search_panel.py" line="101"/>
        <source>Type in the box above to find an account.</source>
        <translation>Wpisz w pole powyżej, aby znaleźć konto.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="109"/>
        <source>Login ID: %1 of 8 digits</source>
        <translation>Identyfikator: %1 z 8 cyfr</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="111"/>
        <source>✓ Check digit correct: %1</source>
        <translation>✓ Cyfra kontrolna poprawna: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="115"/>
        <source>✗ Wrong check digit — was a digit misheard or two swapped?</source>
        <translation>✗ Błędna cyfra kontrolna — czy któraś cyfra nie została źle usłyszana lub dwie przestawione?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/search_panel.py" line="143"/>
        <source>%n account(s) found</source>
        <translation>
            <numerusform>Znaleziono %n konto</numerusform>
            <numerusform>Znaleziono %n konta</numerusform>
            <numerusform>Znaleziono %n kont</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="145"/>
        <source>(first %1 shown; type more to narrow)</source>
        <translation>(pokazano pierwsze %1; wpisz więcej, aby zawęzić)</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="148"/>
        <source>Nothing found.</source>
        <translation>Nic nie znaleziono.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/search_panel.py" line="60"/>
        <source>Accounts found</source>
        <translation>Znalezione konta</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="37"/>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="46"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="48"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="67"/>
        <source>Failed logins to &amp;list an account:</source>
        <translation>Próg nieudanych &amp;logowań do przeglądu:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="70"/>
        <source>Sepa&amp;ration of duties</source>
        <translation>&amp;Rozdział obowiązków</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="73"/>
        <source>Who approved a grant does not print its credential letter; a block for abuse takes effect when a second clerk, a supervisor, countersigns it. The database enforces both.</source>
        <translation>Kto zatwierdził wniosek o nadanie dostępu, nie drukuje pisma z hasłem; blokada z powodu nadużycia obowiązuje po kontrasygnacie drugiego pracownika — kierownika. Pilnuje tego także baza danych.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="84"/>
        <source>&amp;First password works only once its letter is handed over or posted</source>
        <translation>Hasło startowe działa dopiero po wydaniu pisma do rąk albo &amp;nadaniu pocztą</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="92"/>
        <source>Days from handover &amp;in person:</source>
        <translation>Dni od wydania osobiś&amp;cie:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/settings_dialog.py" line="93"/>
        <source>Days from posting (registered &amp;mail):</source>
        <translation>Dni od nadania (list polecon&amp;y):</translation>
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
    <name>Status</name>
    <message>
        <location filename="../../iok_desk/ui/status.py" line="15"/>
        <source>trial on this computer</source>
        <translation>próba na tym komputerze</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/status.py" line="19"/>
        <source>on this computer: %1</source>
        <translation>na tym komputerze: %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/status.py" line="20"/>
        <source>in memory</source>
        <translation>w pamięci</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="68"/>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="69"/>
        <source>Estate</source>
        <translation>Zasób</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="70"/>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="71"/>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="93"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="93"/>
        <source>Title</source>
        <translation>Tytuł prawny</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="94"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="94"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="95"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="95"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="96"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/units.py" line="130"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n lokal</numerusform>
            <numerusform>%n lokale</numerusform>
            <numerusform>%n lokali</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="227"/>
        <location filename="../../iok_desk/ui/pages/units.py" line="235"/>
        <source>Select an account that still sees the unit.</source>
        <translation>Zaznacz konto, które nadal ma dostęp do lokalu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="77"/>
        <source>Units</source>
        <translation>Lokale</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="78"/>
        <source>Legal titles to the unit</source>
        <translation>Tytuły prawne do lokalu</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="79"/>
        <source>Accounts that still see the unit</source>
        <translation>Konta, które nadal widzą lokal</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="87"/>
        <source>Choose a unit in the list to see its legal titles.</source>
        <translation>Wybierz lokal z listy, aby zobaczyć tytuły prawne do niego.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="88"/>
        <source>The register holds no legal title to this unit.</source>
        <translation>Rejestr nie zawiera żadnego tytułu prawnego do tego lokalu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="90"/>
        <source>Choose a unit in the list to see the accounts that see it.</source>
        <translation>Wybierz lokal z listy, aby zobaczyć konta, które go widzą.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="91"/>
        <source>No account sees this unit.</source>
        <translation>Żadne konto nie widzi tego lokalu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="137"/>
        <source>No unit matches the filter.</source>
        <translation>Żaden lokal nie pasuje do filtra.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="138"/>
        <source>The unit register is empty: import it from accounting (Desk ▸ Import the unit register…).</source>
        <translation>Rejestr lokali jest pusty: zaimportuj go z księgowości (Biuro ▸ Importuj rejestr lokali…).</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/units.py" line="114"/>
        <source>Person&apos;s re&amp;cord…</source>
        <translation>Dan&amp;e osoby…</translation>
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
    <name>UnusedDialog</name>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="486"/>
        <location filename="../../iok_desk/ui/pages/letters.py" line="530"/>
        <source>Unused first passwords</source>
        <translation>Nieużywane hasła do pierwszego logowania</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="489"/>
        <source>Also those expiring &amp;within (days):</source>
        <translation>Także wygasające w ciągu &amp;dni:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="500"/>
        <source>Login ID</source>
        <translation>Identyfikator</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="500"/>
        <source>Resident</source>
        <translation>Mieszkaniec</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="500"/>
        <source>First password</source>
        <translation>Hasło do pierwszego logowania</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="501"/>
        <source>Letter</source>
        <translation>Pismo</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="501"/>
        <source>Letter state</source>
        <translation>Stan pisma</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="511"/>
        <source>&amp;New first passwords for selected…</source>
        <translation>&amp;Nowe hasła dla zaznaczonych…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="513"/>
        <source>Close &amp;selected accounts…</source>
        <translation>&amp;Zamknij zaznaczone konta…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="516"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="598"/>
        <source>Why are the selected accounts closed (the letter never reached its resident)?</source>
        <translation>Dlaczego zaznaczone konta są zamykane (pismo nie dotarło do mieszkańca)?</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="582"/>
        <source>expired %1</source>
        <translation>wygasło %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="542"/>
        <source>Select the accounts to give a new first password.</source>
        <translation>Zaznacz konta, którym wydać nowe hasło.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="545"/>
        <source>Why do the selected accounts get a new first password (letter returned, lost)?</source>
        <translation>Dlaczego zaznaczone konta dostają nowe hasło do pierwszego logowania (pismo zwrócone, zgubione)?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/letters.py" line="561"/>
        <source>New first passwords: %n account(s); print the letters from the preview.</source>
        <translation>
            <numerusform>Nowe hasła: %n konto; wydrukuj pisma z podglądu.</numerusform>
            <numerusform>Nowe hasła: %n konta; wydrukuj pisma z podglądu.</numerusform>
            <numerusform>Nowe hasła: %n kont; wydrukuj pisma z podglądu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="567"/>
        <source>Preparing letters…</source>
        <translation>Przygotowywanie pism…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="582"/>
        <source>expires %1</source>
        <translation>wygasa %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/pages/letters.py" line="595"/>
        <source>Select the accounts to close.</source>
        <translation>Zaznacz konta do zamknięcia.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/letters.py" line="615"/>
        <source>Closed: %n account(s).</source>
        <translation>
            <numerusform>Zamknięto %n konto.</numerusform>
            <numerusform>Zamknięto %n konta.</numerusform>
            <numerusform>Zamknięto %n kont.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerifyRequestDialog</name>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="389"/>
        <source>Request %1</source>
        <translation>Wniosek %1</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="412"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="412"/>
        <source>Title</source>
        <translation>Tytuł prawny</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="412"/>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="412"/>
        <source>To</source>
        <translation>Do</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="455"/>
        <source>OVERDUE</source>
        <translation>ZALEGŁY</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="465"/>
        <source>Titles to %1:</source>
        <translation>Tytuły prawne do lokalu %1:</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="467"/>
        <source>This request names no unit.</source>
        <translation>Wniosek nie wskazuje lokalu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="442"/>
        <source>✓ %1 holds a legal title to this unit valid today.</source>
        <translation>✓ %1 ma ważny dziś tytuł prawny do tego lokalu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="406"/>
        <source>Reply by e-&amp;mail…</source>
        <translation>Odpowiedz e-&amp;mailem…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="443"/>
        <source>✗ %1&apos;s title to this unit is not valid today.</source>
        <translation>✗ Tytuł prawny osoby %1 do tego lokalu nie jest dziś ważny.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="445"/>
        <source>✗ %1 holds no title to this unit.</source>
        <translation>✗ %1 nie ma tytułu prawnego do tego lokalu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="446"/>
        <source>✗ The unit is not in the register.</source>
        <translation>✗ Lokalu nie ma w rejestrze.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="494"/>
        <source>Not possible for a request that is %1.</source>
        <translation>Niemożliwe dla wniosku w stanie „%1”.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="503"/>
        <source>Only a request waiting for information can be resumed.</source>
        <translation>Wznowić można tylko wniosek czekający na uzupełnienie.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="506"/>
        <source>&amp;Issue credentials…</source>
        <translation>&amp;Wydaj dane do logowania…</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="507"/>
        <source>A&amp;dd the unit to the account</source>
        <translation>&amp;Dodaj lokal do konta</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="508"/>
        <source>&amp;Block the account</source>
        <translation>&amp;Zablokuj konto</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="509"/>
        <source>Re&amp;voke the access</source>
        <translation>O&amp;dbierz dostęp</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="513"/>
        <source>A request is carried out once it is approved.</source>
        <translation>Wniosek realizuje się po zatwierdzeniu.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="518"/>
        <source>The decision letter quotes the reason of a rejected request.</source>
        <translation>Pismo o odmowie przytacza uzasadnienie odrzuconego wniosku.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="573"/>
        <source>Reply sent to %1 and kept with the request.</source>
        <translation>Odpowiedź wysłano do %1 i zapisano przy wniosku.</translation>
    </message>
    <message>
        <location filename="../../iok_desk/ui/request_dialogs.py" line="588"/>
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
