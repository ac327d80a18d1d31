<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>nova::AlertProtocol</name>
    <message numerus="yes">
        <source>The frame is larger than %Ln byte(s).</source>
        <translation>
            <numerusform>The frame is larger than %Ln byte.</numerusform>
            <numerusform>The frame is larger than %Ln bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The frame nests deeper than %Ln level(s).</source>
        <translation>
            <numerusform>The frame nests deeper than %Ln level.</numerusform>
            <numerusform>The frame nests deeper than %Ln levels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The field &quot;token&quot; must be a string of 1 to %Ln character(s).</source>
        <translation>
            <numerusform>The field &quot;token&quot; must be a string of 1 to %Ln character.</numerusform>
            <numerusform>The field &quot;token&quot; must be a string of 1 to %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The field &quot;channels&quot; must be a list of at most %Ln channel name(s).</source>
        <translation>
            <numerusform>The field &quot;channels&quot; must be a list of at most %Ln channel name.</numerusform>
            <numerusform>The field &quot;channels&quot; must be a list of at most %Ln channel names.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::AlertServer</name>
    <message numerus="yes">
        <source>Too many frames: at most %L1 in %Ln second(s).</source>
        <extracomment>%1 is a number of frames</extracomment>
        <translation>
            <numerusform>Too many frames: at most %L1 in %Ln second.</numerusform>
            <numerusform>Too many frames: at most %L1 in %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::DatabaseBackup</name>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation>
            <numerusform>The passphrase must have at least %Ln character.</numerusform>
            <numerusform>The passphrase must have at least %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>The note is too long: at most %Ln character.</numerusform>
            <numerusform>The note is too long: at most %Ln characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::EventIngestor</name>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %Ln character(s).</source>
        <translation>
            <numerusform>&quot;%1&quot; is longer than %Ln character.</numerusform>
            <numerusform>&quot;%1&quot; is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&quot;metadata&quot; is larger than %Ln byte(s).</source>
        <translation>
            <numerusform>&quot;metadata&quot; is larger than %Ln byte.</numerusform>
            <numerusform>&quot;metadata&quot; is larger than %Ln bytes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln field(s) can be inspected per event.</source>
        <translation>
            <numerusform>At most %Ln field can be inspected per event.</numerusform>
            <numerusform>At most %Ln fields can be inspected per event.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Field &quot;%1&quot; must be a string of at most %Ln byte(s).</source>
        <translation>
            <numerusform>Field &quot;%1&quot; must be a string of at most %Ln byte.</numerusform>
            <numerusform>Field &quot;%1&quot; must be a string of at most %Ln bytes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::KeyRing</name>
    <message numerus="yes">
        <source>The stored key %1 is damaged (it is not %Ln byte(s) long). Restore it from a backup; secrets sealed with it cannot be opened.</source>
        <extracomment>%1 is the key&apos;s name in the secret store</extracomment>
        <translation>
            <numerusform>The stored key %1 is damaged (it is not %Ln byte long). Restore it from a backup; secrets sealed with it cannot be opened.</numerusform>
            <numerusform>The stored key %1 is damaged (it is not %Ln bytes long). Restore it from a backup; secrets sealed with it cannot be opened.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::PasswordPolicy</name>
    <message numerus="yes">
        <source>It is shorter than %Ln character(s).</source>
        <translation>
            <numerusform>It is shorter than %Ln character.</numerusform>
            <numerusform>It is shorter than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is longer than %Ln character(s).</source>
        <translation>
            <numerusform>It is longer than %Ln character.</numerusform>
            <numerusform>It is longer than %Ln characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It needs at least %Ln kind(s) of characters (lower-case letters, upper-case letters, letters without case such as Arabic, digits, symbols), or a length of %L1 characters or more.</source>
        <extracomment>%n counts kinds of characters, %1 is a length in characters</extracomment>
        <translation>
            <numerusform>It needs at least %Ln kind of character (lower-case letters, upper-case letters, letters without case such as Arabic, digits, symbols), or a length of %L1 characters or more.</numerusform>
            <numerusform>It needs at least %Ln kinds of characters (lower-case letters, upper-case letters, letters without case such as Arabic, digits, symbols), or a length of %L1 characters or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln kind(s) of characters (lower-case letters, upper-case letters, letters without case such as Arabic, digits, symbols), or %L1 characters or more.</source>
        <extracomment>%n counts kinds of characters, %1 is a length in characters</extracomment>
        <translation>
            <numerusform>At least %Ln kind of character (lower-case letters, upper-case letters, letters without case such as Arabic, digits, symbols), or %L1 characters or more.</numerusform>
            <numerusform>At least %Ln kinds of characters (lower-case letters, upper-case letters, letters without case such as Arabic, digits, symbols), or %L1 characters or more.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::PersonalDataSummary</name>
    <message numerus="yes">
        <source>%Ln entries in the security log were written by or about this user.</source>
        <translation>
            <numerusform>%Ln entry in the security log was written by or about this user.</numerusform>
            <numerusform>%Ln entries in the security log were written by or about this user.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alerts concern this user.</source>
        <translation>
            <numerusform>%Ln alert concerns this user.</numerusform>
            <numerusform>%Ln alerts concern this user.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::RoleService</name>
    <message numerus="yes">
        <source>The role &quot;%1&quot; is assigned to %Ln user(s); give them another role first.</source>
        <translation>
            <numerusform>The role &quot;%1&quot; is assigned to %Ln user; give them another role first.</numerusform>
            <numerusform>The role &quot;%1&quot; is assigned to %Ln users; give them another role first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::SignInService</name>
    <message numerus="yes">
        <source>This account is locked after too many failed sign-ins. Try again in %Ln minute(s) or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>This account is locked after too many failed sign-ins. Try again in %Ln minute or ask an administrator to unlock it.</numerusform>
            <numerusform>This account is locked after too many failed sign-ins. Try again in %Ln minutes or ask an administrator to unlock it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::SmsOtpService</name>
    <message numerus="yes">
        <source>Too many codes were requested. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>Too many codes were requested. Try again in %Ln second.</numerusform>
            <numerusform>Too many codes were requested. Try again in %Ln seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code is not correct. %Ln attempt(s) left.</source>
        <translation>
            <numerusform>The code is not correct. %Ln attempt left.</numerusform>
            <numerusform>The code is not correct. %Ln attempts left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::UserImporter</name>
    <message numerus="yes">
        <source>The header lacks %Ln column(s): %1.</source>
        <extracomment>%1 lists the missing column names</extracomment>
        <translation>
            <numerusform>The header lacks %Ln column: %1.</numerusform>
            <numerusform>The header lacks %Ln columns: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln field(s); the header has %L1.</source>
        <translation>
            <numerusform>The row has %Ln field; the header has %L1.</numerusform>
            <numerusform>The row has %Ln fields; the header has %L1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::WebhookSmsSender</name>
    <message numerus="yes">
        <source>The SMS gateway %1 did not answer within %Ln second(s).</source>
        <translation>
            <numerusform>The SMS gateway %1 did not answer within %Ln second.</numerusform>
            <numerusform>The SMS gateway %1 did not answer within %Ln seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ctl</name>
    <message numerus="yes">
        <source>The security log has been altered: the chain breaks at entry %1 (%2). %Ln entries checked.</source>
        <extracomment>%1 is the number (id) of a log entry, %2 why its hash does not match</extracomment>
        <translation>
            <numerusform>The security log has been altered: the chain breaks at entry %1 (%2). %Ln entry checked.</numerusform>
            <numerusform>The security log has been altered: the chain breaks at entry %1 (%2). %Ln entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The security log is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>The security log is intact: %Ln entry checked.</numerusform>
            <numerusform>The security log is intact: %Ln entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>
            <numerusform>%Ln entry exported to %1.</numerusform>
            <numerusform>%Ln entries exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: on, %Ln backup code(s) left.</source>
        <extracomment>Two-factor sign-in of the user %1</extracomment>
        <translation>
            <numerusform>%1: on, %Ln backup code left.</numerusform>
            <numerusform>%1: on, %Ln backup codes left.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New encryption key in use; %Ln secret(s) re-encrypted.</source>
        <translation>
            <numerusform>New encryption key in use; %Ln secret re-encrypted.</numerusform>
            <numerusform>New encryption key in use; %Ln secrets re-encrypted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %Ln row(s) have errors.</source>
        <translation>
            <numerusform>Nothing imported: %Ln row has errors.</numerusform>
            <numerusform>Nothing imported: %Ln rows have errors.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln user(s) would be created.</source>
        <translation>
            <numerusform>Dry run: %Ln user would be created.</numerusform>
            <numerusform>Dry run: %Ln users would be created.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln user(s).</source>
        <translation>
            <numerusform>Imported %Ln user.</numerusform>
            <numerusform>Imported %Ln users.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing user(s) would be skipped.</source>
        <translation>
            <numerusform>%Ln existing user would be skipped.</numerusform>
            <numerusform>%Ln existing users would be skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing user(s) skipped.</source>
        <translation>
            <numerusform>%Ln existing user skipped.</numerusform>
            <numerusform>%Ln existing users skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln erasures also pseudonymised archived entries: run with --with-archives to check them.</source>
        <translation>
            <numerusform>%Ln erasure also pseudonymised archived entries: run with --with-archives to check them.</numerusform>
            <numerusform>%Ln erasures also pseudonymised archived entries: run with --with-archives to check them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries archived to %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>
            <numerusform>%Ln entry archived to %1.</numerusform>
            <numerusform>%Ln entries archived to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries are kept in the live log for %Ln days.</source>
        <translation>
            <numerusform>Entries are kept in the live log for %Ln day.</numerusform>
            <numerusform>Entries are kept in the live log for %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>User %1 erased; %Ln log entries now name them %2.</source>
        <extracomment>%1 is the erased user&apos;s former name, %2 the pseudonym that replaces it</extracomment>
        <translation>
            <numerusform>User %1 erased; %Ln log entry now names them %2.</numerusform>
            <numerusform>User %1 erased; %Ln log entries now name them %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries were already pseudonymised by an earlier erasure and were left as they are.</source>
        <translation>
            <numerusform>%Ln entry was already pseudonymised by an earlier erasure and was left as it is.</numerusform>
            <numerusform>%Ln entries were already pseudonymised by an earlier erasure and were left as they are.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::AdoptionChart</name>
    <message numerus="yes">
        <source>%1: %2 of %Ln users</source>
        <extracomment>%1 is a role; then how many of its users have two-factor authentication, e.g. &quot;Broker: 3 of 12 users&quot;</extracomment>
        <translation>
            <numerusform>%1: %2 of %Ln user</numerusform>
            <numerusform>%1: %2 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln users have two-factor authentication</source>
        <extracomment>How many of the accounts that may sign in have two-factor authentication</extracomment>
        <translation>
            <numerusform>%1 of %Ln user has two-factor authentication</numerusform>
            <numerusform>%1 of %Ln users have two-factor authentication</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::AlertTrayNotifier</name>
    <message numerus="yes">
        <source>%Ln high-severity alert(s)</source>
        <translation>
            <numerusform>%Ln high-severity alert</numerusform>
            <numerusform>%Ln high-severity alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more high-severity alert(s)</source>
        <translation>
            <numerusform>%Ln more high-severity alert</numerusform>
            <numerusform>%Ln more high-severity alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::AlertsPage</name>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alert</numerusform>
            <numerusform>%Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln alert(s)</source>
        <extracomment>%1 is how many alerts the filters let through, %Ln how many there are</extracomment>
        <translation>
            <numerusform>Showing %1 of %Ln alert</numerusform>
            <numerusform>Showing %1 of %Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused, %Ln new alert(s) held</source>
        <translation>
            <numerusform>Paused, %Ln new alert held</numerusform>
            <numerusform>Paused, %Ln new alerts held</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::AllowListDialog</name>
    <message numerus="yes">
        <source>Remove %Ln entries from the allow-list?</source>
        <comment>always two or more</comment>
        <translation>
            <numerusform>Remove %Ln entry from the allow-list?</numerusform>
            <numerusform>Remove %Ln entries from the allow-list?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::BackupPanel</name>
    <message numerus="yes">
        <source>No backup in the last %Ln day(s).</source>
        <translation>
            <numerusform>No backup in the last %Ln day.</numerusform>
            <numerusform>No backup in the last %Ln days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::BlockIpDialog</name>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln minute</numerusform>
            <numerusform>%Ln minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln hour</numerusform>
            <numerusform>%Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <comment>custom duration unit</comment>
        <extracomment>A unit after the number in the custom duration, e.g. &quot;2 [hours]&quot;</extracomment>
        <translation>
            <numerusform>minute</numerusform>
            <numerusform>minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hours</source>
        <comment>custom duration unit</comment>
        <extracomment>A unit after the number in the custom duration, e.g. &quot;2 [hours]&quot;</extracomment>
        <translation>
            <numerusform>hour</numerusform>
            <numerusform>hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <comment>custom duration unit</comment>
        <extracomment>A unit after the number in the custom duration, e.g. &quot;2 [hours]&quot;</extracomment>
        <translation>
            <numerusform>day</numerusform>
            <numerusform>days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::BlockedIpsPage</name>
    <message numerus="yes">
        <source>%Ln blocked, %1 permanent</source>
        <extracomment>Status line: %Ln active blocks, %1 of them permanent</extracomment>
        <translation>
            <numerusform>%Ln blocked, %1 permanent</numerusform>
            <numerusform>%Ln blocked, %1 permanent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocked, %1 permanent (%2 shown)</source>
        <extracomment>Status line while searching: %Ln active blocks, %1 of them permanent, %2 match the search</extracomment>
        <translation>
            <numerusform>%Ln blocked, %1 permanent (%2 shown)</numerusform>
            <numerusform>%Ln blocked, %1 permanent (%2 shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln addresses?</source>
        <comment>always two or more</comment>
        <translation>
            <numerusform>Unblock %Ln address?</numerusform>
            <numerusform>Unblock %Ln addresses?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks removed.</source>
        <comment>always two or more</comment>
        <translation>
            <numerusform>%Ln block removed.</numerusform>
            <numerusform>%Ln blocks removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::DashboardPage</name>
    <message numerus="yes">
        <source>Last %Ln hours</source>
        <translation>
            <numerusform>Last %Ln hour</numerusform>
            <numerusform>Last %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln days</source>
        <translation>
            <numerusform>Last %Ln day</numerusform>
            <numerusform>Last %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::IpRangeInput</name>
    <message numerus="yes">
        <source>The network %1 covers %2 addresses.</source>
        <extracomment>%1 is a network in CIDR notation, %2 the number of addresses in it (always two or more)</extracomment>
        <translation>
            <numerusform>The network %1 covers %2 address.</numerusform>
            <numerusform>The network %1 covers %2 addresses.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The network %1 covers %2 %3 subnets.</source>
        <extracomment>%1 is a network in CIDR notation, %2 the number of subnets in it (always two or more), %3 the subnet size &quot;/64&quot;</extracomment>
        <translation>
            <numerusform>The network %1 covers %2 %3 subnet.</numerusform>
            <numerusform>The network %1 covers %2 %3 subnets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::PersonalDataExportController</name>
    <message numerus="yes">
        <source>Read %1 of %Ln records…</source>
        <extracomment>%1 is the number of records read so far; %Ln the number to read</extracomment>
        <translation>
            <numerusform>Read %1 of %Ln record…</numerusform>
            <numerusform>Read %1 of %Ln records…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::PolicyEditor</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln second</numerusform>
            <numerusform>%Ln seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::RankedList</name>
    <message numerus="yes">
        <source>%1: %Ln offences</source>
        <translation>
            <numerusform>%1: %Ln offence</numerusform>
            <numerusform>%1: %Ln offences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln failed sign-ins</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>
            <numerusform>%1: %Ln failed sign-in</numerusform>
            <numerusform>%1: %Ln failed sign-ins</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::RetentionPanel</name>
    <message numerus="yes">
        <source>Nothing to archive: no entry is older than %Ln days.</source>
        <translation>
            <numerusform>Nothing to archive: no entry is older than %Ln day.</numerusform>
            <numerusform>Nothing to archive: no entry is older than %Ln days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries archived to %1.</source>
        <translation>
            <numerusform>%Ln entry archived to %1.</numerusform>
            <numerusform>%Ln entries archived to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::SecondFactorPanel</name>
    <message numerus="yes">
        <source>%Ln digit(s)</source>
        <translation>
            <numerusform>%Ln digit</numerusform>
            <numerusform>%Ln digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code from the text message. It is valid for %Ln minute(s).</source>
        <translation>
            <numerusform>The code from the text message. It is valid for %Ln minute.</numerusform>
            <numerusform>The code from the text message. It is valid for %Ln minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::SecurityLogExportController</name>
    <message numerus="yes">
        <source>Exported %1 of %Ln entries…</source>
        <extracomment>%1 is the number of entries written so far; %Ln the number to write</extracomment>
        <translation>
            <numerusform>Exported %1 of %Ln entry…</numerusform>
            <numerusform>Exported %1 of %Ln entries…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::SecurityLogFilterBar</name>
    <message numerus="yes">
        <source>Last %Ln hours</source>
        <translation>
            <numerusform>Last %Ln hour</numerusform>
            <numerusform>Last %Ln hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln days</source>
        <translation>
            <numerusform>Last %Ln day</numerusform>
            <numerusform>Last %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::SecurityLogPage</name>
    <message numerus="yes">
        <source>Exported %Ln entries to %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>
            <numerusform>Exported %Ln entry to %1.</numerusform>
            <numerusform>Exported %Ln entries to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln newer entries match the filters.</source>
        <translation>
            <numerusform>More than %Ln newer entry matches the filters.</numerusform>
            <numerusform>More than %Ln newer entries match the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer entries match the filters.</source>
        <translation>
            <numerusform>%Ln newer entry matches the filters.</numerusform>
            <numerusform>%Ln newer entries match the filters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · loading…</source>
        <translation>
            <numerusform>%Ln entry · loading…</numerusform>
            <numerusform>%Ln entries · loading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · %1 loaded · loading…</source>
        <extracomment>%Ln entries match the filters; %1 of them are loaded into the table</extracomment>
        <translation>
            <numerusform>%Ln entry · %1 loaded · loading…</numerusform>
            <numerusform>%Ln entries · %1 loaded · loading…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · %1 loaded</source>
        <extracomment>%Ln entries match the filters; %1 of them are loaded into the table</extracomment>
        <translation>
            <numerusform>%Ln entry · %1 loaded</numerusform>
            <numerusform>%Ln entries · %1 loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The hash chain is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>The hash chain is intact: %Ln entry checked.</numerusform>
            <numerusform>The hash chain is intact: %Ln entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::SeverityChart</name>
    <message numerus="yes">
        <source>%1: %Ln alerts</source>
        <extracomment>%1 is a severity (Critical, High, …)</extracomment>
        <translation>
            <numerusform>%1: %Ln alert</numerusform>
            <numerusform>%1: %Ln alerts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::TotpEnrollPanel</name>
    <message numerus="yes">
        <source>&amp;Code shown by the app (%Ln digits):</source>
        <translation>
            <numerusform>&amp;Code shown by the app (%Ln digit):</numerusform>
            <numerusform>&amp;Code shown by the app (%Ln digits):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln-digit code the authenticator app shows now</source>
        <translation>
            <numerusform>The %Ln-digit code the authenticator app shows now</numerusform>
            <numerusform>The %Ln-digit code the authenticator app shows now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::TwoFactorPanel</name>
    <message numerus="yes">
        <source>&amp;Without two-factor authentication: %Ln users (first %1 shown)</source>
        <extracomment>%1 of them are listed</extracomment>
        <translation>
            <numerusform>&amp;Without two-factor authentication: %Ln user (first %1 shown)</numerusform>
            <numerusform>&amp;Without two-factor authentication: %Ln users (first %1 shown)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Without two-factor authentication: %Ln users</source>
        <translation>
            <numerusform>&amp;Without two-factor authentication: %Ln user</numerusform>
            <numerusform>&amp;Without two-factor authentication: %Ln users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::UserTableModel</name>
    <message numerus="yes">
        <source>Locked after %Ln failed sign-in(s) until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>
            <numerusform>Locked after %Ln failed sign-in until %1</numerusform>
            <numerusform>Locked after %Ln failed sign-ins until %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::UsersPage</name>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>%Ln user</numerusform>
            <numerusform>%Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <extracomment>%1 is how many of the %Ln users the filters show</extracomment>
        <translation>
            <numerusform>%1 of %Ln user</numerusform>
            <numerusform>%1 of %Ln users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was erased. %Ln security-log entries now name them %2.</source>
        <translation>
            <numerusform>%1 was erased. %Ln security-log entry now names them %2.</numerusform>
            <numerusform>%1 was erased. %Ln security-log entries now name them %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
