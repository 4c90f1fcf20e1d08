<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AccountsPage</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/accounts.py" line="79"/>
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/audit.py" line="181"/>
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n event shown</numerusform>
            <numerusform>%n events shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmailIntake</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/email_import.py" line="95"/>
        <source>Importing %n e-mail(s)…</source>
        <translation>
            <numerusform>Importing %n e-mail…</numerusform>
            <numerusform>Importing %n e-mails…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FailedLoginsDialog</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/portal_panel.py" line="278"/>
        <source>%n account(s) with %1 or more failed logins since their last successful one. Check who calls before anything else; offer a block.</source>
        <translation>
            <numerusform>%n account with %1 or more failed logins since its last successful one. Check who calls before anything else; offer a block.</numerusform>
            <numerusform>%n accounts with %1 or more failed logins since their last successful one. Check who calls before anything else; offer a block.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/letters.py" line="314"/>
        <source>Read %n signed strip(s)</source>
        <translation>
            <numerusform>Read %n signed strip</numerusform>
            <numerusform>Read %n signed strips</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/letters.py" line="395"/>
        <source>Saved %1: %n letter(s) posted on the day.</source>
        <translation>
            <numerusform>Saved %1: %n letter posted on the day.</numerusform>
            <numerusform>Saved %1: %n letters posted on the day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailPage</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/mail.py" line="205"/>
        <source>%n new message(s)</source>
        <translation>
            <numerusform>%n new message</numerusform>
            <numerusform>%n new messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/mail.py" line="207"/>
        <source>%n electronic form(s)</source>
        <translation>
            <numerusform>%n electronic form</numerusform>
            <numerusform>%n electronic forms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/mail.py" line="209"/>
        <source>%n to complete</source>
        <translation>
            <numerusform>%n to complete</numerusform>
            <numerusform>%n to complete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MailboxSettingsDialog</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/mailbox_settings_dialog.py" line="166"/>
        <source>Connected. %n message(s) in the inbox.</source>
        <translation>
            <numerusform>Connected. %n message in the inbox.</numerusform>
            <numerusform>Connected. %n messages in the inbox.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/main_window.py" line="354"/>
        <source>%n credential letter(s) have not been printed or saved. Their first passwords cannot be shown again: quitting means new first passwords later. Quit anyway?</source>
        <translation>
            <numerusform>%n credential letter has not been printed or saved. Its first password cannot be shown again: quitting means a new first password later. Quit anyway?</numerusform>
            <numerusform>%n credential letters have not been printed or saved. Their first passwords cannot be shown again: quitting means new first passwords later. Quit anyway?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/preview.py" line="135"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/register_dialog.py" line="160"/>
        <source>%n account(s) still see a unit whose holder&apos;s title has ended; tick those to revoke:</source>
        <translation>
            <numerusform>%n account still sees a unit whose holder&apos;s title has ended; tick it to revoke:</numerusform>
            <numerusform>%n accounts still see a unit whose holder&apos;s title has ended; tick those to revoke:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/register_dialog.py" line="197"/>
        <source>&amp;Revoke ticked access (%n)…</source>
        <translation>
            <numerusform>&amp;Revoke ticked access (%n)…</numerusform>
            <numerusform>&amp;Revoke ticked access (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/reports.py" line="153"/>
        <source>%n request(s) received</source>
        <translation>
            <numerusform>%n request received</numerusform>
            <numerusform>%n requests received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/reports.py" line="217"/>
        <source>Saved %1: %n request(s).</source>
        <translation>
            <numerusform>Saved %1: %n request.</numerusform>
            <numerusform>Saved %1: %n requests.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/reports.py" line="218"/>
        <source>Saved %1: %n event(s).</source>
        <translation>
            <numerusform>Saved %1: %n event.</numerusform>
            <numerusform>Saved %1: %n events.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/requests.py" line="137"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/requests.py" line="138"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/search_panel.py" line="143"/>
        <source>%n account(s) found</source>
        <translation>
            <numerusform>%n account found</numerusform>
            <numerusform>%n accounts found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/units.py" line="130"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n unit</numerusform>
            <numerusform>%n units</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnusedDialog</name>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/letters.py" line="561"/>
        <source>New first passwords: %n account(s); print the letters from the preview.</source>
        <translation>
            <numerusform>New first passwords: %n account; print the letter from the preview.</numerusform>
            <numerusform>New first passwords: %n accounts; print the letters from the preview.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../iok_desk/ui/pages/letters.py" line="615"/>
        <source>Closed: %n account(s).</source>
        <translation>
            <numerusform>Closed: %n account.</numerusform>
            <numerusform>Closed: %n accounts.</numerusform>
        </translation>
    </message>
</context>
</TS>
