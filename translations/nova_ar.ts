<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name>AppSettings</name>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>تعذّرت كتابة الإعدادات في %1.</translation>
    </message>
    <message>
        <source>Enter a WebSocket address such as wss://alerts.example.com:8443, or leave it empty.</source>
        <translation>أدخل عنوان WebSocket مثل wss://alerts.example.com:8443، أو اتركه فارغًا.</translation>
    </message>
    <message>
        <source>The alert server address must not contain a user name or password; the desktop signs in with its session.</source>
        <translation>يجب ألا يتضمن عنوان خادم التنبيهات اسم مستخدم أو كلمة مرور؛ يسجّل التطبيق الدخول بجلسته.</translation>
    </message>
    <message>
        <source>The lock timeout must be between 0 (never) and %1 minutes.</source>
        <translation>يجب أن تكون مهلة القفل بين 0 (أبدًا) و%1 دقيقة.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>لغة غير معروفة: &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Security administration for Nova CRM</source>
        <translation>إدارة الأمان لنظام Nova CRM</translation>
    </message>
    <message>
        <source>Database to open: a SQLite file or postgresql://… (default: the one in Settings, else the embedded SQLite file).</source>
        <translation>قاعدة البيانات المراد فتحها: ملف SQLite أو postgresql://… (الافتراضي: المحددة في الإعدادات، وإلا فملف SQLite المدمج).</translation>
    </message>
    <message>
        <source>Open a throw-away database with sample users, a security log and a stream of live alerts.</source>
        <translation>فتح قاعدة بيانات تجريبية مؤقتة فيها مستخدمون نموذجيون وسجل أمان وتدفق من التنبيهات المباشرة.</translation>
    </message>
    <message>
        <source>Render the main window to a PNG file once it has loaded, then exit.</source>
        <translation>حفظ صورة النافذة الرئيسية في ملف PNG بعد اكتمال تحميلها، ثم الخروج.</translation>
    </message>
    <message>
        <source>Window size for --screenshot (default 1280x800).</source>
        <translation>حجم النافذة مع --screenshot (الافتراضي 1280x800).</translation>
    </message>
    <message>
        <source>Language for this run only: en or ar (default: the one in Settings).</source>
        <translation>اللغة لهذا التشغيل فقط: en أو ar (الافتراضي: المحددة في الإعدادات).</translation>
    </message>
    <message>
        <source>--size wants WIDTHxHEIGHT, e.g. 1280x800.
</source>
        <translation>يتطلب --size القيمة WIDTHxHEIGHT، مثل 1280x800.
</translation>
    </message>
    <message>
        <source>--language wants en or ar.
</source>
        <translation>يتطلب --language القيمة en أو ar.
</translation>
    </message>
    <message>
        <source>Page to open: dashboard, users, roles, log, blocked-ips, alerts or settings.</source>
        <translation>الصفحة المراد فتحها: dashboard أو users أو roles أو log أو blocked-ips أو alerts أو settings.</translation>
    </message>
</context>
<context>
    <name>nova::AeadCipher</name>
    <message>
        <source>The encryption key must be 32 bytes.</source>
        <translation>يجب أن يكون طول مفتاح التشفير 32 بايتًا.</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>فشل التشفير.</translation>
    </message>
    <message>
        <source>The encrypted data is truncated.</source>
        <translation>البيانات المشفرة ناقصة.</translation>
    </message>
    <message>
        <source>The encrypted data has an unknown format version.</source>
        <translation>إصدار تنسيق البيانات المشفرة غير معروف.</translation>
    </message>
    <message>
        <source>The encrypted data failed its integrity check: it was altered, or the key is wrong.</source>
        <translation>فشل التحقق من سلامة البيانات المشفرة: إما أنها عُدّلت وإما أن المفتاح خاطئ.</translation>
    </message>
</context>
<context>
    <name>nova::AlertBus</name>
    <message>
        <source>The alert could not be stored.</source>
        <translation>تعذّر حفظ التنبيه.</translation>
    </message>
    <message>
        <source>There is no alert number %1.</source>
        <translation>لا يوجد تنبيه بالرقم %1.</translation>
    </message>
    <message>
        <source>The poll interval must be positive.</source>
        <translation>يجب أن تكون فترة الاستطلاع أكبر من صفر.</translation>
    </message>
</context>
<context>
    <name>nova::AlertClient</name>
    <message>
        <source>The certificate file %1 cannot be read: %2</source>
        <translation>تعذّرت قراءة ملف الشهادة %1: %2</translation>
    </message>
    <message>
        <source>The file %1 holds no PEM certificate.</source>
        <translation>لا يحتوي الملف %1 على شهادة PEM.</translation>
    </message>
    <message>
        <source>The alert server address %1 is not a %2 or %3 URL.</source>
        <extracomment>%1 is the configured address, %2 and %3 the schemes ws:// and wss://</extracomment>
        <translation>عنوان خادم التنبيهات %1 ليس عنوان URL يبدأ بـ %2 أو %3.</translation>
    </message>
    <message>
        <source>Sign in to receive live alerts.</source>
        <translation>سجّل الدخول لتلقي التنبيهات المباشرة.</translation>
    </message>
    <message>
        <source>The alert server cannot be reached: %1</source>
        <translation>تعذّر الوصول إلى خادم التنبيهات: %1</translation>
    </message>
    <message>
        <source>The alert server&apos;s certificate is not trusted: %1</source>
        <translation>شهادة خادم التنبيهات غير موثوقة: %1</translation>
    </message>
    <message>
        <source>The alert server refused the sign-in (%1). Sign in again.</source>
        <extracomment>%1 is the server&apos;s reason code, such as &quot;expired&quot;</extracomment>
        <translation>رفض خادم التنبيهات تسجيل الدخول (%1). سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The alert server closed the connection (%1 %2).</source>
        <extracomment>%1 is a WebSocket close code, %2 the server&apos;s reason</extracomment>
        <translation>أغلق خادم التنبيهات الاتصال (%1 %2).</translation>
    </message>
    <message>
        <source>The alert server stopped answering; reconnecting.</source>
        <translation>توقف خادم التنبيهات عن الاستجابة؛ جارٍ إعادة الاتصال.</translation>
    </message>
</context>
<context>
    <name>nova::AlertProtocol</name>
    <message>
        <source>The field &quot;%1&quot; is required.</source>
        <translation>الحقل &quot;%1&quot; مطلوب.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number from %L2 to %L3.</source>
        <translation>يجب أن تكون قيمة الحقل &quot;%1&quot; عددًا صحيحًا من %L2 إلى %L3.</translation>
    </message>
    <message numerus="yes">
        <source>The frame is larger than %Ln byte(s).</source>
        <translation>
            <numerusform>حجم الإطار أكبر من %Ln بايت.</numerusform>
            <numerusform>حجم الإطار أكبر من بايت واحد.</numerusform>
            <numerusform>حجم الإطار أكبر من بايتين.</numerusform>
            <numerusform>حجم الإطار أكبر من %Ln بايتات.</numerusform>
            <numerusform>حجم الإطار أكبر من %Ln بايتًا.</numerusform>
            <numerusform>حجم الإطار أكبر من %Ln بايت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The frame nests deeper than %Ln level(s).</source>
        <translation>
            <numerusform>يتجاوز عمق التداخل في الإطار %Ln مستوى.</numerusform>
            <numerusform>يتجاوز عمق التداخل في الإطار مستوى واحدًا.</numerusform>
            <numerusform>يتجاوز عمق التداخل في الإطار مستويين.</numerusform>
            <numerusform>يتجاوز عمق التداخل في الإطار %Ln مستويات.</numerusform>
            <numerusform>يتجاوز عمق التداخل في الإطار %Ln مستوى.</numerusform>
            <numerusform>يتجاوز عمق التداخل في الإطار %Ln مستوى.</numerusform>
        </translation>
    </message>
    <message>
        <source>The frame is not valid JSON (at character %L1).</source>
        <translation>الإطار ليس JSON صالحًا (عند الحرف %L1).</translation>
    </message>
    <message>
        <source>The frame must be a JSON object.</source>
        <translation>يجب أن يكون الإطار كائن JSON.</translation>
    </message>
    <message>
        <source>The field &quot;type&quot; must be a string.</source>
        <translation>يجب أن تكون قيمة الحقل &quot;type&quot; نصًا.</translation>
    </message>
    <message>
        <source>Unknown frame type &quot;%1&quot;.</source>
        <translation>نوع الإطار &quot;%1&quot; غير معروف.</translation>
    </message>
    <message>
        <source>A &quot;%1&quot; frame has no field &quot;%2&quot;.</source>
        <extracomment>%1 is a frame type such as &quot;subscribe&quot;, %2 the field the client sent</extracomment>
        <translation>لا يحتوي إطار &quot;%1&quot; على حقل باسم &quot;%2&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The field &quot;token&quot; must be a string of 1 to %Ln character(s).</source>
        <translation>
            <numerusform>يجب أن تكون قيمة الحقل &quot;token&quot; نصًا لا يقل عن حرف واحد ولا يزيد على %Ln حرف.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;token&quot; نصًا من حرف واحد.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;token&quot; نصًا لا يقل عن حرف واحد ولا يزيد على حرفين.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;token&quot; نصًا لا يقل عن حرف واحد ولا يزيد على %Ln أحرف.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;token&quot; نصًا لا يقل عن حرف واحد ولا يزيد على %Ln حرفًا.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;token&quot; نصًا لا يقل عن حرف واحد ولا يزيد على %Ln حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The field &quot;channels&quot; must be a list of at most %Ln channel name(s).</source>
        <translation>
            <numerusform>يجب أن تكون قيمة الحقل &quot;channels&quot; قائمة بأسماء قنوات لا يزيد عددها على %Ln.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;channels&quot; قائمة فيها اسم قناة واحد على الأكثر.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;channels&quot; قائمة فيها اسما قناتين على الأكثر.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;channels&quot; قائمة بأسماء قنوات لا يزيد عددها على %Ln.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;channels&quot; قائمة بأسماء قنوات لا يزيد عددها على %Ln.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;channels&quot; قائمة بأسماء قنوات لا يزيد عددها على %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The field &quot;event&quot; must be a JSON object.</source>
        <translation>يجب أن تكون قيمة الحقل &quot;event&quot; كائن JSON.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a channel name: %2, %3, %4, %5 or %6.</source>
        <extracomment>%1 is a field name; %2 to %6 are the channel names the protocol accepts</extracomment>
        <translation>يجب أن تكون قيمة الحقل &quot;%1&quot; اسم قناة: %2 أو %3 أو %4 أو %5 أو %6.</translation>
    </message>
</context>
<context>
    <name>nova::AlertServer</name>
    <message>
        <source>TLS is not available on this system.</source>
        <translation>بروتوكول TLS غير متاح على هذا النظام.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>تعذّرت قراءة شهادة PEM من %1.</translation>
    </message>
    <message>
        <source>The TLS key %1 cannot be read: %2</source>
        <translation>تعذّرت قراءة مفتاح TLS %1: %2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted PEM private key (RSA, EC or DSA).</source>
        <translation>لا يحتوي %1 على مفتاح خاص بصيغة PEM غير مشفر (RSA أو EC أو DSA).</translation>
    </message>
    <message>
        <source>TLS needs both a certificate file and a key file.</source>
        <translation>يحتاج TLS إلى ملف شهادة وملف مفتاح معًا.</translation>
    </message>
    <message>
        <source>The alert endpoint cannot listen on %1 port %2: %3</source>
        <extracomment>%1 is an IP address, %2 a port number, %3 the system&apos;s reason</extracomment>
        <translation>تعذّر على نقطة اتصال التنبيهات الاستماع على العنوان %1 والمنفذ %2: %3</translation>
    </message>
    <message>
        <source>Binary frames are not part of the protocol; send JSON text.</source>
        <translation>الإطارات الثنائية ليست جزءًا من البروتوكول؛ أرسل نص JSON.</translation>
    </message>
    <message>
        <source>This connection is already signed in.</source>
        <translation>سُجّل الدخول على هذا الاتصال بالفعل.</translation>
    </message>
    <message>
        <source>An ingest connection may only send events.</source>
        <translation>لا يُسمح لاتصال استقبال الأحداث إلا بإرسال الأحداث.</translation>
    </message>
    <message>
        <source>Only an ingest connection may send events.</source>
        <translation>لا يُسمح بإرسال الأحداث إلا لاتصال استقبال الأحداث.</translation>
    </message>
    <message>
        <source>This connection is not subscribed to %1.</source>
        <translation>هذا الاتصال غير مشترك في %1.</translation>
    </message>
    <message>
        <source>A resume is already running on this connection.</source>
        <translation>يجري استئناف على هذا الاتصال بالفعل.</translation>
    </message>
    <message>
        <source>This server does not take events.</source>
        <translation>هذا الخادم لا يستقبل الأحداث.</translation>
    </message>
    <message>
        <source>You may not read the channel %1.</source>
        <translation>لا يُسمح لك بقراءة القناة %1.</translation>
    </message>
    <message>
        <source>There is no alert number %1.</source>
        <translation>لا يوجد تنبيه بالرقم %1.</translation>
    </message>
    <message>
        <source>Subscribe to %1 to acknowledge its alerts.</source>
        <translation>اشترك في %1 لتأكيد الاطلاع على تنبيهاتها.</translation>
    </message>
    <message>
        <source>You may not acknowledge alerts on %1.</source>
        <translation>لا يُسمح لك بتأكيد الاطلاع على التنبيهات في %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many frames: at most %L1 in %Ln second(s).</source>
        <extracomment>%1 is a number of frames</extracomment>
        <translation>
            <numerusform>عدد الإطارات كبير جدًا: الحد الأقصى %L1 خلال %Ln ثانية.</numerusform>
            <numerusform>عدد الإطارات كبير جدًا: الحد الأقصى %L1 خلال ثانية واحدة.</numerusform>
            <numerusform>عدد الإطارات كبير جدًا: الحد الأقصى %L1 خلال ثانيتين.</numerusform>
            <numerusform>عدد الإطارات كبير جدًا: الحد الأقصى %L1 خلال %Ln ثوانٍ.</numerusform>
            <numerusform>عدد الإطارات كبير جدًا: الحد الأقصى %L1 خلال %Ln ثانية.</numerusform>
            <numerusform>عدد الإطارات كبير جدًا: الحد الأقصى %L1 خلال %Ln ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::BackupHeader</name>
    <message>
        <source>The backup&apos;s header is damaged, so the backup cannot be opened.</source>
        <translation>ترويسة النسخة الاحتياطية تالفة، لذا لا يمكن فتحها.</translation>
    </message>
    <message>
        <source>This file is not a Nova Admin backup.</source>
        <translation>هذا الملف ليس نسخة احتياطية من Nova Admin.</translation>
    </message>
    <message>
        <source>The backup is incomplete: the file ends inside its header.</source>
        <translation>النسخة الاحتياطية ناقصة: ينتهي الملف قبل اكتمال ترويسته.</translation>
    </message>
    <message>
        <source>This backup was made by a newer Nova Admin (backup format %1). Update Nova Admin to open it.</source>
        <translation>أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من Nova Admin (صيغة النسخ %1). حدّث Nova Admin لفتحها.</translation>
    </message>
</context>
<context>
    <name>nova::BackupKeyDerivation</name>
    <message>
        <source>The key could not be derived from the passphrase: %1</source>
        <extracomment>%1 is libargon2&apos;s own (English) reason</extracomment>
        <translation>تعذّر اشتقاق المفتاح من عبارة المرور: %1</translation>
    </message>
</context>
<context>
    <name>nova::BackupStream</name>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
    <message>
        <source>Cannot read the backup: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>تعذّرت قراءة النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>Cannot write the backup: %1</source>
        <extracomment>%1 is the system&apos;s reason</extracomment>
        <translation>تعذّرت كتابة النسخة الاحتياطية: %1</translation>
    </message>
    <message>
        <source>The backup is incomplete: the file ends before its last part. It was probably cut off while being copied.</source>
        <translation>النسخة الاحتياطية ناقصة: ينتهي الملف قبل جزئه الأخير. ربما انقطع أثناء نسخه.</translation>
    </message>
    <message>
        <source>The backup is damaged or was altered: part %1 failed its integrity check.</source>
        <extracomment>%1 is the number of a part of the file, counted from 1</extracomment>
        <translation>النسخة الاحتياطية تالفة أو عُدّلت: فشل الجزء %1 في فحص السلامة.</translation>
    </message>
    <message>
        <source>Cannot read the database copy: %1</source>
        <translation>تعذّرت قراءة نسخة قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>فشل التشفير.</translation>
    </message>
    <message>
        <source>The database copy changed while it was being encrypted.</source>
        <extracomment>The copy of the database changed size while it was being encrypted</extracomment>
        <translation>تغيّرت نسخة قاعدة البيانات أثناء تشفيرها.</translation>
    </message>
    <message>
        <source>The backup has unexpected data after its end: it was altered.</source>
        <translation>في النسخة الاحتياطية بيانات غير متوقعة بعد نهايتها: لقد عُدّلت.</translation>
    </message>
    <message>
        <source>Cannot write the decrypted copy: %1</source>
        <translation>تعذّرت كتابة النسخة المفكوك تشفيرها: %1</translation>
    </message>
</context>
<context>
    <name>nova::Base32</name>
    <message>
        <source>The base32 text is too long.</source>
        <translation>نص base32 طويل جدًا.</translation>
    </message>
    <message>
        <source>The base32 text is empty.</source>
        <translation>نص base32 فارغ.</translation>
    </message>
    <message>
        <source>Characters follow the &apos;=&apos; padding.</source>
        <translation>توجد أحرف بعد الحشو &apos;=&apos;.</translation>
    </message>
    <message>
        <source>The &apos;=&apos; padding has the wrong length.</source>
        <translation>طول الحشو &apos;=&apos; غير صحيح.</translation>
    </message>
    <message>
        <source>The base32 text has an impossible length.</source>
        <translation>طول نص base32 غير ممكن.</translation>
    </message>
    <message>
        <source>The base32 text contains a character outside A–Z and 2–7.</source>
        <translation>يحتوي نص base32 على حرف ليس من A إلى Z ولا من 2 إلى 7.</translation>
    </message>
</context>
<context>
    <name>nova::DashboardQuery</name>
    <message>
        <source>The number of rows must be between %L1 and %L2.</source>
        <translation>يجب أن يكون عدد الصفوف بين %L1 و%L2.</translation>
    </message>
    <message>
        <source>A chart needs between %L1 and %L2 time buckets of a positive width.</source>
        <translation>يحتاج المخطط إلى ما بين %L1 و%L2 من الفترات الزمنية ذات العرض الموجب.</translation>
    </message>
    <message>
        <source>The time range ends before it starts.</source>
        <translation>ينتهي النطاق الزمني قبل أن يبدأ.</translation>
    </message>
</context>
<context>
    <name>nova::Database</name>
    <message>
        <source>The database is locked by another program. Try again in a moment.</source>
        <translation>قاعدة البيانات مقفلة من قِبل برنامج آخر. حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The database is read-only.</source>
        <translation>قاعدة البيانات للقراءة فقط.</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database.</source>
        <translation>ملف قاعدة البيانات تالف أو ليس قاعدة بيانات.</translation>
    </message>
    <message>
        <source>That entry already exists.</source>
        <translation>هذا الإدخال موجود بالفعل.</translation>
    </message>
    <message>
        <source>The database server cannot be reached: %1</source>
        <translation>تعذّر الوصول إلى خادم قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>خطأ في قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>ملف قاعدة البيانات %1 غير موجود.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>تعذّرت قراءة ملف قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>The database file %1 is read-only.</source>
        <translation>ملف قاعدة البيانات %1 للقراءة فقط.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite database; it was left as it is.</source>
        <translation>الملف %1 ليس قاعدة بيانات SQLite؛ تُرك كما هو.</translation>
    </message>
    <message>
        <source>This database belongs to another program; Nova Admin left it untouched.</source>
        <translation>قاعدة البيانات هذه تخص برنامجًا آخر؛ لم يغيّر Nova Admin فيها شيئًا.</translation>
    </message>
    <message>
        <source>The database was created by a newer Nova Admin (schema %1; this version knows %2). Update Nova Admin; the database was not changed.</source>
        <translation>أُنشئت قاعدة البيانات بإصدار أحدث من Nova Admin (المخطط %1؛ وهذا الإصدار يعرف حتى %2). حدّث Nova Admin؛ لم تُغيَّر قاعدة البيانات.</translation>
    </message>
</context>
<context>
    <name>nova::DatabaseBackup</name>
    <message>
        <source>This database is on PostgreSQL: back it up with pg_dump as docs/BACKUPS.md describes, then record it with &quot;nova-ctl backup mark&quot;.</source>
        <extracomment>Keep pg_dump, docs/BACKUPS.md and &quot;nova-ctl backup mark&quot;: they are a program, a file and a command</extracomment>
        <translation>قاعدة البيانات هذه على PostgreSQL: انسخها احتياطيًا باستخدام pg_dump كما يشرح docs/BACKUPS.md، ثم سجّل النسخة باستخدام &quot;nova-ctl backup mark&quot;.</translation>
    </message>
    <message>
        <source>The backup key in the secret store is damaged (it is not 32 bytes long).</source>
        <translation>مفتاح النسخ الاحتياطي في مخزن الأسرار تالف (طوله ليس 32 بايت).</translation>
    </message>
    <message>
        <source>There is no backup key in this computer&apos;s secret store, so this backup cannot be opened here. Open it where it was made, or put that computer&apos;s backup key into this secret store.</source>
        <translation>لا يوجد مفتاح نسخ احتياطي في مخزن الأسرار على هذا الحاسوب، لذا لا يمكن فتح هذه النسخة هنا. افتحها حيث أُنشئت، أو ضع مفتاح النسخ الاحتياطي لذلك الحاسوب في مخزن الأسرار هذا.</translation>
    </message>
    <message>
        <source>The backup was cancelled; no file was written.</source>
        <translation>أُلغي النسخ الاحتياطي؛ لم يُكتب أي ملف.</translation>
    </message>
    <message>
        <source>The backup %1 was written, but it could not be recorded: %2</source>
        <extracomment>%1 is a file path, %2 the reason</extracomment>
        <translation>كُتبت النسخة الاحتياطية %1، لكن تعذّر تسجيلها: %2</translation>
    </message>
    <message numerus="yes">
        <source>The passphrase must have at least %Ln character(s).</source>
        <translation>
            <numerusform>يجب ألا تقل عبارة المرور عن %Ln حرف.</numerusform>
            <numerusform>يجب ألا تقل عبارة المرور عن حرف واحد.</numerusform>
            <numerusform>يجب ألا تقل عبارة المرور عن حرفين.</numerusform>
            <numerusform>يجب ألا تقل عبارة المرور عن %Ln أحرف.</numerusform>
            <numerusform>يجب ألا تقل عبارة المرور عن %Ln حرفًا.</numerusform>
            <numerusform>يجب ألا تقل عبارة المرور عن %Ln حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>A backup cannot be written over the database itself.</source>
        <translation>لا يمكن كتابة نسخة احتياطية فوق قاعدة البيانات نفسها.</translation>
    </message>
    <message>
        <source>Cannot create a temporary file in %1: %2</source>
        <extracomment>%1 is a folder, %2 the system&apos;s reason</extracomment>
        <translation>تعذّر إنشاء ملف مؤقت في %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>The verification was cancelled.</source>
        <translation>أُلغي التحقق.</translation>
    </message>
    <message>
        <source>This backup is protected by a passphrase.</source>
        <translation>هذه النسخة الاحتياطية محمية بعبارة مرور.</translation>
    </message>
    <message>
        <source>This backup is encrypted with the backup key in the secret store, not with a passphrase.</source>
        <translation>هذه النسخة الاحتياطية مشفرة بمفتاح النسخ الاحتياطي في مخزن الأسرار، لا بعبارة مرور.</translation>
    </message>
    <message>
        <source>The passphrase is wrong for this backup.</source>
        <translation>عبارة المرور خاطئة لهذه النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>This backup was encrypted with a different backup key than the one in this computer&apos;s secret store.</source>
        <translation>شُفّرت هذه النسخة الاحتياطية بمفتاح نسخ احتياطي غير المفتاح الموجود في مخزن الأسرار على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The backup&apos;s header does not match the database inside it.</source>
        <translation>ترويسة النسخة الاحتياطية لا تطابق قاعدة البيانات التي بداخلها.</translation>
    </message>
    <message>
        <source>The restore was cancelled; the database was not changed.</source>
        <translation>أُلغيت الاستعادة؛ لم تتغير قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The backup was restored, but updating its database failed: %1. The database as it was before is in %2.</source>
        <extracomment>%1 is the reason, %2 a file path</extracomment>
        <translation>استُعيدت النسخة الاحتياطية، لكن فشل تحديث قاعدة بياناتها: %1. قاعدة البيانات كما كانت من قبل محفوظة في %2.</translation>
    </message>
    <message>
        <source>The backup was restored, but the restore could not be logged: %1. The database as it was before is in %2.</source>
        <extracomment>%1 is the reason, %2 a file path</extracomment>
        <translation>استُعيدت النسخة الاحتياطية، لكن تعذّر تسجيل الاستعادة في السجل: %1. قاعدة البيانات كما كانت من قبل محفوظة في %2.</translation>
    </message>
    <message>
        <source>The safety copy of the current database failed its check, so nothing was restored: %1</source>
        <extracomment>%1 is the reason</extracomment>
        <translation>فشلت نسخة الأمان من قاعدة البيانات الحالية في الفحص، لذا لم يُستعد شيء: %1</translation>
    </message>
    <message numerus="yes">
        <source>The note is too long: at most %Ln character(s).</source>
        <translation>
            <numerusform>الملاحظة طويلة جدًا: %Ln حرف على الأكثر.</numerusform>
            <numerusform>الملاحظة طويلة جدًا: حرف واحد على الأكثر.</numerusform>
            <numerusform>الملاحظة طويلة جدًا: حرفان على الأكثر.</numerusform>
            <numerusform>الملاحظة طويلة جدًا: %Ln أحرف على الأكثر.</numerusform>
            <numerusform>الملاحظة طويلة جدًا: %Ln حرفًا على الأكثر.</numerusform>
            <numerusform>الملاحظة طويلة جدًا: %Ln حرف على الأكثر.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::DatabaseUrl</name>
    <message>
        <source>The PostgreSQL URL is not valid. Expected %1.</source>
        <extracomment>%1 is the form of a PostgreSQL URL</extracomment>
        <translation>عنوان URL لـ PostgreSQL غير صالح. الصيغة المتوقعة: %1.</translation>
    </message>
    <message>
        <source>The PostgreSQL URL must name one database, as in %1.</source>
        <extracomment>%1 is an example PostgreSQL URL</extracomment>
        <translation>يجب أن يحدد عنوان URL لـ PostgreSQL قاعدة بيانات واحدة، كما في %1.</translation>
    </message>
    <message>
        <source>Unknown PostgreSQL URL option: %1</source>
        <translation>خيار غير معروف في عنوان URL لـ PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Unsupported database URL. Use a file path, %1 or %2.</source>
        <extracomment>%1 and %2 are the forms of an SQLite and a PostgreSQL URL</extracomment>
        <translation>عنوان URL لقاعدة البيانات غير مدعوم. استخدم مسار ملف أو %1 أو %2.</translation>
    </message>
    <message>
        <source>The SQLite file path is empty.</source>
        <translation>مسار ملف SQLite فارغ.</translation>
    </message>
</context>
<context>
    <name>nova::EventIngestor</name>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; نصًا.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; is longer than %Ln character(s).</source>
        <translation>
            <numerusform>يتجاوز طول &quot;%1&quot; %Ln حرف.</numerusform>
            <numerusform>يتجاوز طول &quot;%1&quot; حرفًا واحدًا.</numerusform>
            <numerusform>يتجاوز طول &quot;%1&quot; حرفين.</numerusform>
            <numerusform>يتجاوز طول &quot;%1&quot; %Ln أحرف.</numerusform>
            <numerusform>يتجاوز طول &quot;%1&quot; %Ln حرفًا.</numerusform>
            <numerusform>يتجاوز طول &quot;%1&quot; %Ln حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the event.</source>
        <translation>الحقل &quot;%1&quot; في الحدث غير معروف.</translation>
    </message>
    <message>
        <source>&quot;event&quot; must name the event in lower case, e.g. &quot;login&quot;.</source>
        <translation>يجب أن تحمل قيمة &quot;event&quot; اسم الحدث بأحرف صغيرة، مثل &quot;login&quot;.</translation>
    </message>
    <message>
        <source>&quot;success&quot; must be true or false.</source>
        <translation>يجب أن تكون قيمة &quot;success&quot; إما true وإما false.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>&quot;%1&quot; ليس عنوان IPv4 أو IPv6.</translation>
    </message>
    <message>
        <source>&quot;severity&quot; must be info, low, medium, high or critical.</source>
        <translation>يجب أن تكون قيمة &quot;severity&quot; إحدى القيم info أو low أو medium أو high أو critical.</translation>
    </message>
    <message>
        <source>&quot;metadata&quot; must be an object.</source>
        <translation>يجب أن تكون قيمة &quot;metadata&quot; كائنًا.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;metadata&quot; is larger than %Ln byte(s).</source>
        <translation>
            <numerusform>حجم &quot;metadata&quot; أكبر من %Ln بايت.</numerusform>
            <numerusform>حجم &quot;metadata&quot; أكبر من بايت واحد.</numerusform>
            <numerusform>حجم &quot;metadata&quot; أكبر من بايتين.</numerusform>
            <numerusform>حجم &quot;metadata&quot; أكبر من %Ln بايتات.</numerusform>
            <numerusform>حجم &quot;metadata&quot; أكبر من %Ln بايتًا.</numerusform>
            <numerusform>حجم &quot;metadata&quot; أكبر من %Ln بايت.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;fields&quot; must be an object of strings.</source>
        <translation>يجب أن تكون قيمة &quot;fields&quot; كائنًا قيمه نصوص.</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln field(s) can be inspected per event.</source>
        <translation>
            <numerusform>يمكن فحص %Ln حقل على الأكثر في كل حدث.</numerusform>
            <numerusform>يمكن فحص حقل واحد على الأكثر في كل حدث.</numerusform>
            <numerusform>يمكن فحص حقلين على الأكثر في كل حدث.</numerusform>
            <numerusform>يمكن فحص %Ln حقول على الأكثر في كل حدث.</numerusform>
            <numerusform>يمكن فحص %Ln حقلًا على الأكثر في كل حدث.</numerusform>
            <numerusform>يمكن فحص %Ln حقل على الأكثر في كل حدث.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Field &quot;%1&quot; must be a string of at most %Ln byte(s).</source>
        <translation>
            <numerusform>يجب أن تكون قيمة الحقل &quot;%1&quot; نصًا لا يزيد حجمه على %Ln بايت.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;%1&quot; نصًا لا يزيد حجمه على بايت واحد.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;%1&quot; نصًا لا يزيد حجمه على بايتين.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;%1&quot; نصًا لا يزيد حجمه على %Ln بايتات.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;%1&quot; نصًا لا يزيد حجمه على %Ln بايتًا.</numerusform>
            <numerusform>يجب أن تكون قيمة الحقل &quot;%1&quot; نصًا لا يزيد حجمه على %Ln بايت.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::FileSecretStore</name>
    <message>
        <source>Cannot inspect %1: %2</source>
        <translation>تعذّر فحص %1: %2</translation>
    </message>
    <message>
        <source>%1 must be a plain folder (not a link) to hold secrets.</source>
        <translation>يجب أن يكون %1 مجلدًا عاديًا (لا رابطًا) ليحفظ الأسرار.</translation>
    </message>
    <message>
        <source>%1 must be a plain file (not a link or a device) to hold a secret.</source>
        <translation>يجب أن يكون %1 ملفًا عاديًا (لا رابطًا ولا جهازًا) ليحفظ سرًّا.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (uid %2); secrets must be owned by the account that uses them (uid %3).</source>
        <translation>يعود %1 إلى مستخدم آخر (uid %2)؛ يجب أن تكون الأسرار مملوكة للحساب الذي يستخدمها (uid %3).</translation>
    </message>
    <message>
        <source>%1 can be accessed by other users (mode %2), so its secrets are not used. Fix it with: %3</source>
        <extracomment>%1 is a path, %2 a file mode such as 0644, %3 the command that fixes it</extracomment>
        <translation>يستطيع مستخدمون آخرون الوصول إلى %1 (الأذونات %2)، لذلك لا تُستخدم أسراره. أصلح ذلك بالأمر: %3</translation>
    </message>
    <message>
        <source>Cannot create the secret folder %1.</source>
        <translation>تعذّر إنشاء مجلد الأسرار %1.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a secret; it was not read.</source>
        <translation>الملف %1 أكبر من أن يكون سرًّا؛ لم تتم قراءته.</translation>
    </message>
    <message>
        <source>The secret is too large to store.</source>
        <translation>السر أكبر من أن يُحفظ.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>تعذّر حذف %1.</translation>
    </message>
</context>
<context>
    <name>nova::IpBlockList</name>
    <message>
        <source>No address to block.</source>
        <translation>لا يوجد عنوان لحظره.</translation>
    </message>
    <message>
        <source>Unknown block source &quot;%1&quot;.</source>
        <translation>مصدر الحظر &quot;%1&quot; غير معروف.</translation>
    </message>
    <message>
        <source>A block must last longer than zero seconds.</source>
        <translation>يجب أن تزيد مدة الحظر على صفر ثانية.</translation>
    </message>
    <message>
        <source>%1 is too large a network to block; it would shut out a large part of the internet.</source>
        <translation>الشبكة %1 أكبر من أن تُحظر؛ فحظرها يمنع جزءًا كبيرًا من الإنترنت.</translation>
    </message>
    <message>
        <source>%1 overlaps the allow-list; remove it from the allow-list first if it really must be blocked.</source>
        <translation>يتداخل %1 مع قائمة السماح؛ أزله من قائمة السماح أولًا إن كان لا بد من حظره.</translation>
    </message>
    <message>
        <source>%1 contains your own address %2; blocking it would lock you out.</source>
        <extracomment>%1 is a network or address, %2 the IP address of the person blocking it</extracomment>
        <translation>يشمل %1 عنوانك أنت %2؛ وحظره سيمنعك من الدخول.</translation>
    </message>
    <message>
        <source>The block was not stored.</source>
        <translation>لم يُحفظ الحظر.</translation>
    </message>
    <message>
        <source>%1 is not blocked.</source>
        <translation>العنوان %1 غير محظور.</translation>
    </message>
    <message>
        <source>No address to allow.</source>
        <translation>لا يوجد عنوان لإضافته إلى قائمة السماح.</translation>
    </message>
    <message>
        <source>%1 is not on the allow-list.</source>
        <translation>العنوان %1 ليس في قائمة السماح.</translation>
    </message>
</context>
<context>
    <name>nova::IpRange</name>
    <message>
        <source>No IP address was given.</source>
        <translation>لم يُدخل أي عنوان IP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 address.</source>
        <translation>&quot;%1&quot; ليس عنوان IPv6 صالحًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IP address (expected e.g. %2, %3 or %4).</source>
        <extracomment>%1 is what was typed; %2, %3 and %4 are example addresses</extracomment>
        <translation>&quot;%1&quot; ليس عنوان IP صالحًا (المتوقع مثلًا %2 أو %3 أو %4).</translation>
    </message>
    <message>
        <source>The prefix length &quot;%3&quot; must be a number from %L1 to %L2.</source>
        <extracomment>%3 is a prefix length as typed, such as &quot;/33&quot;</extracomment>
        <translation>يجب أن يكون طول البادئة &quot;%3&quot; عددًا من %L1 إلى %L2.</translation>
    </message>
    <message>
        <source>%1 has address bits set beyond the %2 prefix; the network is %3.</source>
        <extracomment>%1 is the range as typed, %2 its prefix length such as &quot;/24&quot;, %3 the network</extracomment>
        <translation>في %1 بتات عنوان بعد البادئة %2؛ والشبكة الصحيحة هي %3.</translation>
    </message>
</context>
<context>
    <name>nova::KeyRing</name>
    <message>
        <source>&quot;%1&quot; is not a key id of this key ring.</source>
        <translation>&quot;%1&quot; ليس معرّف مفتاح في حلقة المفاتيح هذه.</translation>
    </message>
    <message>
        <source>The key %1 is not in the secret store. Secrets sealed with it cannot be opened until it is restored.</source>
        <translation>المفتاح %1 غير موجود في مخزن الأسرار. لا يمكن فتح الأسرار المشفرة به حتى تتم استعادته.</translation>
    </message>
    <message numerus="yes">
        <source>The stored key %1 is damaged (it is not %Ln byte(s) long). Restore it from a backup; secrets sealed with it cannot be opened.</source>
        <extracomment>%1 is the key&apos;s name in the secret store</extracomment>
        <translation>
            <numerusform>المفتاح المخزن %1 تالف (طوله ليس %Ln بايت). استعده من نسخة احتياطية؛ لا يمكن فتح الأسرار المشفرة به.</numerusform>
            <numerusform>المفتاح المخزن %1 تالف (طوله ليس بايتًا واحدًا). استعده من نسخة احتياطية؛ لا يمكن فتح الأسرار المشفرة به.</numerusform>
            <numerusform>المفتاح المخزن %1 تالف (طوله ليس بايتين). استعده من نسخة احتياطية؛ لا يمكن فتح الأسرار المشفرة به.</numerusform>
            <numerusform>المفتاح المخزن %1 تالف (طوله ليس %Ln بايتات). استعده من نسخة احتياطية؛ لا يمكن فتح الأسرار المشفرة به.</numerusform>
            <numerusform>المفتاح المخزن %1 تالف (طوله ليس %Ln بايتًا). استعده من نسخة احتياطية؛ لا يمكن فتح الأسرار المشفرة به.</numerusform>
            <numerusform>المفتاح المخزن %1 تالف (طوله ليس %Ln بايت). استعده من نسخة احتياطية؛ لا يمكن فتح الأسرار المشفرة به.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::KeychainSecretStore</name>
    <message>
        <source>The keychain refused access to %1 (it may be locked): %2</source>
        <translation>رفضت سلسلة المفاتيح الوصول إلى %1 (ربما تكون مقفلة): %2</translation>
    </message>
    <message>
        <source>No keychain is available on this system (%1). Use the file secret store instead.</source>
        <translation>لا تتوفر سلسلة مفاتيح على هذا النظام (%1). استخدم مخزن الأسرار في الملفات بدلًا منها.</translation>
    </message>
    <message>
        <source>The keychain failed on %1: %2</source>
        <translation>فشلت سلسلة المفاتيح في التعامل مع %1: %2</translation>
    </message>
    <message>
        <source>The secret is too large to store.</source>
        <translation>السر أكبر من أن يُحفظ.</translation>
    </message>
</context>
<context>
    <name>nova::LogArchive</name>
    <message>
        <source>The archive %1 could not be compressed.</source>
        <translation>تعذّر ضغط الأرشيف %1.</translation>
    </message>
    <message>
        <source>The archive %1 could not be written.</source>
        <translation>تعذّرت كتابة الأرشيف %1.</translation>
    </message>
    <message>
        <source>The archive %1 could not be opened.</source>
        <translation>تعذّر فتح الأرشيف %1.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged or is not a security-log archive.</source>
        <translation>الأرشيف %1 تالف أو ليس أرشيفًا لسجل الأمان.</translation>
    </message>
    <message>
        <source>The archive %1 does not carry a valid signature: it was changed, or it was signed with another installation&apos;s key.</source>
        <translation>لا يحمل الأرشيف %1 توقيعًا صالحًا: فقد غُيّر، أو وُقّع بمفتاح تثبيت آخر.</translation>
    </message>
</context>
<context>
    <name>nova::LogRetention</name>
    <message>
        <source>Keep the log between %1 and %2 days.</source>
        <translation>احتفظ بالسجل مدة بين %1 و%2 يومًا.</translation>
    </message>
    <message>
        <source>The archive folder must be a full path, like %1.</source>
        <translation>يجب أن يكون مجلد الأرشيف مسارًا كاملًا، مثل %1.</translation>
    </message>
    <message>
        <source>Nothing was archived: the security log does not verify. %1</source>
        <translation>لم يُؤرشف شيء: سجل الأمان لا يجتاز التحقق. %1</translation>
    </message>
    <message>
        <source>The archive folder %1 could not be created.</source>
        <translation>تعذّر إنشاء مجلد الأرشيف %1.</translation>
    </message>
    <message>
        <source>The archive %1 already exists.</source>
        <translation>الأرشيف %1 موجود من قبل.</translation>
    </message>
    <message>
        <source>The log changed while it was being archived. Nothing was archived; try again.</source>
        <translation>تغيّر السجل أثناء أرشفته. لم يُؤرشف شيء؛ حاول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>nova::OtpUri</name>
    <message>
        <source>The URI is empty.</source>
        <translation>عنوان URI فارغ.</translation>
    </message>
    <message>
        <source>The URI is too long.</source>
        <translation>عنوان URI طويل جدًا.</translation>
    </message>
    <message>
        <source>The URI does not start with %1.</source>
        <extracomment>%1 is the scheme &quot;otpauth://&quot;</extracomment>
        <translation>لا يبدأ عنوان URI بـ %1.</translation>
    </message>
    <message>
        <source>The URI has no account label.</source>
        <translation>لا يحتوي عنوان URI على اسم الحساب.</translation>
    </message>
    <message>
        <source>Counter-based (HOTP) accounts are not supported; use TOTP.</source>
        <translation>الحسابات المعتمدة على العدّاد (HOTP) غير مدعومة؛ استخدم TOTP.</translation>
    </message>
    <message>
        <source>The URI&apos;s type must be totp.</source>
        <translation>يجب أن يكون نوع عنوان URI هو totp.</translation>
    </message>
    <message>
        <source>The account label is not valid percent-encoded UTF-8.</source>
        <translation>اسم الحساب ليس نص UTF-8 صالحًا بترميز النسبة المئوية.</translation>
    </message>
    <message>
        <source>A URI parameter is not of the form %1.</source>
        <extracomment>%1 is the literal form &quot;name=value&quot;</extracomment>
        <translation>أحد معاملات عنوان URI ليس بالصيغة %1.</translation>
    </message>
    <message>
        <source>A URI parameter is not valid percent-encoded UTF-8.</source>
        <translation>أحد معاملات عنوان URI ليس نص UTF-8 صالحًا بترميز النسبة المئوية.</translation>
    </message>
    <message>
        <source>A URI parameter appears more than once.</source>
        <translation>يتكرر أحد معاملات عنوان URI أكثر من مرة.</translation>
    </message>
    <message>
        <source>The URI has no secret.</source>
        <translation>لا يحتوي عنوان URI على المفتاح السري.</translation>
    </message>
    <message>
        <source>The secret is not valid base32: %1</source>
        <translation>المفتاح السري ليس نص base32 صالحًا: %1</translation>
    </message>
    <message>
        <source>The secret is too short (fewer than 80 bits).</source>
        <translation>المفتاح السري قصير جدًا (أقل من 80 بت).</translation>
    </message>
    <message>
        <source>The issuer in the label and the issuer parameter differ.</source>
        <translation>الجهة المُصدِرة في اسم الحساب تختلف عنها في المعامل issuer.</translation>
    </message>
    <message>
        <source>The algorithm must be SHA1, SHA256 or SHA512.</source>
        <translation>يجب أن تكون الخوارزمية SHA1 أو SHA256 أو SHA512.</translation>
    </message>
    <message>
        <source>The number of digits must be 6, 7 or 8.</source>
        <translation>يجب أن يكون عدد الأرقام 6 أو 7 أو 8.</translation>
    </message>
    <message>
        <source>The period must be between 15 and 300 seconds.</source>
        <translation>يجب أن تكون المدة بين 15 و300 ثانية.</translation>
    </message>
</context>
<context>
    <name>nova::OutboxSmsSender</name>
    <message>
        <source>Cannot write the SMS outbox %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>تعذّرت الكتابة في صندوق صادر الرسائل القصيرة %1: %2</translation>
    </message>
    <message>
        <source>The folder of the SMS outbox %1 cannot be created.</source>
        <translation>تعذّر إنشاء مجلد صندوق صادر الرسائل القصيرة %1.</translation>
    </message>
</context>
<context>
    <name>nova::PasswordHasher</name>
    <message>
        <source>The password is too long.</source>
        <translation>كلمة المرور طويلة جدًا.</translation>
    </message>
    <message>
        <source>Hashing the password failed: %1</source>
        <translation>فشل حساب تجزئة كلمة المرور: %1</translation>
    </message>
</context>
<context>
    <name>nova::PasswordPolicy</name>
    <message numerus="yes">
        <source>It is shorter than %Ln character(s).</source>
        <translation>
            <numerusform>يقل طولها عن %Ln حرف.</numerusform>
            <numerusform>يقل طولها عن حرف واحد.</numerusform>
            <numerusform>يقل طولها عن حرفين.</numerusform>
            <numerusform>يقل طولها عن %Ln أحرف.</numerusform>
            <numerusform>يقل طولها عن %Ln حرفًا.</numerusform>
            <numerusform>يقل طولها عن %Ln حرف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is longer than %Ln character(s).</source>
        <translation>
            <numerusform>يزيد طولها على %Ln حرف.</numerusform>
            <numerusform>يزيد طولها على حرف واحد.</numerusform>
            <numerusform>يزيد طولها على حرفين.</numerusform>
            <numerusform>يزيد طولها على %Ln أحرف.</numerusform>
            <numerusform>يزيد طولها على %Ln حرفًا.</numerusform>
            <numerusform>يزيد طولها على %Ln حرف.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is the username.</source>
        <translation>هي اسم المستخدم نفسه.</translation>
    </message>
    <message>
        <source>It contains the username.</source>
        <translation>تحتوي على اسم المستخدم.</translation>
    </message>
    <message>
        <source>It is one character or a short sequence repeated.</source>
        <translation>هي حرف واحد أو تسلسل قصير مكرر.</translation>
    </message>
    <message>
        <source>It is a keyboard or alphabet sequence (such as qwerty or 123456).</source>
        <translation>هي تسلسل من لوحة المفاتيح أو الأبجدية (مثل qwerty أو 123456).</translation>
    </message>
    <message>
        <source>It is a common password, or a common word with digits or symbols added.</source>
        <translation>هي كلمة مرور شائعة، أو كلمة شائعة أُضيفت إليها أرقام أو رموز.</translation>
    </message>
    <message numerus="yes">
        <source>It needs at least %Ln kind(s) of characters (lower-case letters, upper-case letters, letters without case such as Arabic, digits, symbols), or a length of %L1 characters or more.</source>
        <extracomment>%n counts kinds of characters, %1 is a length in characters</extracomment>
        <translation>
            <numerusform>تحتاج إلى %Ln نوع من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو إلى طول لا يقل عن %L1.</numerusform>
            <numerusform>تحتاج إلى نوع واحد من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو إلى طول لا يقل عن %L1.</numerusform>
            <numerusform>تحتاج إلى نوعين من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو إلى طول لا يقل عن %L1.</numerusform>
            <numerusform>تحتاج إلى %Ln أنواع من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو إلى طول لا يقل عن %L1.</numerusform>
            <numerusform>تحتاج إلى %Ln نوعًا من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو إلى طول لا يقل عن %L1.</numerusform>
            <numerusform>تحتاج إلى %Ln نوع من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو إلى طول لا يقل عن %L1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The password was refused:</source>
        <translation>رُفضت كلمة المرور:</translation>
    </message>
    <message>
        <source>At least %L1 and at most %L2 characters.</source>
        <translation>عدد الأحرف من %L1 إلى %L2.</translation>
    </message>
    <message>
        <source>Not the username, and not containing it.</source>
        <translation>ليست اسم المستخدم ولا تحتوي عليه.</translation>
    </message>
    <message>
        <source>Not a common password, a keyboard sequence or a repeated character.</source>
        <translation>ليست كلمة مرور شائعة ولا تسلسلًا من لوحة المفاتيح ولا حرفًا مكررًا.</translation>
    </message>
    <message numerus="yes">
        <source>At least %Ln kind(s) of characters (lower-case letters, upper-case letters, letters without case such as Arabic, digits, symbols), or %L1 characters or more.</source>
        <extracomment>%n counts kinds of characters, %1 is a length in characters</extracomment>
        <translation>
            <numerusform>%Ln نوع من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو طول لا يقل عن %L1.</numerusform>
            <numerusform>نوع واحد من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو طول لا يقل عن %L1.</numerusform>
            <numerusform>نوعان من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو طول لا يقل عن %L1.</numerusform>
            <numerusform>%Ln أنواع من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو طول لا يقل عن %L1.</numerusform>
            <numerusform>%Ln نوعًا من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو طول لا يقل عن %L1.</numerusform>
            <numerusform>%Ln نوع من الأحرف على الأقل (أحرف صغيرة، أحرف كبيرة، أحرف بلا حالة كالعربية، أرقام، رموز)، أو طول لا يقل عن %L1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::PermissionService</name>
    <message>
        <source>Not authorised.</source>
        <translation>غير مصرح.</translation>
    </message>
    <message>
        <source>The account is disabled.</source>
        <translation>الحساب معطل.</translation>
    </message>
    <message>
        <source>The account is locked.</source>
        <translation>الحساب مقفل مؤقتًا.</translation>
    </message>
    <message>
        <source>Unknown feature %2.</source>
        <translation>الميزة %2 غير معروفة.</translation>
    </message>
    <message>
        <source>Unknown action %1.</source>
        <translation>الإجراء %1 غير معروف.</translation>
    </message>
    <message>
        <source>Unknown resource type.</source>
        <translation>نوع المورد غير معروف.</translation>
    </message>
    <message>
        <source>You do not have access to this resource.</source>
        <translation>ليس لديك صلاحية الوصول لهذا المورد.</translation>
    </message>
    <message>
        <source>The permission could not be checked.</source>
        <translation>تعذّر التحقق من الصلاحية.</translation>
    </message>
    <message>
        <source>You do not have permission to %1 in %2.</source>
        <translation>ليس لديك صلاحية %1 في %2.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>المستخدم غير موجود.</translation>
    </message>
</context>
<context>
    <name>nova::PersonalDataExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>تعذّرت كتابة %1: %2</translation>
    </message>
    <message>
        <source>it is a symbolic link</source>
        <translation>إنه رابط رمزي</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>المستخدم غير موجود.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
</context>
<context>
    <name>nova::PersonalDataLogReader</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
</context>
<context>
    <name>nova::PersonalDataSummary</name>
    <message>
        <source>None.</source>
        <translation>لا شيء.</translation>
    </message>
    <message>
        <source>Information</source>
        <extracomment>An alert&apos;s severity, like &quot;Low&quot; and &quot;Critical&quot;</extracomment>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>الحساب</translation>
    </message>
    <message>
        <source>Not locked</source>
        <translation>غير مقفل</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>مقفل حتى</translation>
    </message>
    <message>
        <source>Failed sign-ins in a row</source>
        <translation>محاولات الدخول الفاشلة المتتالية</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
    <message>
        <source>Password last changed</source>
        <translation>آخر تغيير لكلمة المرور</translation>
    </message>
    <message>
        <source>Account created</source>
        <translation>تاريخ إنشاء الحساب</translation>
    </message>
    <message>
        <source>Account last updated</source>
        <translation>آخر تحديث للحساب</translation>
    </message>
    <message>
        <source>Role and permissions</source>
        <translation>الدور والصلاحيات</translation>
    </message>
    <message>
        <source>%1 (this role no longer exists)</source>
        <extracomment>%1 is a role name</extracomment>
        <translation>%1 (هذا الدور لم يعد موجودًا)</translation>
    </message>
    <message>
        <source>Permissions of the role</source>
        <translation>صلاحيات الدور</translation>
    </message>
    <message>
        <source>Permissions in effect</source>
        <translation>الصلاحيات السارية</translation>
    </message>
    <message>
        <source>Resources owned</source>
        <translation>الموارد المملوكة</translation>
    </message>
    <message>
        <source>Personal grants on top of the role:</source>
        <translation>الصلاحيات الشخصية الممنوحة إضافةً إلى الدور:</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>بلا انتهاء</translation>
    </message>
    <message>
        <source>%1 (expired)</source>
        <extracomment>%1 is the date and time a permission grant ran out</extracomment>
        <translation>%1 (منتهية)</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>الصلاحية</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation>غير مُعدّة</translation>
    </message>
    <message>
        <source>On since %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>مفعّلة منذ %1</translation>
    </message>
    <message>
        <source>Set up on %1, not confirmed yet</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>أُعدّت في %1 ولم تُؤكَّد بعد</translation>
    </message>
    <message>
        <source>Authenticator app</source>
        <translation>تطبيق المصادقة</translation>
    </message>
    <message>
        <source>Unused backup codes</source>
        <translation>رموز الاحتياط غير المستخدمة</translation>
    </message>
    <message>
        <source>Used backup codes</source>
        <translation>رموز الاحتياط المستخدمة</translation>
    </message>
    <message>
        <source>Phone for SMS codes</source>
        <translation>الهاتف لرموز الرسائل القصيرة</translation>
    </message>
    <message>
        <source>A phone number is on file</source>
        <translation>رقم الهاتف مسجّل</translation>
    </message>
    <message>
        <source>No phone number is on file</source>
        <translation>لا يوجد رقم هاتف مسجّل</translation>
    </message>
    <message>
        <source>SMS codes sent</source>
        <translation>رموز الرسائل القصيرة المرسلة</translation>
    </message>
    <message>
        <source>By and about the user</source>
        <translation>من المستخدم وعنه</translation>
    </message>
    <message>
        <source>By the user</source>
        <translation>من المستخدم</translation>
    </message>
    <message>
        <source>About the user</source>
        <translation>عن المستخدم</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>سجل الأمان</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries in the security log were written by or about this user.</source>
        <translation>
            <numerusform>لا توجد قيود في سجل الأمان كتبها هذا المستخدم أو تخصّه.</numerusform>
            <numerusform>قيد واحد في سجل الأمان كتبه هذا المستخدم أو يخصّه.</numerusform>
            <numerusform>قيدان في سجل الأمان كتبهما هذا المستخدم أو يخصّانه.</numerusform>
            <numerusform>%Ln قيود في سجل الأمان كتبها هذا المستخدم أو تخصّه.</numerusform>
            <numerusform>%Ln قيدًا في سجل الأمان كتبها هذا المستخدم أو تخصّه.</numerusform>
            <numerusform>%Ln قيد في سجل الأمان كتبها هذا المستخدم أو تخصّه.</numerusform>
        </translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>نجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>عنوان IP</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>العلاقة بالمستخدم</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alerts concern this user.</source>
        <translation>
            <numerusform>لا توجد تنبيهات تخصّ هذا المستخدم.</numerusform>
            <numerusform>تنبيه واحد يخصّ هذا المستخدم.</numerusform>
            <numerusform>تنبيهان يخصّان هذا المستخدم.</numerusform>
            <numerusform>%Ln تنبيهات تخصّ هذا المستخدم.</numerusform>
            <numerusform>%Ln تنبيهًا يخصّ هذا المستخدم.</numerusform>
            <numerusform>%Ln تنبيه يخصّ هذا المستخدم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <extracomment>The heading of a data-protection export; %1 is a user name</extracomment>
        <translation>البيانات الشخصية للمستخدم %1</translation>
    </message>
    <message>
        <source>Exported from Nova Admin on %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>صُدِّرت من Nova Admin في %1.</translation>
    </message>
    <message>
        <source>The JSON file next to this summary holds the same data in full, in a machine-readable form. Passwords, authenticator secrets and backup codes are never exported, only whether they are set. Times are in this computer&apos;s time zone; the JSON file gives them in UTC.</source>
        <translation>يحتوي ملف JSON المجاور لهذا الملخّص على البيانات نفسها كاملةً بصيغة تقرؤها البرامج. لا تُصدَّر كلمات المرور ولا أسرار تطبيق المصادقة ولا رموز الاحتياط أبدًا، بل يُذكر فقط إن كانت مُعدّة. الأوقات بتوقيت هذا الحاسوب، ويذكرها ملف JSON بالتوقيت العالمي المنسّق (UTC).</translation>
    </message>
</context>
<context>
    <name>nova::QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>لا يوجد ما يُوضع في رمز QR.</translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation>النص أطول من أن يتسع له رمز QR.</translation>
    </message>
</context>
<context>
    <name>nova::RoleService</name>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>لا يوجد دور باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Unknown feature &quot;%1&quot;. Known: %2.</source>
        <translation>الميزة &quot;%1&quot; غير معروفة. الميزات المعروفة: %2.</translation>
    </message>
    <message>
        <source>Unknown action &quot;%1&quot;. Known: %2.</source>
        <translation>الإجراء &quot;%1&quot; غير معروف. الإجراءات المعروفة: %2.</translation>
    </message>
    <message>
        <source>The %1 role must keep %2; without it nobody could administer Nova Admin any more.</source>
        <extracomment>%1 is the role&apos;s name, %2 the permission it must keep</extracomment>
        <translation>يجب أن يحتفظ الدور %1 بالصلاحية %2؛ فبدونها لن يستطيع أحد إدارة Nova Admin بعد الآن.</translation>
    </message>
    <message>
        <source>A role name has 2 to 40 characters: lower-case letters a–z, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>يتكون اسم الدور من 2 إلى 40 حرفًا: أحرف لاتينية صغيرة من a إلى z، أو أرقام، أو &apos;_&apos; أو &apos;-&apos;.</translation>
    </message>
    <message>
        <source>A role description has at most 200 characters.</source>
        <translation>لا يزيد وصف الدور على 200 حرف.</translation>
    </message>
    <message>
        <source>The role &quot;%1&quot; already exists.</source>
        <translation>الدور &quot;%1&quot; موجود بالفعل.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a built-in role and cannot be deleted.</source>
        <translation>&quot;%1&quot; دور مدمج ولا يمكن حذفه.</translation>
    </message>
    <message numerus="yes">
        <source>The role &quot;%1&quot; is assigned to %Ln user(s); give them another role first.</source>
        <translation>
            <numerusform>الدور &quot;%1&quot; مُسند إلى %Ln مستخدم؛ أسند إليهم دورًا آخر أولًا.</numerusform>
            <numerusform>الدور &quot;%1&quot; مُسند إلى مستخدم واحد؛ أسند إليه دورًا آخر أولًا.</numerusform>
            <numerusform>الدور &quot;%1&quot; مُسند إلى مستخدمَين؛ أسند إليهما دورًا آخر أولًا.</numerusform>
            <numerusform>الدور &quot;%1&quot; مُسند إلى %Ln مستخدمين؛ أسند إليهم دورًا آخر أولًا.</numerusform>
            <numerusform>الدور &quot;%1&quot; مُسند إلى %Ln مستخدمًا؛ أسند إليهم دورًا آخر أولًا.</numerusform>
            <numerusform>الدور &quot;%1&quot; مُسند إلى %Ln مستخدم؛ أسند إليهم دورًا آخر أولًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The expiry time must lie in the future.</source>
        <translation>يجب أن يكون تاريخ الانتهاء في المستقبل.</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>المستخدم غير موجود.</translation>
    </message>
    <message>
        <source>The new grant&apos;s id was not returned.</source>
        <translation>لم يُرجَع معرّف الصلاحية الممنوحة الجديدة.</translation>
    </message>
    <message>
        <source>There is no such user grant.</source>
        <translation>لا توجد صلاحية ممنوحة بهذا المعرّف.</translation>
    </message>
    <message>
        <source>Unknown resource type &quot;%1&quot;. Known: %2.</source>
        <translation>نوع المورد &quot;%1&quot; غير معروف. الأنواع المعروفة: %2.</translation>
    </message>
    <message>
        <source>A resource id has 1 to 128 characters.</source>
        <translation>يتكون معرّف المورد من 1 إلى 128 حرفًا.</translation>
    </message>
</context>
<context>
    <name>nova::SecretStore</name>
    <message>
        <source>&quot;%1&quot; is not a valid secret name (use letters, digits, &apos;.&apos;, &apos;-&apos; and &apos;_&apos;).</source>
        <translation>&quot;%1&quot; ليس اسم سر صالحًا (استخدم الأحرف والأرقام و&apos;.&apos; و&apos;-&apos; و&apos;_&apos;).</translation>
    </message>
    <message>
        <source>No secret named %1 is stored.</source>
        <translation>لا يوجد سر محفوظ باسم %1.</translation>
    </message>
</context>
<context>
    <name>nova::SecurityLog</name>
    <message>
        <source>The security log did not accept the entry.</source>
        <translation>لم يقبل سجل الأمان الإدخال.</translation>
    </message>
    <message>
        <source>Entry %1 does not link to the entry before it: an entry was removed, inserted or reordered.</source>
        <translation>الإدخال %1 لا يرتبط بالإدخال الذي قبله: حُذف إدخال أو أُدرج أو غُيّر ترتيبه.</translation>
    </message>
    <message>
        <source>Entry %1 was changed after it was written.</source>
        <translation>عُدّل الإدخال %1 بعد كتابته.</translation>
    </message>
    <message>
        <source>Entry %1 claims a pseudonymisation that the log does not record.</source>
        <translation>يدّعي القيد %1 إخفاء هوية لا يسجّله السجل.</translation>
    </message>
    <message>
        <source>The entries pseudonymised by entry %1 were changed after the erasure.</source>
        <translation>غُيّرت القيود التي أخفى القيد %1 هويتها بعد المحو.</translation>
    </message>
    <message>
        <source>The live log starts after entry %1, but the log does not record archiving up to that entry.</source>
        <translation>يبدأ السجل الحي بعد القيد %1، لكن السجل لا يسجّل أرشفة حتى ذلك القيد.</translation>
    </message>
</context>
<context>
    <name>nova::SecurityLogExporter</name>
    <message>
        <source>Unknown export format &quot;%1&quot;: use csv or jsonl.</source>
        <extracomment>csv and jsonl are the format names to type; keep them as they are</extracomment>
        <translation>تنسيق التصدير &quot;%1&quot; غير معروف: استخدم csv أو jsonl.</translation>
    </message>
    <message>
        <source>The export target is not open for writing.</source>
        <translation>وجهة التصدير غير مفتوحة للكتابة.</translation>
    </message>
    <message>
        <source>Writing the export failed: %1</source>
        <translation>فشلت كتابة التصدير: %1</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
</context>
<context>
    <name>nova::SecurityLogQuery</name>
    <message>
        <source>The page size must be between %L1 and %L2 entries.</source>
        <translation>يجب أن يكون عدد الإدخالات في الصفحة بين %L1 و%L2.</translation>
    </message>
    <message>
        <source>There is no log entry %1.</source>
        <translation>لا يوجد إدخال في السجل بالرقم %1.</translation>
    </message>
</context>
<context>
    <name>nova::ServiceHub</name>
    <message>
        <source>Unknown secret store &quot;%1&quot;: use auto, keychain or file:FOLDER.</source>
        <extracomment>%1 is the secret store the configuration names; auto, keychain and file:FOLDER are literal values</extracomment>
        <translation>مخزن الأسرار &quot;%1&quot; غير معروف: استخدم auto أو keychain أو file:FOLDER.</translation>
    </message>
</context>
<context>
    <name>nova::ServicePolicy</name>
    <message>
        <source>TOTP digits</source>
        <translation>عدد أرقام رمز TOTP</translation>
    </message>
    <message>
        <source>TOTP period (seconds)</source>
        <translation>مدة رمز TOTP (بالثواني)</translation>
    </message>
    <message>
        <source>TOTP clock tolerance (steps)</source>
        <translation>التسامح مع فرق الساعة في TOTP (بالخطوات)</translation>
    </message>
    <message>
        <source>Failed sign-ins before an account locks</source>
        <translation>محاولات الدخول الفاشلة قبل قفل الحساب</translation>
    </message>
    <message>
        <source>Account lock duration</source>
        <translation>مدة قفل الحساب</translation>
    </message>
    <message>
        <source>Failed sign-ins per address before a block</source>
        <translation>محاولات الدخول الفاشلة لكل عنوان قبل الحظر</translation>
    </message>
    <message>
        <source>Brute-force window</source>
        <translation>فترة رصد تخمين كلمات المرور</translation>
    </message>
    <message>
        <source>Brute-force block duration</source>
        <translation>مدة الحظر بسبب تخمين كلمات المرور</translation>
    </message>
    <message>
        <source>Suspicious events per address before a block</source>
        <translation>الأحداث المشبوهة لكل عنوان قبل الحظر</translation>
    </message>
    <message>
        <source>Suspicious-activity window</source>
        <translation>فترة رصد النشاط المشبوه</translation>
    </message>
    <message>
        <source>Suspicious-activity block duration</source>
        <translation>مدة الحظر بسبب النشاط المشبوه</translation>
    </message>
    <message>
        <source>Injection attempts before a block</source>
        <translation>محاولات الحقن قبل الحظر</translation>
    </message>
    <message>
        <source>Injection window</source>
        <translation>فترة رصد محاولات الحقن</translation>
    </message>
    <message>
        <source>Injection block duration</source>
        <translation>مدة الحظر بسبب محاولات الحقن</translation>
    </message>
    <message>
        <source>Sensitive actions before an alert</source>
        <translation>الإجراءات الحساسة قبل التنبيه</translation>
    </message>
    <message>
        <source>Sensitive-action window</source>
        <translation>فترة رصد الإجراءات الحساسة</translation>
    </message>
    <message>
        <source>%1: %L2 is not between %L3 and %L4.</source>
        <extracomment>%1 is the name of a setting, %2 its value, %3 and %4 the limits</extracomment>
        <translation>%1: القيمة %L2 ليست بين %L3 و%L4.</translation>
    </message>
</context>
<context>
    <name>nova::SessionTokenService</name>
    <message>
        <source>The session token is malformed.</source>
        <translation>الرمز المميز للجلسة غير سليم البنية.</translation>
    </message>
    <message>
        <source>The stored session signing key is too short; remove it to create a new one.</source>
        <translation>مفتاح توقيع الجلسات المخزن قصير جدًا؛ احذفه ليُنشأ مفتاح جديد.</translation>
    </message>
    <message>
        <source>The session token uses an algorithm Nova Admin does not accept.</source>
        <translation>يستخدم الرمز المميز للجلسة خوارزمية لا يقبلها Nova Admin.</translation>
    </message>
    <message>
        <source>The session token&apos;s signature is not valid.</source>
        <translation>توقيع الرمز المميز للجلسة غير صالح.</translation>
    </message>
    <message>
        <source>The session has expired. Please sign in again.</source>
        <translation>انتهت الجلسة. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
    <message>
        <source>The session token is not valid yet; check the computer&apos;s clock.</source>
        <translation>الرمز المميز للجلسة غير صالح بعد؛ تحقق من ساعة الحاسوب.</translation>
    </message>
    <message>
        <source>The session has been signed out. Please sign in again.</source>
        <translation>تم تسجيل الخروج من الجلسة. يُرجى تسجيل الدخول مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>nova::SignInService</name>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>The sign-in has expired or was cancelled. Please enter your password again.</source>
        <translation>انتهت مهلة تسجيل الدخول أو أُلغي. يُرجى إدخال كلمة المرور مرة أخرى.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <translation>&quot;%1&quot; ليس عنوان IPv4 أو IPv6.</translation>
    </message>
    <message>
        <source>Sign-in from %1 is blocked. Ask a security administrator if this is a mistake.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>تسجيل الدخول من %1 محظور. راجع مسؤول الأمان إن كان هذا خطأً.</translation>
    </message>
    <message numerus="yes">
        <source>This account is locked after too many failed sign-ins. Try again in %Ln minute(s) or ask an administrator to unlock it.</source>
        <translation>
            <numerusform>هذا الحساب مقفل بسبب كثرة محاولات تسجيل الدخول الفاشلة. حاول مرة أخرى بعد %Ln دقيقة أو اطلب من المسؤول إلغاء قفله.</numerusform>
            <numerusform>هذا الحساب مقفل بسبب كثرة محاولات تسجيل الدخول الفاشلة. حاول مرة أخرى بعد دقيقة واحدة أو اطلب من المسؤول إلغاء قفله.</numerusform>
            <numerusform>هذا الحساب مقفل بسبب كثرة محاولات تسجيل الدخول الفاشلة. حاول مرة أخرى بعد دقيقتين أو اطلب من المسؤول إلغاء قفله.</numerusform>
            <numerusform>هذا الحساب مقفل بسبب كثرة محاولات تسجيل الدخول الفاشلة. حاول مرة أخرى بعد %Ln دقائق أو اطلب من المسؤول إلغاء قفله.</numerusform>
            <numerusform>هذا الحساب مقفل بسبب كثرة محاولات تسجيل الدخول الفاشلة. حاول مرة أخرى بعد %Ln دقيقة أو اطلب من المسؤول إلغاء قفله.</numerusform>
            <numerusform>هذا الحساب مقفل بسبب كثرة محاولات تسجيل الدخول الفاشلة. حاول مرة أخرى بعد %Ln دقيقة أو اطلب من المسؤول إلغاء قفله.</numerusform>
        </translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>هذا الحساب معطل. اطلب من المسؤول تفعيله.</translation>
    </message>
    <message>
        <source>This account can no longer sign in. Ask an administrator.</source>
        <translation>لم يعد بإمكان هذا الحساب تسجيل الدخول. راجع المسؤول.</translation>
    </message>
</context>
<context>
    <name>nova::SmsOtpService</name>
    <message>
        <source>There is no user with id %1.</source>
        <translation>لا يوجد مستخدم بالمعرّف %1.</translation>
    </message>
    <message>
        <source>This user has no phone number for SMS codes.</source>
        <translation>ليس لهذا المستخدم رقم هاتف لرموز SMS.</translation>
    </message>
    <message>
        <source>The user&apos;s phone number is not a valid number for SMS codes.</source>
        <translation>رقم هاتف المستخدم ليس رقمًا صالحًا لرموز SMS.</translation>
    </message>
    <message>
        <source>There is no valid SMS code. Request a new one.</source>
        <translation>لا يوجد رمز SMS صالح. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The code must be the 6 digits from the SMS.</source>
        <translation>يجب أن يكون الرمز هو الأرقام الستة الواردة في رسالة SMS.</translation>
    </message>
    <message>
        <source>Too many wrong attempts for this code. Request a new one.</source>
        <translation>محاولات خاطئة كثيرة جدًا لهذا الرمز. اطلب رمزًا جديدًا.</translation>
    </message>
    <message>
        <source>The SMS code has expired. Request a new one.</source>
        <translation>انتهت صلاحية رمز SMS. اطلب رمزًا جديدًا.</translation>
    </message>
    <message numerus="yes">
        <source>The code is not correct. %Ln attempt(s) left.</source>
        <translation>
            <numerusform>الرمز غير صحيح. لم تتبقَّ أي محاولة.</numerusform>
            <numerusform>الرمز غير صحيح. تتبقى محاولة واحدة.</numerusform>
            <numerusform>الرمز غير صحيح. تتبقى محاولتان.</numerusform>
            <numerusform>الرمز غير صحيح. تتبقى %Ln محاولات.</numerusform>
            <numerusform>الرمز غير صحيح. تتبقى %Ln محاولة.</numerusform>
            <numerusform>الرمز غير صحيح. تتبقى %Ln محاولة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too many codes were requested. Try again in %Ln second(s).</source>
        <translation>
            <numerusform>طُلبت رموز كثيرة جدًا. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>طُلبت رموز كثيرة جدًا. حاول مرة أخرى بعد ثانية واحدة.</numerusform>
            <numerusform>طُلبت رموز كثيرة جدًا. حاول مرة أخرى بعد ثانيتين.</numerusform>
            <numerusform>طُلبت رموز كثيرة جدًا. حاول مرة أخرى بعد %Ln ثوانٍ.</numerusform>
            <numerusform>طُلبت رموز كثيرة جدًا. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
            <numerusform>طُلبت رموز كثيرة جدًا. حاول مرة أخرى بعد %Ln ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::SqliteFile</name>
    <message>
        <source>SQLite error: %1</source>
        <extracomment>%1 is SQLite&apos;s own (English) message</extracomment>
        <translation>خطأ في SQLite: %1</translation>
    </message>
    <message>
        <source>The database failed SQLite&apos;s integrity check: %1</source>
        <extracomment>%1 is SQLite&apos;s own (English) message</extracomment>
        <translation>فشلت قاعدة البيانات في فحص السلامة الذي يجريه SQLite: %1</translation>
    </message>
    <message>
        <source>This is not a Nova Admin database.</source>
        <translation>هذه ليست قاعدة بيانات Nova Admin.</translation>
    </message>
    <message>
        <source>The database is from a newer Nova Admin (schema %1; this version knows %2). Update Nova Admin to use it.</source>
        <translation>قاعدة البيانات من إصدار أحدث من Nova Admin (المخطط %1؛ وهذا الإصدار يعرف حتى %2). حدّث Nova Admin لاستخدامها.</translation>
    </message>
</context>
<context>
    <name>nova::SqliteOnlineBackup</name>
    <message>
        <source>SQLite error: %1</source>
        <extracomment>%1 is SQLite&apos;s own (English) message</extracomment>
        <translation>خطأ في SQLite: %1</translation>
    </message>
    <message>
        <source>The database connection is not an SQLite connection this program can back up.</source>
        <translation>اتصال قاعدة البيانات ليس اتصال SQLite يستطيع هذا البرنامج نسخه احتياطيًا.</translation>
    </message>
    <message>
        <source>The database stayed busy with another program&apos;s changes. Try again in a moment.</source>
        <translation>ظلت قاعدة البيانات مشغولة بتغييرات برنامج آخر. حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>أُلغيت العملية.</translation>
    </message>
</context>
<context>
    <name>nova::TotpVerifier</name>
    <message>
        <source>The code must be the digits shown in your authenticator app.</source>
        <translation>يجب أن يكون الرمز هو الأرقام الظاهرة في تطبيق المصادقة.</translation>
    </message>
    <message>
        <source>This code was already used. Wait for the next code and try again.</source>
        <translation>استُخدم هذا الرمز من قبل. انتظر الرمز التالي وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The code is not correct.</source>
        <translation>الرمز غير صحيح.</translation>
    </message>
</context>
<context>
    <name>nova::Translations</name>
    <message>
        <source>Nova Admin is not translated into &quot;%1&quot;; choose English or Arabic.</source>
        <extracomment>%1 is a language code such as &quot;fr&quot;</extracomment>
        <translation>Nova Admin غير مترجم إلى اللغة &quot;%1&quot;؛ اختر الإنجليزية أو العربية.</translation>
    </message>
    <message>
        <source>The translation %1 is missing from this build.</source>
        <translation>ملف الترجمة %1 غير موجود في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>nova::TwoFactorService</name>
    <message>
        <source>Two-factor authentication has not been set up for this user.</source>
        <translation>لم يتم إعداد المصادقة الثنائية لهذا المستخدم.</translation>
    </message>
    <message>
        <source>Two-factor authentication is not enabled for this user.</source>
        <translation>المصادقة الثنائية غير مفعّلة لهذا المستخدم.</translation>
    </message>
    <message>
        <source>Two-factor authentication is already enabled for this user. Disable it first to enroll a new authenticator.</source>
        <translation>المصادقة الثنائية مفعّلة بالفعل لهذا المستخدم. عطّلها أولًا لتسجيل تطبيق مصادقة جديد.</translation>
    </message>
    <message>
        <source>There is no user with id %1.</source>
        <translation>لا يوجد مستخدم بالمعرّف %1.</translation>
    </message>
    <message>
        <source>The stored two-factor settings of this user are not valid.</source>
        <translation>إعدادات المصادقة الثنائية المخزنة لهذا المستخدم غير صالحة.</translation>
    </message>
    <message>
        <source>The two-factor secret of user %1 cannot be opened (%2). It was altered or sealed for another user; disable and re-enroll two-factor authentication for this user.</source>
        <extracomment>%1 is a user id, %2 an error code</extracomment>
        <translation>تعذّر فتح المفتاح السري للمصادقة الثنائية للمستخدم %1 (%2). فقد عُدّل أو شُفّر لمستخدم آخر؛ عطّل المصادقة الثنائية لهذا المستخدم ثم فعّلها من جديد.</translation>
    </message>
    <message>
        <source>The configured TOTP settings are not valid.</source>
        <translation>إعدادات TOTP المضبوطة غير صالحة.</translation>
    </message>
    <message>
        <source>The enrollment was changed meanwhile. Start the set-up again.</source>
        <translation>تغيّر تفعيل المصادقة الثنائية في أثناء ذلك. ابدأ الإعداد من جديد.</translation>
    </message>
    <message>
        <source>The backup code is not correct or was already used.</source>
        <translation>الرمز الاحتياطي غير صحيح أو استُخدم من قبل.</translation>
    </message>
</context>
<context>
    <name>nova::User</name>
    <message>
        <source>Active</source>
        <extracomment>The status of a user account, like &quot;Disabled&quot; and &quot;Locked&quot;</extracomment>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطل</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>مقفل</translation>
    </message>
</context>
<context>
    <name>nova::UserImporter</name>
    <message>
        <source>Line %L1: a quote in the middle of a field; quote the whole field and double the quotes inside it.</source>
        <translation>السطر %L1: علامة اقتباس في منتصف حقل؛ ضع الحقل كله بين علامتي اقتباس وكرّر علامات الاقتباس داخله.</translation>
    </message>
    <message>
        <source>Line %L1: text after a closing quote.</source>
        <translation>السطر %L1: نص بعد علامة الاقتباس الختامية.</translation>
    </message>
    <message>
        <source>Line %L1: a quoted field is never closed.</source>
        <translation>السطر %L1: حقل بين علامتي اقتباس لم يُغلق.</translation>
    </message>
    <message>
        <source>The file has a plain &quot;password&quot; column. Nova Admin imports only password hashes (bcrypt or Argon2id); plain passwords are refused.</source>
        <translation>يحتوي الملف على عمود &quot;password&quot; بكلمات مرور صريحة. لا يستورد Nova Admin إلا تجزئات كلمات المرور (bcrypt أو Argon2id)؛ وتُرفض كلمات المرور الصريحة.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>الملف فارغ.</translation>
    </message>
    <message>
        <source>Unknown column &quot;%1&quot; in the header. Columns: %2.</source>
        <translation>العمود &quot;%1&quot; في سطر العناوين غير معروف. الأعمدة: %2.</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; appears twice.</source>
        <translation>العمود &quot;%1&quot; مكرر.</translation>
    </message>
    <message numerus="yes">
        <source>The row has %Ln field(s); the header has %L1.</source>
        <translation>
            <numerusform>يحتوي الصف على %Ln حقل، وعدد الأعمدة في سطر العناوين %L1.</numerusform>
            <numerusform>يحتوي الصف على حقل واحد، وعدد الأعمدة في سطر العناوين %L1.</numerusform>
            <numerusform>يحتوي الصف على حقلين، وعدد الأعمدة في سطر العناوين %L1.</numerusform>
            <numerusform>يحتوي الصف على %Ln حقول، وعدد الأعمدة في سطر العناوين %L1.</numerusform>
            <numerusform>يحتوي الصف على %Ln حقلًا، وعدد الأعمدة في سطر العناوين %L1.</numerusform>
            <numerusform>يحتوي الصف على %Ln حقل، وعدد الأعمدة في سطر العناوين %L1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %L1: invalid JSON (%2).</source>
        <translation>السطر %L1: JSON غير صالح (%2).</translation>
    </message>
    <message>
        <source>The JSON must be an array of users or an object with a &quot;users&quot; array.</source>
        <translation>يجب أن يكون JSON مصفوفة من المستخدمين أو كائنًا فيه مصفوفة &quot;users&quot;.</translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation>الإدخال ليس كائن JSON.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>يجب أن تكون قيمة &quot;%1&quot; نصًا.</translation>
    </message>
    <message>
        <source>The entry has a plain &quot;password&quot;; only password hashes are imported.</source>
        <translation>يحتوي الإدخال على &quot;password&quot; صريحة؛ لا تُستورد إلا تجزئات كلمات المرور.</translation>
    </message>
    <message>
        <source>The password hash is missing.</source>
        <translation>تجزئة كلمة المرور مفقودة.</translation>
    </message>
    <message>
        <source>Unsupported password hash: only bcrypt and Argon2id hashes are imported.</source>
        <translation>تجزئة كلمة المرور غير مدعومة: لا تُستورد إلا تجزئات bcrypt وArgon2id.</translation>
    </message>
    <message>
        <source>The password_hash field does not hold a hash; plain passwords are not imported.</source>
        <translation>لا يحتوي الحقل password_hash على تجزئة؛ لا تُستورد كلمات المرور الصريحة.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>تعذّرت قراءة %1: %2.</translation>
    </message>
    <message>
        <source>%2 is larger than %L1 MB.</source>
        <extracomment>%1 is a number of megabytes, %2 a file path</extracomment>
        <translation>حجم %2 أكبر من %L1 ميغابايت.</translation>
    </message>
    <message>
        <source>The file is not valid UTF-8 text.</source>
        <translation>الملف ليس نص UTF-8 صالحًا.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot; (active or disabled).</source>
        <extracomment>&quot;active&quot; and &quot;disabled&quot; are the values the file may hold; keep them in English</extracomment>
        <translation>الحالة &quot;%1&quot; غير معروفة (active أو disabled).</translation>
    </message>
    <message>
        <source>The role is missing.</source>
        <translation>الدور مفقود.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>لا يوجد دور باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The username &quot;%2&quot; already appears on line %L1.</source>
        <extracomment>%1 is a line number of the file, %2 a user name</extracomment>
        <translation>اسم المستخدم &quot;%2&quot; وارد من قبل في السطر %L1.</translation>
    </message>
    <message>
        <source>The user &quot;%1&quot; already exists.</source>
        <translation>المستخدم &quot;%1&quot; موجود بالفعل.</translation>
    </message>
    <message>
        <source>User &quot;%1&quot;: %2</source>
        <extracomment>%1 is a user name, %2 the reason the user could not be created</extracomment>
        <translation>المستخدم &quot;%1&quot;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The header lacks %Ln column(s): %1.</source>
        <extracomment>%1 lists the missing column names</extracomment>
        <translation>
            <numerusform>ينقص سطرَ العناوين %Ln عمود: %1.</numerusform>
            <numerusform>ينقص سطرَ العناوين عمود واحد: %1.</numerusform>
            <numerusform>ينقص سطرَ العناوين عمودان: %1.</numerusform>
            <numerusform>ينقص سطرَ العناوين %Ln أعمدة: %1.</numerusform>
            <numerusform>ينقص سطرَ العناوين %Ln عمودًا: %1.</numerusform>
            <numerusform>ينقص سطرَ العناوين %Ln عمود: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The bcrypt hash is malformed (expected %1, %2 or %3, a cost from 04 to 31 and 60 characters in all).</source>
        <extracomment>%1, %2 and %3 are the bcrypt prefixes $2a$, $2b$ and $2y$</extracomment>
        <translation>تجزئة bcrypt غير سليمة البنية (المتوقع أن تبدأ بـ %1 أو %2 أو %3، وأن تكون التكلفة من 04 إلى 31، وأن يكون طولها 60 حرفًا).</translation>
    </message>
</context>
<context>
    <name>nova::UserRepository</name>
    <message>
        <source>No such user.</source>
        <translation>المستخدم غير موجود.</translation>
    </message>
    <message>
        <source>That username is already taken.</source>
        <translation>اسم المستخدم هذا مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>The new user&apos;s id was not returned.</source>
        <translation>لم يُرجَع معرّف المستخدم الجديد.</translation>
    </message>
</context>
<context>
    <name>nova::UserService</name>
    <message>
        <source>You cannot disable or delete your own account.</source>
        <translation>لا يمكنك تعطيل حسابك أو حذفه.</translation>
    </message>
    <message>
        <source>This is the last active administrator; make another user an administrator first.</source>
        <translation>هذا آخر مسؤول نشط؛ اجعل مستخدمًا آخر مسؤولًا أولًا.</translation>
    </message>
    <message>
        <source>A username has 3 to 64 characters: letters (Arabic included), digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>يتكون اسم المستخدم من 3 إلى 64 حرفًا: أحرف (منها العربية)، أو أرقام، أو &apos;.&apos; أو &apos;_&apos; أو &apos;-&apos;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>&quot;%1&quot; ليس عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number (digits, an optional leading &apos;+&apos;, spaces, &apos;-&apos; and parentheses).</source>
        <translation>&quot;%1&quot; ليس رقم هاتف (أرقام، مع &apos;+&apos; اختيارية في البداية، ومسافات، و&apos;-&apos;، وأقواس).</translation>
    </message>
    <message>
        <source>A display name has at most 128 characters and no control characters.</source>
        <translation>لا يزيد الاسم المعروض على 128 حرفًا، ولا يحتوي على أحرف تحكم.</translation>
    </message>
    <message>
        <source>Choose a role for the user.</source>
        <translation>اختر دورًا للمستخدم.</translation>
    </message>
    <message>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>لا يوجد دور باسم &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The username &quot;%1&quot; is already taken.</source>
        <translation>اسم المستخدم &quot;%1&quot; مستخدم بالفعل.</translation>
    </message>
</context>
<context>
    <name>nova::WebhookSmsSender</name>
    <message>
        <source>The SMS webhook must be an %1 or %2 address with a host and without a user name or password in it: %3</source>
        <extracomment>%1 and %2 are the schemes http:// and https://, %3 the configured address</extracomment>
        <translation>يجب أن يكون عنوان webhook للرسائل القصيرة عنوان %1 أو %2 يتضمن اسم مضيف ولا يتضمن اسم مستخدم أو كلمة مرور: %3</translation>
    </message>
    <message>
        <source>The SMS gateway %1 refused the message with HTTP status %2.</source>
        <translation>رفضت بوابة الرسائل القصيرة %1 الرسالة برمز حالة HTTP %2.</translation>
    </message>
    <message>
        <source>The SMS gateway %1 cannot be reached: %2</source>
        <translation>تعذّر الوصول إلى بوابة الرسائل القصيرة %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The SMS gateway %1 did not answer within %Ln second(s).</source>
        <translation>
            <numerusform>لم تستجب بوابة الرسائل القصيرة %1 خلال %Ln ثانية.</numerusform>
            <numerusform>لم تستجب بوابة الرسائل القصيرة %1 خلال ثانية واحدة.</numerusform>
            <numerusform>لم تستجب بوابة الرسائل القصيرة %1 خلال ثانيتين.</numerusform>
            <numerusform>لم تستجب بوابة الرسائل القصيرة %1 خلال %Ln ثوانٍ.</numerusform>
            <numerusform>لم تستجب بوابة الرسائل القصيرة %1 خلال %Ln ثانية.</numerusform>
            <numerusform>لم تستجب بوابة الرسائل القصيرة %1 خلال %Ln ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ctl</name>
    <message>
        <source>Print JSON (stable, for scripts).</source>
        <translation>طباعة الناتج بصيغة JSON (ثابتة، للبرامج النصية).</translation>
    </message>
    <message>
        <source>Read the password from one line of standard input.</source>
        <translation>قراءة كلمة المرور من سطر واحد في الدخل القياسي.</translation>
    </message>
    <message>
        <source>nova-ctl: %1</source>
        <extracomment>Every error message starts with the program&apos;s name; %1 is the message</extracomment>
        <translation>nova-ctl: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a duration: use a number with s, m, h, d or w (e.g. 24h), or permanent.</source>
        <extracomment>%1 is what was typed after --for. Keep s, m, h, d, w, 24h and permanent: the option accepts them as they are.</extracomment>
        <translation>«%1» ليست مدة صالحة: استخدم رقمًا متبوعًا بـ s أو m أو h أو d أو w (مثل 24h)، أو permanent.</translation>
    </message>
    <message>
        <source>Blocked with nova-ctl</source>
        <extracomment>Saved as the block&apos;s reason when --reason is not given</extracomment>
        <translation>حُظر عبر nova-ctl</translation>
    </message>
    <message>
        <source>%1 blocked until %2.</source>
        <extracomment>%1 is an IP address or network, %2 a date and time</extracomment>
        <translation>حُظر %1 حتى %2.</translation>
    </message>
    <message>
        <source>%1 blocked until unblocked.</source>
        <extracomment>%1 is an IP address or network</extracomment>
        <translation>حُظر %1 إلى أن يُرفع الحظر.</translation>
    </message>
    <message>
        <source>%1 unblocked.</source>
        <extracomment>%1 is an IP address or network</extracomment>
        <translation>رُفع الحظر عن %1.</translation>
    </message>
    <message>
        <source>permanent</source>
        <extracomment>In the expiry column of &quot;ip list&quot;: the block has no end</extracomment>
        <translation>دائم</translation>
    </message>
    <message>
        <source>RANGE</source>
        <extracomment>Column headers of the tables are upper case in English, like the argument placeholders
----------
The placeholders of arguments and option values in the help are upper case in English</extracomment>
        <translation>النطاق</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>EXPIRES (UTC)</source>
        <translation>ينتهي (UTC)</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>%1 is on the allow-list and will never be blocked.</source>
        <extracomment>%1 is an IP address or network</extracomment>
        <translation>أصبح %1 في قائمة السماح ولن يُحظر أبدًا.</translation>
    </message>
    <message>
        <source>%1 removed from the allow-list.</source>
        <extracomment>%1 is an IP address or network</extracomment>
        <translation>أُزيل %1 من قائمة السماح.</translation>
    </message>
    <message>
        <source>NOTE</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>ip export: --format must be nginx or plain.</source>
        <extracomment>Keep &quot;ip export&quot;, --format, nginx and plain: they are typed as they are</extracomment>
        <translation>ip export: يجب أن تكون قيمة --format إما nginx أو plain.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address or a CIDR network, e.g. %1 or %2.</source>
        <extracomment>%1 and %2 are example addresses</extracomment>
        <translation>عنوان IPv4 أو IPv6 أو شبكة CIDR، مثل %1 أو %2.</translation>
    </message>
    <message>
        <source>Block an address or network; blocking it again extends the block.</source>
        <translation>حظر عنوان أو شبكة؛ وحظرهما مرة أخرى يمدّد الحظر.</translation>
    </message>
    <message>
        <source>How long: 90s, 30m, 24h, 7d, 2w or permanent (default 24h).</source>
        <extracomment>Keep 90s, 30m, 24h, 7d, 2w and permanent: the option accepts them as they are</extracomment>
        <translation>مدة الحظر: 90s أو 30m أو 24h أو 7d أو 2w أو permanent (الافتراضي 24h).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Why, for the log and the list.</source>
        <translation>سبب الحظر، للسجل وللقائمة.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>نص</translation>
    </message>
    <message>
        <source>Remove a block.</source>
        <translation>رفع حظر.</translation>
    </message>
    <message>
        <source>List active blocks.</source>
        <translation>عرض عمليات الحظر السارية.</translation>
    </message>
    <message>
        <source>Put an address or network on the allow-list: it is never blocked.</source>
        <translation>إضافة عنوان أو شبكة إلى قائمة السماح: لا يُحظر أبدًا.</translation>
    </message>
    <message>
        <source>What it is, e.g. the office network.</source>
        <translation>وصف العنوان، مثل شبكة المكتب.</translation>
    </message>
    <message>
        <source>Remove an entry from the allow-list.</source>
        <translation>إزالة إدخال من قائمة السماح.</translation>
    </message>
    <message>
        <source>List the allow-list.</source>
        <translation>عرض قائمة السماح.</translation>
    </message>
    <message>
        <source>Export the active blocks as an nginx deny list or a plain list (for ipset or fail2ban).</source>
        <translation>تصدير عمليات الحظر السارية قائمةَ منع لـ nginx أو قائمةً نصية بسيطة (لـ ipset أو fail2ban).</translation>
    </message>
    <message>
        <source>nginx or plain (default plain).</source>
        <extracomment>Keep nginx and plain: the option accepts them as they are</extracomment>
        <translation>nginx أو plain (الافتراضي plain).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>الصيغة</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>الكتابة إلى هذا الملف بدلًا من الخرج القياسي.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Only this event type (repeatable), e.g. %1.</source>
        <extracomment>%1 is an event type as stored in the log, e.g. login</extracomment>
        <translation>هذا النوع من الأحداث فقط (يمكن تكراره)، مثل %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Only entries from this IP address.</source>
        <translation>الإدخالات الواردة من عنوان IP هذا فقط.</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Only entries of this user name.</source>
        <translation>إدخالات اسم المستخدم هذا فقط.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Only failures and refusals.</source>
        <translation>حالات الإخفاق والرفض فقط.</translation>
    </message>
    <message>
        <source>Only entries from this time on (ISO 8601, UTC).</source>
        <translation>الإدخالات من هذا الوقت فصاعدًا فقط (بصيغة ISO 8601، بتوقيت UTC).</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Text in the user, IP, user agent or details.</source>
        <translation>نص يرد في المستخدم أو عنوان IP أو وكيل المستخدم أو التفاصيل.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time such as %2.</source>
        <extracomment>%1 is what was typed after --since, %2 an example time</extracomment>
        <translation>«%1» ليس وقتًا بصيغة ISO 8601 مثل %2.</translation>
    </message>
    <message>
        <source>log list: --limit must be a number from 1 to %1.</source>
        <extracomment>Keep &quot;log list&quot; and --limit: they are typed as they are. %1 is the largest number allowed.</extracomment>
        <translation>log list: يجب أن تكون قيمة --limit رقمًا من 1 إلى %1.</translation>
    </message>
    <message>
        <source>ok</source>
        <extracomment>The RESULT column of &quot;log list&quot;: the event succeeded, or it failed</extracomment>
        <translation>نجح</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>المعرف</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>الوقت (UTC)</translation>
    </message>
    <message>
        <source>EVENT</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>RESULT</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>DETAILS</source>
        <translation>التفاصيل</translation>
    </message>
    <message numerus="yes">
        <source>The security log has been altered: the chain breaks at entry %1 (%2). %Ln entries checked.</source>
        <extracomment>%1 is the number (id) of a log entry, %2 why its hash does not match</extracomment>
        <translation>
            <numerusform>جرى التلاعب بسجل الأمان: تنقطع سلسلة التجزئة عند الإدخال %1 (%2). لم يُفحص أي إدخال.</numerusform>
            <numerusform>جرى التلاعب بسجل الأمان: تنقطع سلسلة التجزئة عند الإدخال %1 (%2). فُحص إدخال واحد.</numerusform>
            <numerusform>جرى التلاعب بسجل الأمان: تنقطع سلسلة التجزئة عند الإدخال %1 (%2). فُحص إدخالان.</numerusform>
            <numerusform>جرى التلاعب بسجل الأمان: تنقطع سلسلة التجزئة عند الإدخال %1 (%2). فُحصت %Ln إدخالات.</numerusform>
            <numerusform>جرى التلاعب بسجل الأمان: تنقطع سلسلة التجزئة عند الإدخال %1 (%2). فُحص %Ln إدخالًا.</numerusform>
            <numerusform>جرى التلاعب بسجل الأمان: تنقطع سلسلة التجزئة عند الإدخال %1 (%2). فُحص %Ln إدخال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The security log is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>سجل الأمان سليم: لم يُفحص أي إدخال.</numerusform>
            <numerusform>سجل الأمان سليم: فُحص إدخال واحد.</numerusform>
            <numerusform>سجل الأمان سليم: فُحص إدخالان.</numerusform>
            <numerusform>سجل الأمان سليم: فُحصت %Ln إدخالات.</numerusform>
            <numerusform>سجل الأمان سليم: فُحص %Ln إدخالًا.</numerusform>
            <numerusform>سجل الأمان سليم: فُحص %Ln إدخال.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries exported to %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>
            <numerusform>لم يُصدَّر أي إدخال إلى %1.</numerusform>
            <numerusform>صُدِّر إدخال واحد إلى %1.</numerusform>
            <numerusform>صُدِّر إدخالان إلى %1.</numerusform>
            <numerusform>صُدِّرت %Ln إدخالات إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln إدخالًا إلى %1.</numerusform>
            <numerusform>صُدِّر %Ln إدخال إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the newest security log entries.</source>
        <translation>عرض أحدث إدخالات سجل الأمان.</translation>
    </message>
    <message>
        <source>At most N entries (default 50).</source>
        <extracomment>N is the placeholder of the number in the help (&quot;--limit &lt;N&gt;&quot;): keep it</extracomment>
        <translation>N إدخال على الأكثر (الافتراضي 50).</translation>
    </message>
    <message>
        <source>Check the hash chain: exit 0 when intact, 1 naming the first altered entry.</source>
        <extracomment>0 and 1 are exit codes: keep the digits</extracomment>
        <translation>التحقق من سلسلة التجزئة: رمز الخروج 0 إذا كانت سليمة، و1 مع ذكر أول إدخال معدَّل.</translation>
    </message>
    <message>
        <source>Export the security log as CSV or JSON Lines (fail2ban reads the JSON Lines form).</source>
        <translation>تصدير سجل الأمان بصيغة CSV أو JSON Lines (يقرأ fail2ban صيغة JSON Lines).</translation>
    </message>
    <message>
        <source>csv or jsonl (default jsonl).</source>
        <extracomment>Keep csv and jsonl: the option accepts them as they are</extracomment>
        <translation>csv أو jsonl (الافتراضي jsonl).</translation>
    </message>
    <message>
        <source>login: &quot;%1&quot; is not an IPv4 or IPv6 address.</source>
        <extracomment>%1 is what was typed after --ip</extracomment>
        <translation>login: «%1» ليس عنوان IPv4 أو IPv6.</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>كلمة المرور:</translation>
    </message>
    <message>
        <source>login: no password given; use --password-stdin or run it in a terminal.</source>
        <extracomment>Keep &quot;login&quot; and --password-stdin: they are typed as they are</extracomment>
        <translation>login: لم تُعطَ كلمة مرور؛ استخدم --password-stdin أو شغّل الأمر في طرفية.</translation>
    </message>
    <message>
        <source>Code sent to %1:</source>
        <extracomment>A prompt; %1 is a masked phone number, e.g. •••••••4567</extracomment>
        <translation>الرمز المرسَل إلى %1:</translation>
    </message>
    <message>
        <source>login: no SMS code on standard input.</source>
        <translation>login: لا يوجد رمز SMS في الدخل القياسي.</translation>
    </message>
    <message>
        <source>%1 uses two-factor sign-in: give --code, --backup-code or --sms.</source>
        <extracomment>%1 is a user name. Keep --code, --backup-code and --sms: they are typed as they are.</extracomment>
        <translation>يستخدم %1 المصادقة الثنائية: حدّد --code أو --backup-code أو --sms.</translation>
    </message>
    <message>
        <source>Signed out; the token is refused from now on.</source>
        <translation>سُجّل الخروج؛ وسيُرفض الرمز المميز من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>Sign in as a user (logged and watched by the intrusion detector like any sign-in); prints a session token. Exit 0 only on success.</source>
        <extracomment>0 is an exit code: keep the digit</extracomment>
        <translation>تسجيل الدخول بصفة مستخدم (يُسجَّل ويراقبه كشف التسلل كأي تسجيل دخول)؛ يطبع الرمز المميز للجلسة. رمز الخروج 0 عند النجاح فقط.</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>اسم المستخدم.</translation>
    </message>
    <message>
        <source>The TOTP code, for accounts with two-factor sign-in.</source>
        <translation>رمز TOTP، للحسابات التي تستخدم المصادقة الثنائية.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>A backup code instead of a TOTP code.</source>
        <translation>رمز احتياطي بدلًا من رمز TOTP.</translation>
    </message>
    <message>
        <source>Send an SMS code, then read it from the next line of standard input.</source>
        <translation>إرسال رمز عبر SMS، ثم قراءته من السطر التالي في الدخل القياسي.</translation>
    </message>
    <message>
        <source>The client&apos;s IP address, as a server would report it.</source>
        <translation>عنوان IP لجهاز العميل، كما يُبلغ عنه الخادم.</translation>
    </message>
    <message>
        <source>The client&apos;s user agent.</source>
        <translation>وكيل المستخدم (User-Agent) لجهاز العميل.</translation>
    </message>
    <message>
        <source>Revoke a session token.</source>
        <translation>سحب الرمز المميز لجلسة.</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>الرمز_المميز</translation>
    </message>
    <message>
        <source>The token printed by login.</source>
        <translation>الرمز المميز الذي طبعه الأمر login.</translation>
    </message>
    <message>
        <source>built-in</source>
        <extracomment>A role that comes with Nova Admin, as opposed to a custom role an administrator created</extracomment>
        <translation>مدمج</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>مخصص</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>GRANTS</source>
        <translation>الصلاحيات</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <extracomment>%1 is a role name, %2 &quot;built-in&quot; or &quot;custom&quot;, %3 the role&apos;s description</extracomment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Role %1 now has %2.</source>
        <extracomment>%1 is a role name, %2 a permission such as finance:delete</extracomment>
        <translation>أصبح للدور %1 الصلاحية %2.</translation>
    </message>
    <message>
        <source>Role %1 no longer has %2.</source>
        <extracomment>%1 is a role name, %2 a permission such as finance:delete</extracomment>
        <translation>سُحبت الصلاحية %2 من الدور %1.</translation>
    </message>
    <message>
        <source>Role %1 created.</source>
        <translation>أُنشئ الدور %1.</translation>
    </message>
    <message>
        <source>Role %1 deleted.</source>
        <translation>حُذف الدور %1.</translation>
    </message>
    <message>
        <source>perm check: unknown feature or action &quot;%1&quot;. Features: %2; actions: %3.</source>
        <extracomment>%1 is what was typed, e.g. crm:fly; %2 and %3 are lists of the names the command accepts</extracomment>
        <translation>perm check: ميزة أو إجراء غير معروف «%1». الميزات: %2؛ الإجراءات: %3.</translation>
    </message>
    <message>
        <source>allowed</source>
        <extracomment>The answer of &quot;perm check&quot;</extracomment>
        <translation>مسموح</translation>
    </message>
    <message>
        <source>denied: %1</source>
        <translation>مرفوض: %1</translation>
    </message>
    <message>
        <source>The role&apos;s name.</source>
        <translation>اسم الدور.</translation>
    </message>
    <message>
        <source>FEATURE</source>
        <translation>الميزة</translation>
    </message>
    <message>
        <source>The feature: %1, or * for all of them.</source>
        <extracomment>%1 is the list of feature names, which stay in English</extracomment>
        <translation>الميزة: %1، أو * لجميع الميزات.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>The action: %1 (manage covers the others).</source>
        <extracomment>%1 is the list of action names, which stay in English. Keep manage: it is one of them.</extracomment>
        <translation>الإجراء: %1 (يشمل manage بقية الإجراءات).</translation>
    </message>
    <message>
        <source>List roles and their grants.</source>
        <translation>عرض الأدوار وصلاحياتها.</translation>
    </message>
    <message>
        <source>Show one role.</source>
        <translation>عرض دور واحد.</translation>
    </message>
    <message>
        <source>Give a role a permission.</source>
        <translation>منح دور صلاحية.</translation>
    </message>
    <message>
        <source>Take a permission from a role.</source>
        <translation>سحب صلاحية من دور.</translation>
    </message>
    <message>
        <source>Create a custom role without grants.</source>
        <translation>إنشاء دور مخصص بلا صلاحيات.</translation>
    </message>
    <message>
        <source>What the role is for.</source>
        <translation>الغرض من الدور.</translation>
    </message>
    <message>
        <source>Delete a custom role no user has.</source>
        <translation>حذف دور مخصص لا يحمله أي مستخدم.</translation>
    </message>
    <message>
        <source>Check a permission: exit 0 allowed, 1 denied (a denial is logged as unauthorized_access).</source>
        <extracomment>0 and 1 are exit codes: keep the digits. Keep unauthorized_access: it is the event&apos;s name in the log.</extracomment>
        <translation>التحقق من صلاحية: رمز الخروج 0 إذا كانت مسموحة، و1 إذا رُفضت (ويُسجَّل الرفض حدثًا باسم unauthorized_access).</translation>
    </message>
    <message>
        <source>A user&apos;s effective permissions (role and personal grants).</source>
        <translation>الصلاحيات الفعلية لمستخدم (صلاحيات دوره وصلاحياته الشخصية).</translation>
    </message>
    <message>
        <source>A new ingest key is in use; the old one is refused from now on.</source>
        <translation>يُستخدم الآن مفتاح استقبال جديد؛ وسيُرفض المفتاح القديم من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>Print the key the Nova CRM backend uses to send security events to nova-service (%1); created on first use.</source>
        <extracomment>%1 is the HTTP header that carries the key</extracomment>
        <translation>طباعة المفتاح الذي تستخدمه الواجهة الخلفية لـ Nova CRM لإرسال أحداث الأمان إلى nova-service (%1)؛ يُنشأ عند أول استخدام.</translation>
    </message>
    <message>
        <source>Replace the key with a new one.</source>
        <translation>استبدال المفتاح بمفتاح جديد.</translation>
    </message>
    <message>
        <source>Backup codes (each works once; they are not shown again):</source>
        <translation>الرموز الاحتياطية (يصلح كل رمز مرة واحدة؛ ولن تُعرض مرة أخرى):</translation>
    </message>
    <message>
        <source>Secret: %1</source>
        <extracomment>%1 is the secret key in base32</extracomment>
        <translation>المفتاح السري: %1</translation>
    </message>
    <message>
        <source>Scan the URI as a QR code (e.g. %1) or type the secret, then run &quot;%2&quot; with the first code; that enables two-factor sign-in and prints the backup codes.</source>
        <extracomment>%1 is a command that draws the QR code in the terminal, %2 the command to run next</extracomment>
        <translation>امسح عنوان URI بوصفه رمز QR (مثلًا %1) أو اكتب المفتاح السري، ثم شغّل «%2» بأول رمز؛ فيفعّل ذلك المصادقة الثنائية ويطبع الرموز الاحتياطية.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is now on for %1.</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>فُعّلت المصادقة الثنائية للمستخدم %1.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is off for %1.</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>عُطّلت المصادقة الثنائية للمستخدم %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1: on, %Ln backup code(s) left.</source>
        <extracomment>Two-factor sign-in of the user %1</extracomment>
        <translation>
            <numerusform>%1: مفعّلة، لم يتبقَّ أي رمز احتياطي.</numerusform>
            <numerusform>%1: مفعّلة، يتبقى رمز احتياطي واحد.</numerusform>
            <numerusform>%1: مفعّلة، يتبقى رمزان احتياطيان.</numerusform>
            <numerusform>%1: مفعّلة، تتبقى %Ln رموز احتياطية.</numerusform>
            <numerusform>%1: مفعّلة، يتبقى %Ln رمزًا احتياطيًا.</numerusform>
            <numerusform>%1: مفعّلة، يتبقى %Ln رمز احتياطي.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: enrolled, waiting for the first code.</source>
        <extracomment>Two-factor sign-in of the user %1</extracomment>
        <translation>%1: سُجّلت المصادقة الثنائية، بانتظار أول رمز.</translation>
    </message>
    <message>
        <source>%1: off.</source>
        <extracomment>Two-factor sign-in of the user %1</extracomment>
        <translation>%1: معطّلة.</translation>
    </message>
    <message numerus="yes">
        <source>New encryption key in use; %Ln secret(s) re-encrypted.</source>
        <translation>
            <numerusform>يُستخدم الآن مفتاح تشفير جديد؛ لم يُعَد تشفير أي مفتاح سري.</numerusform>
            <numerusform>يُستخدم الآن مفتاح تشفير جديد؛ أُعيد تشفير مفتاح سري واحد.</numerusform>
            <numerusform>يُستخدم الآن مفتاح تشفير جديد؛ أُعيد تشفير مفتاحين سريين.</numerusform>
            <numerusform>يُستخدم الآن مفتاح تشفير جديد؛ أُعيد تشفير %Ln مفاتيح سرية.</numerusform>
            <numerusform>يُستخدم الآن مفتاح تشفير جديد؛ أُعيد تشفير %Ln مفتاحًا سريًا.</numerusform>
            <numerusform>يُستخدم الآن مفتاح تشفير جديد؛ أُعيد تشفير %Ln مفتاح سري.</numerusform>
        </translation>
    </message>
    <message>
        <source>Turn two-factor sign-in on with the first code; prints the backup codes once.</source>
        <translation>تفعيل المصادقة الثنائية بأول رمز؛ يطبع الرموز الاحتياطية مرة واحدة.</translation>
    </message>
    <message>
        <source>The code the authenticator app shows.</source>
        <translation>الرمز الذي يعرضه تطبيق المصادقة.</translation>
    </message>
    <message>
        <source>Turn two-factor sign-in off for a user.</source>
        <translation>تعطيل المصادقة الثنائية لمستخدم.</translation>
    </message>
    <message>
        <source>Replace a user&apos;s backup codes; prints the new ones once.</source>
        <translation>استبدال الرموز الاحتياطية لمستخدم؛ يطبع الرموز الجديدة مرة واحدة.</translation>
    </message>
    <message>
        <source>Show whether two-factor sign-in is on.</source>
        <translation>عرض ما إذا كانت المصادقة الثنائية مفعّلة.</translation>
    </message>
    <message>
        <source>Encrypt every TOTP secret with a new key, in one transaction.</source>
        <translation>تشفير جميع مفاتيح TOTP السرية بمفتاح جديد في معاملة واحدة.</translation>
    </message>
    <message>
        <source>user add: --role is required.</source>
        <extracomment>Keep &quot;user add&quot; and --role: they are typed as they are</extracomment>
        <translation>user add: الخيار --role مطلوب.</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <extracomment>A prompt; %1 is a user name</extracomment>
        <translation>كلمة المرور للمستخدم %1:</translation>
    </message>
    <message>
        <source>user add: no password given; use --password-stdin or run it in a terminal.</source>
        <extracomment>Keep &quot;user add&quot; and --password-stdin: they are typed as they are</extracomment>
        <translation>user add: لم تُعطَ كلمة مرور؛ استخدم --password-stdin أو شغّل الأمر في طرفية.</translation>
    </message>
    <message>
        <source>Created user %1 (id %2, role %3).</source>
        <extracomment>%1 is a user name, %2 the number the database gave the account, %3 a role name</extracomment>
        <translation>أُنشئ المستخدم %1 (المعرف %2، الدور %3).</translation>
    </message>
    <message>
        <source>user list: --status must be active, disabled or locked.</source>
        <extracomment>Keep &quot;user list&quot;, --status, active, disabled and locked: they are typed as they are</extracomment>
        <translation>user list: يجب أن تكون قيمة --status إحدى القيم active أو disabled أو locked.</translation>
    </message>
    <message>
        <source>on</source>
        <extracomment>The 2FA column of &quot;user list&quot;: two-factor sign-in is on or off</extracomment>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّلة</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>2FA</source>
        <extracomment>Column header: two-factor sign-in</extracomment>
        <translation>المصادقة الثنائية</translation>
    </message>
    <message>
        <source>E-MAIL</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>New password for %1:</source>
        <extracomment>A prompt; %1 is a user name</extracomment>
        <translation>كلمة المرور الجديدة للمستخدم %1:</translation>
    </message>
    <message>
        <source>user reset-password: no password given; use --password-stdin.</source>
        <extracomment>Keep &quot;user reset-password&quot; and --password-stdin: they are typed as they are</extracomment>
        <translation>user reset-password: لم تُعطَ كلمة مرور؛ استخدم --password-stdin.</translation>
    </message>
    <message>
        <source>Password of %1 changed.</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>غُيّرت كلمة مرور المستخدم %1.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 is a line number in the imported file, %2 what is wrong with it</extracomment>
        <translation>السطر %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Nothing imported: %Ln row(s) have errors.</source>
        <translation>
            <numerusform>لم يُستورد شيء: لا توجد صفوف بها أخطاء.</numerusform>
            <numerusform>لم يُستورد شيء: يوجد خطأ في صف واحد.</numerusform>
            <numerusform>لم يُستورد شيء: توجد أخطاء في صفّين.</numerusform>
            <numerusform>لم يُستورد شيء: توجد أخطاء في %Ln صفوف.</numerusform>
            <numerusform>لم يُستورد شيء: توجد أخطاء في %Ln صفًا.</numerusform>
            <numerusform>لم يُستورد شيء: توجد أخطاء في %Ln صف.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Dry run: %Ln user(s) would be created.</source>
        <translation>
            <numerusform>تشغيل تجريبي: لن يُنشأ أي مستخدم.</numerusform>
            <numerusform>تشغيل تجريبي: سيُنشأ مستخدم واحد.</numerusform>
            <numerusform>تشغيل تجريبي: سيُنشأ مستخدمان.</numerusform>
            <numerusform>تشغيل تجريبي: سيُنشأ %Ln مستخدمين.</numerusform>
            <numerusform>تشغيل تجريبي: سيُنشأ %Ln مستخدمًا.</numerusform>
            <numerusform>تشغيل تجريبي: سيُنشأ %Ln مستخدم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln user(s).</source>
        <translation>
            <numerusform>لم يُستورد أي مستخدم.</numerusform>
            <numerusform>استُورد مستخدم واحد.</numerusform>
            <numerusform>استُورد مستخدمان.</numerusform>
            <numerusform>استُورد %Ln مستخدمين.</numerusform>
            <numerusform>استُورد %Ln مستخدمًا.</numerusform>
            <numerusform>استُورد %Ln مستخدم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing user(s) would be skipped.</source>
        <translation>
            <numerusform>لن يُتخطّى أي مستخدم موجود.</numerusform>
            <numerusform>سيُتخطّى مستخدم موجود واحد.</numerusform>
            <numerusform>سيُتخطّى مستخدمان موجودان.</numerusform>
            <numerusform>سيُتخطّى %Ln مستخدمين موجودين.</numerusform>
            <numerusform>سيُتخطّى %Ln مستخدمًا موجودًا.</numerusform>
            <numerusform>سيُتخطّى %Ln مستخدم موجود.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln existing user(s) skipped.</source>
        <translation>
            <numerusform>لم يُتخطَّ أي مستخدم موجود.</numerusform>
            <numerusform>تُخطّي مستخدم موجود واحد.</numerusform>
            <numerusform>تُخطّي مستخدمان موجودان.</numerusform>
            <numerusform>تُخطّي %Ln مستخدمين موجودين.</numerusform>
            <numerusform>تُخطّي %Ln مستخدمًا موجودًا.</numerusform>
            <numerusform>تُخطّي %Ln مستخدم موجود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create a user (the password must satisfy the password policy).</source>
        <translation>إنشاء مستخدم (يجب أن تستوفي كلمة المرور سياسة كلمات المرور).</translation>
    </message>
    <message>
        <source>The role (admin, broker, manager, security or a custom role).</source>
        <extracomment>Keep admin, broker, manager and security: they are the built-in roles&apos; names</extracomment>
        <translation>الدور (admin أو broker أو manager أو security أو دور مخصص).</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>عنوان البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>البريد</translation>
    </message>
    <message>
        <source>Full name.</source>
        <translation>الاسم الكامل.</translation>
    </message>
    <message>
        <source>Mobile number for SMS codes.</source>
        <translation>رقم الجوال لتلقي رموز SMS.</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>List users.</source>
        <translation>عرض المستخدمين.</translation>
    </message>
    <message>
        <source>Only this role.</source>
        <translation>هذا الدور فقط.</translation>
    </message>
    <message>
        <source>Only active, disabled or locked users.</source>
        <extracomment>Keep active, disabled and locked: the option accepts them as they are</extracomment>
        <translation>المستخدمون بالحالة active أو disabled أو locked فقط.</translation>
    </message>
    <message>
        <source>Text in the name or e-mail.</source>
        <translation>نص يرد في الاسم أو البريد الإلكتروني.</translation>
    </message>
    <message>
        <source>Set a new password for a user.</source>
        <translation>تعيين كلمة مرور جديدة لمستخدم.</translation>
    </message>
    <message>
        <source>Import users with their password hashes from CSV or JSON (bcrypt hashes from Nova CRM are re-hashed at the first sign-in).</source>
        <translation>استيراد المستخدمين مع تجزئات كلمات مرورهم من ملف CSV أو JSON (يُعاد حساب تجزئات bcrypt القادمة من Nova CRM عند أول تسجيل دخول).</translation>
    </message>
    <message>
        <source>A .csv or .json file.</source>
        <translation>ملف بامتداد csv أو json.</translation>
    </message>
    <message>
        <source>Check the file, change nothing.</source>
        <translation>فحص الملف دون تغيير أي شيء.</translation>
    </message>
    <message>
        <source>Skip user names that already exist instead of failing.</source>
        <translation>تخطي أسماء المستخدمين الموجودة مسبقًا بدلًا من الإخفاق.</translation>
    </message>
    <message>
        <source>Disable a user: no sign-in until enabled again.</source>
        <translation>تعطيل مستخدم: لا يمكنه تسجيل الدخول حتى يُفعَّل من جديد.</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>عُطّل المستخدم %1.</translation>
    </message>
    <message>
        <source>Enable a disabled user.</source>
        <translation>تفعيل مستخدم معطّل.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>فُعّل المستخدم %1.</translation>
    </message>
    <message>
        <source>Release a user locked after failed sign-ins.</source>
        <translation>إلغاء قفل مستخدم قُفل بعد محاولات تسجيل دخول فاشلة.</translation>
    </message>
    <message>
        <source>User %1 unlocked.</source>
        <translation>أُلغي قفل المستخدم %1.</translation>
    </message>
    <message>
        <source>Delete a user (recorded in the security log).</source>
        <translation>حذف مستخدم (يُسجَّل ذلك في سجل الأمان).</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>حُذف المستخدم %1.</translation>
    </message>
    <message>
        <source>Start TOTP enrollment: prints the %1 URI and the secret.</source>
        <extracomment>%1 is otpauth://, the scheme of the URI authenticator apps read</extracomment>
        <translation>بدء تفعيل المصادقة الثنائية عبر TOTP: يطبع عنوان URI من نوع %1 والمفتاح السري.</translation>
    </message>
    <message>
        <source>Use the passphrase on the first line of this file (default: the backup key in the secret store).</source>
        <translation>استخدم عبارة المرور الموجودة في السطر الأول من هذا الملف (الافتراضي: مفتاح النسخ الاحتياطي في مخزن الأسرار).</translation>
    </message>
    <message>
        <source>Use the passphrase in this environment variable.</source>
        <extracomment>VAR is the placeholder of an environment variable&apos;s name</extracomment>
        <translation>استخدم عبارة المرور الموجودة في متغير البيئة هذا.</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>متغير</translation>
    </message>
    <message>
        <source>Give --passphrase-file or --passphrase-env, not both.</source>
        <translation>استخدم --passphrase-file أو --passphrase-env، لا كليهما.</translation>
    </message>
    <message>
        <source>The environment variable %1 is not set or is empty.</source>
        <extracomment>%1 is the name of an environment variable</extracomment>
        <translation>متغير البيئة %1 غير معرَّف أو فارغ.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>Warning: other users can read %1; chmod 600 it.</source>
        <extracomment>%1 is a file path; chmod 600 is a command to type as it is</extracomment>
        <translation>تحذير: يستطيع مستخدمون آخرون قراءة %1؛ نفّذ عليه chmod 600.</translation>
    </message>
    <message>
        <source>The passphrase file %1 is empty.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>ملف عبارة المرور %1 فارغ.</translation>
    </message>
    <message>
        <source>Give it with --passphrase-file or --passphrase-env.</source>
        <translation>أدخلها باستخدام --passphrase-file أو --passphrase-env.</translation>
    </message>
    <message>
        <source>Leave out --passphrase-file and --passphrase-env.</source>
        <translation>لا تستخدم --passphrase-file ولا --passphrase-env.</translation>
    </message>
    <message>
        <source>Copying the database</source>
        <translation>نسخ قاعدة البيانات</translation>
    </message>
    <message>
        <source>Encrypting</source>
        <translation>التشفير</translation>
    </message>
    <message>
        <source>Decrypting and checking every part</source>
        <translation>فك التشفير وفحص كل جزء</translation>
    </message>
    <message>
        <source>Checking the database in the backup</source>
        <translation>فحص قاعدة البيانات في النسخة الاحتياطية</translation>
    </message>
    <message>
        <source>Saving a safety copy of the current database</source>
        <translation>حفظ نسخة أمان من قاعدة البيانات الحالية</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>الاستعادة</translation>
    </message>
    <message>
        <source>%1: %2%</source>
        <extracomment>Progress on the terminal: %1 is what is being done, %2 the percentage done</extracomment>
        <translation>%1: %2%</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <extracomment>%1 is a file path, %2 its size (e.g. 12 MB)</extracomment>
        <translation>كُتبت النسخة الاحتياطية في %1 (%2).</translation>
    </message>
    <message>
        <source>It is encrypted with the backup key in the secret store (%1). Keep a copy of that key elsewhere: without it the backup cannot be restored on another computer.</source>
        <extracomment>%1 is where keys are kept, e.g. keychain or file:/var/lib/nova-service/secrets</extracomment>
        <translation>وهي مشفرة بمفتاح النسخ الاحتياطي في مخزن الأسرار (%1). احتفظ بنسخة من ذلك المفتاح في مكان آخر: فبدونه لا يمكن استعادة النسخة على حاسوب آخر.</translation>
    </message>
    <message>
        <source>%1 is intact: a Nova Admin database backed up %2, %3, schema %4.</source>
        <extracomment>%1 is a file path, %2 a date and time, %3 a size (e.g. 12 MB), %4 a schema number</extracomment>
        <translation>%1 سليمة: قاعدة بيانات Nova Admin نُسخت احتياطيًا في %2، بحجم %3، المخطط %4.</translation>
    </message>
    <message>
        <source>backup restore replaces everything in the database with the backup&apos;s content (a safety copy of the current database is kept beside it). Stop nova-service first, then run the command again with --yes.</source>
        <extracomment>Keep --yes: it is typed as it is</extracomment>
        <translation>يستبدل الأمر backup restore كل ما في قاعدة البيانات بمحتوى النسخة الاحتياطية (وتُحفظ نسخة أمان من قاعدة البيانات الحالية بجانبها). أوقف nova-service أولًا، ثم شغّل الأمر مجددًا مع --yes.</translation>
    </message>
    <message>
        <source>Restored %1 (backed up %2). The database as it was before is in %3.</source>
        <extracomment>%1 is a file path, %2 a date and time, %3 the safety copy&apos;s path</extracomment>
        <translation>استُعيدت %1 (نُسخت احتياطيًا في %2). قاعدة البيانات كما كانت من قبل موجودة في %3.</translation>
    </message>
    <message>
        <source>Restart Nova Admin and nova-service so that they use the restored data.</source>
        <translation>أعد تشغيل Nova Admin وnova-service ليستخدما البيانات المستعادة.</translation>
    </message>
    <message>
        <source>Recorded a backup made outside Nova Admin.</source>
        <translation>سُجّلت نسخة احتياطية أُنشئت خارج Nova Admin.</translation>
    </message>
    <message>
        <source>No backup has been recorded for this database.</source>
        <translation>لم تُسجَّل أي نسخة احتياطية لقاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Last backup: %1, made outside Nova Admin (recorded by %2).</source>
        <extracomment>%1 is a date and time, %2 a user name</extracomment>
        <translation>آخر نسخة احتياطية: %1، أُنشئت خارج Nova Admin (سجّلها %2).</translation>
    </message>
    <message>
        <source>Last backup: %1, %2 (by %3).</source>
        <extracomment>%1 is a date and time, %2 a file path, %3 a user name</extracomment>
        <translation>آخر نسخة احتياطية: %1، %2 (بواسطة %3).</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <extracomment>%1 is the note given with &quot;backup mark&quot;</extracomment>
        <translation>ملاحظة: %1</translation>
    </message>
    <message>
        <source>Warning: the last backup is more than 7 days old.</source>
        <translation>تحذير: مضى على آخر نسخة احتياطية أكثر من 7 أيام.</translation>
    </message>
    <message>
        <source>The backup file.</source>
        <translation>ملف النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the SQLite database while it stays in use.</source>
        <translation>اكتب نسخة احتياطية مشفرة من قاعدة بيانات SQLite مع بقائها قيد الاستخدام.</translation>
    </message>
    <message>
        <source>Decrypt a backup, check every part and the database inside, and show what it holds.</source>
        <translation>فك تشفير نسخة احتياطية، وافحص كل جزء منها وقاعدة البيانات التي بداخلها، واعرض ما تحويه.</translation>
    </message>
    <message>
        <source>Replace the database with a verified backup, keeping a safety copy of the current one beside it.</source>
        <translation>استبدل قاعدة البيانات بنسخة احتياطية تم التحقق منها، مع حفظ نسخة أمان من الحالية بجانبها.</translation>
    </message>
    <message>
        <source>Really replace the database (without it the command only explains).</source>
        <translation>استبدل قاعدة البيانات فعلًا (بدونه يكتفي الأمر بالشرح).</translation>
    </message>
    <message>
        <source>Record that a backup was made outside Nova Admin, e.g. with pg_dump.</source>
        <extracomment>Keep pg_dump: it is a program&apos;s name</extracomment>
        <translation>سجّل أن نسخة احتياطية أُنشئت خارج Nova Admin، مثلًا باستخدام pg_dump.</translation>
    </message>
    <message>
        <source>A note to keep with the record.</source>
        <translation>ملاحظة تُحفظ مع السجل.</translation>
    </message>
    <message>
        <source>Show when the last backup ran; warns when it is more than 7 days old.</source>
        <translation>اعرض متى أُنشئت آخر نسخة احتياطية؛ مع تحذير إذا مضى عليها أكثر من 7 أيام.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln erasures also pseudonymised archived entries: run with --with-archives to check them.</source>
        <translation>
            <numerusform>لم تُخفِ أي عملية محو هوية قيود مؤرشفة.</numerusform>
            <numerusform>عملية محو واحدة أخفت أيضًا هوية قيود مؤرشفة: شغّل الأمر مع --with-archives للتحقق منها.</numerusform>
            <numerusform>عمليتا محو أخفتا أيضًا هوية قيود مؤرشفة: شغّل الأمر مع --with-archives للتحقق منها.</numerusform>
            <numerusform>%Ln عمليات محو أخفت أيضًا هوية قيود مؤرشفة: شغّل الأمر مع --with-archives للتحقق منها.</numerusform>
            <numerusform>%Ln عملية محو أخفت أيضًا هوية قيود مؤرشفة: شغّل الأمر مع --with-archives للتحقق منها.</numerusform>
            <numerusform>%Ln عملية محو أخفت أيضًا هوية قيود مؤرشفة: شغّل الأمر مع --with-archives للتحقق منها.</numerusform>
        </translation>
    </message>
    <message>
        <source>--older-than-days takes a number of days from %1 to %2.</source>
        <translation>يأخذ الخيار --older-than-days عدد أيام من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Nothing to archive: no entry is older than the retention period.</source>
        <translation>لا شيء للأرشفة: لا يوجد قيد أقدم من مدة الاحتفاظ.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries archived to %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>
            <numerusform>لم يُؤرشف أي قيد في %1.</numerusform>
            <numerusform>أُرشف قيد واحد في %1.</numerusform>
            <numerusform>أُرشف قيدان في %1.</numerusform>
            <numerusform>أُرشفت %Ln قيود في %1.</numerusform>
            <numerusform>أُرشف %Ln قيدًا في %1.</numerusform>
            <numerusform>أُرشف %Ln قيد في %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Entries are kept in the live log for %Ln days.</source>
        <translation>
            <numerusform>تبقى القيود في السجل الحي أقل من يوم.</numerusform>
            <numerusform>تبقى القيود في السجل الحي يومًا واحدًا.</numerusform>
            <numerusform>تبقى القيود في السجل الحي يومين.</numerusform>
            <numerusform>تبقى القيود في السجل الحي %Ln أيام.</numerusform>
            <numerusform>تبقى القيود في السجل الحي %Ln يومًا.</numerusform>
            <numerusform>تبقى القيود في السجل الحي %Ln يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Archives go to %1.</source>
        <extracomment>%1 is a folder path</extracomment>
        <translation>تُحفظ الأرشيفات في %1.</translation>
    </message>
    <message>
        <source>Last archived: %1 (UTC).</source>
        <translation>آخر أرشفة: %1 (بالتوقيت العالمي).</translation>
    </message>
    <message>
        <source>Nothing has been archived yet.</source>
        <translation>لم يُؤرشف شيء بعد.</translation>
    </message>
    <message>
        <source>Check the archive files first and the live log after them, as one chain.</source>
        <translation>تحقّق من ملفات الأرشيف أولًا ثم من السجل الحي بعدها، كسلسلة واحدة.</translation>
    </message>
    <message>
        <source>The archives are in this folder (default: the retention setting).</source>
        <translation>الأرشيفات في هذا المجلد (الافتراضي: إعداد الاحتفاظ).</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Move entries older than the retention period to a signed, compressed archive file.</source>
        <translation>انقل القيود الأقدم من مدة الاحتفاظ إلى ملف أرشيف موقّع ومضغوط.</translation>
    </message>
    <message>
        <source>Archive entries older than N days instead.</source>
        <translation>أرشِف بدلًا من ذلك القيود الأقدم من N يومًا.</translation>
    </message>
    <message>
        <source>Show the retention policy, or change it with --days and --folder.</source>
        <translation>اعرض سياسة الاحتفاظ، أو غيّرها بالخيارين --days و--folder.</translation>
    </message>
    <message>
        <source>Keep entries in the live log for N days.</source>
        <translation>احتفظ بالقيود في السجل الحي N يومًا.</translation>
    </message>
    <message>
        <source>Write archives to this folder (a full path).</source>
        <translation>اكتب الأرشيفات في هذا المجلد (مسار كامل).</translation>
    </message>
    <message>
        <source>Erasing %1 deletes the account and replaces their name in the security log with a pseudonym; it cannot be undone. Run again with --yes to erase.</source>
        <extracomment>Keep --yes: it is typed as it is. %1 is a user name</extracomment>
        <translation>محو %1 يحذف الحساب ويستبدل اسمه في سجل الأمان باسم مستعار، ولا يمكن التراجع عنه. شغّل الأمر مرة أخرى مع --yes للمحو.</translation>
    </message>
    <message numerus="yes">
        <source>User %1 erased; %Ln log entries now name them %2.</source>
        <extracomment>%1 is the erased user&apos;s former name, %2 the pseudonym that replaces it</extracomment>
        <translation>
            <numerusform>مُحي المستخدم %1؛ لا قيود في السجل تسمّيه، واسمه المستعار %2.</numerusform>
            <numerusform>مُحي المستخدم %1؛ قيد واحد في السجل يسمّيه الآن %2.</numerusform>
            <numerusform>مُحي المستخدم %1؛ قيدان في السجل يسمّيانه الآن %2.</numerusform>
            <numerusform>مُحي المستخدم %1؛ %Ln قيود في السجل تسمّيه الآن %2.</numerusform>
            <numerusform>مُحي المستخدم %1؛ %Ln قيدًا في السجل تسمّيه الآن %2.</numerusform>
            <numerusform>مُحي المستخدم %1؛ %Ln قيد في السجل تسمّيه الآن %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries were already pseudonymised by an earlier erasure and were left as they are.</source>
        <translation>
            <numerusform>لا قيود أُخفيت هويتها بمحو سابق.</numerusform>
            <numerusform>قيد واحد أُخفيت هويته بمحو سابق فتُرك كما هو.</numerusform>
            <numerusform>قيدان أُخفيت هويتهما بمحو سابق فتُركا كما هما.</numerusform>
            <numerusform>%Ln قيود أُخفيت هويتها بمحو سابق فتُركت كما هي.</numerusform>
            <numerusform>%Ln قيدًا أُخفيت هويتها بمحو سابق فتُركت كما هي.</numerusform>
            <numerusform>%Ln قيد أُخفيت هويتها بمحو سابق فتُركت كما هي.</numerusform>
        </translation>
    </message>
    <message>
        <source>user export: --out is required.</source>
        <extracomment>Keep &quot;user export&quot; and --out: they are typed as they are</extracomment>
        <translation>user export: الخيار --out مطلوب.</translation>
    </message>
    <message>
        <source>Erase a user on a data-protection request: delete the account and pseudonymise their records without breaking the log&apos;s chain.</source>
        <translation>امحُ مستخدمًا بناءً على طلب حماية بيانات: احذف الحساب وأخفِ هويته في سجلاته دون كسر سلسلة السجل.</translation>
    </message>
    <message>
        <source>Confirm the erasure.</source>
        <translation>أكّد المحو.</translation>
    </message>
    <message>
        <source>Export everything stored about a user on a data-protection request: a JSON file and an HTML summary, readable by the owner only.</source>
        <translation>تصدير كل ما هو مخزَّن عن مستخدم بناءً على طلب لحماية البيانات: ملف JSON وملخّص HTML لا يقرؤهما إلا المالك.</translation>
    </message>
    <message>
        <source>The folder for the two files (created when missing).</source>
        <translation>المجلد الذي يُكتب فيه الملفان (يُنشأ إن لم يكن موجودًا).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>مجلد</translation>
    </message>
</context>
<context>
    <name>nova::ctl::CtlApp</name>
    <message>
        <source>The database: a SQLite file, %1 or %2 (default: the desktop&apos;s SQLite file).</source>
        <extracomment>%1 and %2 are the forms of a database URL</extracomment>
        <translation>قاعدة البيانات: ملف SQLite أو %1 أو %2 (الافتراضي: ملف SQLite الخاص بتطبيق سطح المكتب).</translation>
    </message>
    <message>
        <source>URL</source>
        <extracomment>The placeholders of arguments and option values in the help are upper case in English</extracomment>
        <translation>URL</translation>
    </message>
    <message>
        <source>Where keys are kept: auto, keychain or file:FOLDER (default: auto, the store this database was first used with).</source>
        <extracomment>Keep auto, keychain and file:FOLDER: the option accepts them as they are</extracomment>
        <translation>مكان حفظ المفاتيح: auto أو keychain أو file:FOLDER (الافتراضي: auto، أي المخزن الذي استُخدمت معه قاعدة البيانات هذه أول مرة).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>المخزن</translation>
    </message>
    <message>
        <source>Try &quot;%1&quot;.</source>
        <extracomment>%1 is a command to run</extracomment>
        <translation>جرّب «%1».</translation>
    </message>
    <message>
        <source>COMMAND</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>ARGUMENTS</source>
        <translation>الوسائط</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>الخيارات</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <extracomment>%1 is the command line&apos;s form</extracomment>
        <translation>الاستخدام: %1</translation>
    </message>
    <message>
        <source>Nova Admin from the command line, for scripts and recovery.</source>
        <translation>Nova Admin من سطر الأوامر، للبرامج النصية والاسترداد.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>الأوامر:</translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation>الخيارات العامة:</translation>
    </message>
    <message>
        <source>%1 shows a command&apos;s options.</source>
        <extracomment>%1 is a command to run, with a placeholder for the command&apos;s name</extracomment>
        <translation>يعرض %1 خيارات الأمر.</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 refused (wrong password, permission denied), 2 usage error, 3 failure.</source>
        <extracomment>Keep the digits: they are the exit codes scripts see</extracomment>
        <translation>رموز الخروج: 0 نجاح، 1 رفض (كلمة مرور خاطئة، صلاحية مرفوضة)، 2 خطأ في الاستخدام، 3 إخفاق.</translation>
    </message>
    <message>
        <source>Commands of &quot;%1&quot;:</source>
        <extracomment>%1 is a command group such as &quot;user&quot;</extracomment>
        <translation>أوامر «%1»:</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <extracomment>%1 is what was typed as the command</extracomment>
        <translation>أمر غير معروف «%1».</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>عرض هذه التعليمات.</translation>
    </message>
    <message>
        <source>%1: missing %2.</source>
        <extracomment>%1 is a command such as &quot;nova-ctl user add&quot;, %2 the placeholder of the argument it needs, e.g. NAME</extracomment>
        <translation>%1: الوسيط %2 مفقود.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <extracomment>%1 is a command such as &quot;nova-ctl user list&quot;, %2 what was typed after it</extracomment>
        <translation>%1: وسيط غير متوقع «%2».</translation>
    </message>
</context>
<context>
    <name>nova::service::DaemonConfig</name>
    <message>
        <source>Nova Admin&apos;s service layer without a desktop: live alerts over WebSocket, security events from the Nova CRM backend, the intrusion detector.</source>
        <translation>طبقة خدمات Nova Admin دون سطح مكتب: التنبيهات المباشرة عبر WebSocket، وأحداث الأمان من الواجهة الخلفية لـ Nova CRM، وكشف التسلل.</translation>
    </message>
    <message>
        <source>The database URL.</source>
        <translation>عنوان URL لقاعدة البيانات.</translation>
    </message>
    <message>
        <source>URL</source>
        <extracomment>The placeholders of option values in the help are upper case in English</extracomment>
        <translation>URL</translation>
    </message>
    <message>
        <source>auto, keychain or file:FOLDER.</source>
        <extracomment>Keep auto, keychain and file:FOLDER: the option accepts them as they are</extracomment>
        <translation>auto أو keychain أو file:FOLDER.</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>المخزن</translation>
    </message>
    <message>
        <source>Address and port for the alert endpoint (default %1; port 0 picks a free one).</source>
        <extracomment>%1 is an address and port; 0 is a port number: keep the digit</extracomment>
        <translation>العنوان والمنفذ لنقطة استقبال التنبيهات (الافتراضي %1؛ والمنفذ 0 يختار منفذًا متاحًا).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>العنوان:المنفذ</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>A JSON configuration file.</source>
        <translation>ملف إعدادات بصيغة JSON.</translation>
    </message>
    <message>
        <source>PEM certificate for %1.</source>
        <extracomment>%1 is wss://, the scheme of encrypted WebSocket connections</extracomment>
        <translation>شهادة بصيغة PEM لاتصالات %1.</translation>
    </message>
    <message>
        <source>PEM private key for %1.</source>
        <extracomment>%1 is wss://, the scheme of encrypted WebSocket connections</extracomment>
        <translation>المفتاح الخاص بصيغة PEM لاتصالات %1.</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the SQLite database here once a day.</source>
        <translation>اكتب هنا نسخة احتياطية مشفّرة من قاعدة بيانات SQLite مرة يوميًا.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>المجلد</translation>
    </message>
    <message>
        <source>Keep the newest N daily backups (default %1).</source>
        <translation>احتفظ بأحدث N نسخ احتياطية يومية (الافتراضي %1).</translation>
    </message>
</context>
<context>
    <name>nova::ui::AddUserGrantDialog</name>
    <message>
        <source>Add grant</source>
        <translation>منح صلاحية</translation>
    </message>
    <message>
        <source>A personal grant gives %1 a permission on top of their role.</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>تمنح الصلاحية الشخصية المستخدم %1 صلاحية إضافية فوق ما يتيحه دوره.</translation>
    </message>
    <message>
        <source>&amp;Feature:</source>
        <translation>&amp;الميزة:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;الإجراء:</translation>
    </message>
    <message>
        <source>&amp;Expires at:</source>
        <translation>&amp;تنتهي في:</translation>
    </message>
    <message>
        <source>Without an expiry the grant lasts until it is revoked.</source>
        <translation>من دون تاريخ انتهاء تبقى الصلاحية سارية حتى تُسحب.</translation>
    </message>
    <message>
        <source>In your local time; it must lie in the future.</source>
        <translation>بتوقيتك المحلي، ويجب أن يكون في المستقبل.</translation>
    </message>
    <message>
        <source>The expiry time must lie in the future.</source>
        <translation>يجب أن يكون وقت الانتهاء في المستقبل.</translation>
    </message>
</context>
<context>
    <name>nova::ui::AdminAccountPage</name>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>This database already has users. Close setup and sign in instead.</source>
        <translation>قاعدة البيانات هذه فيها مستخدمون بالفعل. أغلق الإعداد وسجّل الدخول بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Administrator Account</source>
        <translation>حساب المسؤول</translation>
    </message>
    <message>
        <source>The administrator manages users, roles and security settings. The password must meet every rule below.</source>
        <translation>يدير المسؤول المستخدمين والأدوار وإعدادات الأمان. يجب أن تستوفي كلمة المرور جميع القواعد أدناه.</translation>
    </message>
    <message>
        <source>Create &amp;Account</source>
        <translation>إنشاء &amp;الحساب</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم &amp;المستخدم:</translation>
    </message>
    <message>
        <source>%1 to %2 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; used to sign in</source>
        <extracomment>%1 and %2 are the shortest and longest length</extracomment>
        <translation>من %1 إلى %2 من الحروف أو الأرقام أو &apos;.&apos; أو &apos;_&apos; أو &apos;-&apos;؛ يُستخدم لتسجيل الدخول</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;الاسم المعروض:</translation>
    </message>
    <message>
        <source>Optional, e.g. the administrator&apos;s full name</source>
        <translation>اختياري، مثل الاسم الكامل للمسؤول</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>اختياري</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>&amp;تكرار كلمة المرور:</translation>
    </message>
    <message>
        <source>Type the password again to rule out a typing mistake</source>
        <translation>اكتب كلمة المرور مرة أخرى لتفادي أي خطأ في الكتابة</translation>
    </message>
</context>
<context>
    <name>nova::ui::AdoptionChart</name>
    <message numerus="yes">
        <source>%1: %2 of %Ln users</source>
        <extracomment>%1 is a role; then how many of its users have two-factor authentication, e.g. &quot;Broker: 3 of 12 users&quot;</extracomment>
        <translation>
            <numerusform>%1: %2 من %Ln مستخدم</numerusform>
            <numerusform>%1: %2 من مستخدم واحد</numerusform>
            <numerusform>%1: %2 من مستخدمَين</numerusform>
            <numerusform>%1: %2 من %Ln مستخدمين</numerusform>
            <numerusform>%1: %2 من %Ln مستخدمًا</numerusform>
            <numerusform>%1: %2 من %Ln مستخدم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln users have two-factor authentication</source>
        <extracomment>How many of the accounts that may sign in have two-factor authentication</extracomment>
        <translation>
            <numerusform>%1 من %Ln مستخدم لديهم المصادقة الثنائية</numerusform>
            <numerusform>%1 من مستخدم واحد لديه المصادقة الثنائية</numerusform>
            <numerusform>%1 من مستخدمَين لديهم المصادقة الثنائية</numerusform>
            <numerusform>%1 من %Ln مستخدمين لديهم المصادقة الثنائية</numerusform>
            <numerusform>%1 من %Ln مستخدمًا لديهم المصادقة الثنائية</numerusform>
            <numerusform>%1 من %Ln مستخدم لديهم المصادقة الثنائية</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <extracomment>A role&apos;s share of users with two-factor authentication and how many that is, e.g. &quot;25% (1/4)&quot;</extracomment>
        <translation>%1 (%2/%3)</translation>
    </message>
</context>
<context>
    <name>nova::ui::AlertFilterBar</name>
    <message>
        <source>Minimum &amp;severity:</source>
        <translation>أدنى &amp;خطورة:</translation>
    </message>
    <message>
        <source>All</source>
        <extracomment>Minimum severity filter: every alert</extracomment>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>منخفضة فأعلى</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>متوسطة فأعلى</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>عالية فأعلى</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>الحرجة فقط</translation>
    </message>
    <message>
        <source>Show only alerts of this severity or higher</source>
        <translation>عرض التنبيهات التي بهذه الخطورة أو أعلى فقط</translation>
    </message>
    <message>
        <source>Filter by message, type, address or user</source>
        <translation>تصفية حسب الرسالة أو النوع أو العنوان أو المستخدم</translation>
    </message>
    <message>
        <source>Filter by message, type, address or user (%1)</source>
        <extracomment>%1 is the keyboard shortcut that puts the cursor here</extracomment>
        <translation>تصفية حسب الرسالة أو النوع أو العنوان أو المستخدم (%1)</translation>
    </message>
    <message>
        <source>Show only alerts whose message, type, address or user contains this text</source>
        <translation>عرض التنبيهات التي تحتوي رسالتها أو نوعها أو عنوانها أو مستخدمها على هذا النص فقط</translation>
    </message>
</context>
<context>
    <name>nova::ui::AlertListModel</name>
    <message>
        <source>%1 at %2</source>
        <comment>acknowledged by &lt;user&gt; at &lt;time&gt;</comment>
        <translation>%1 في %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>عنوان IP</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>تأكيد الاطلاع</translation>
    </message>
</context>
<context>
    <name>nova::ui::AlertPresentation</name>
    <message>
        <source>Info</source>
        <extracomment>Alert severity (Info, Low, Medium, High, Critical)</extracomment>
        <translation>معلومات</translation>
    </message>
    <message>
        <source>Low</source>
        <extracomment>Alert severity (Info, Low, Medium, High, Critical)</extracomment>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Medium</source>
        <extracomment>Alert severity (Info, Low, Medium, High, Critical)</extracomment>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>High</source>
        <extracomment>Alert severity (Info, Low, Medium, High, Critical)</extracomment>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Critical</source>
        <extracomment>Alert severity (Info, Low, Medium, High, Critical)</extracomment>
        <translation>حرجة</translation>
    </message>
    <message>
        <source>Brute force</source>
        <translation>تخمين كلمات المرور</translation>
    </message>
    <message>
        <source>Suspicious activity</source>
        <translation>نشاط مشبوه</translation>
    </message>
    <message>
        <source>SQL injection</source>
        <translation>حقن SQL</translation>
    </message>
    <message>
        <source>Cross-site scripting</source>
        <translation>برمجة نصية عبر المواقع (XSS)</translation>
    </message>
    <message>
        <source>Sensitive action</source>
        <translation>إجراء حساس</translation>
    </message>
    <message>
        <source>Burst of sensitive actions</source>
        <translation>موجة من الإجراءات الحساسة</translation>
    </message>
    <message>
        <source>Address blocked</source>
        <translation>حظر عنوان</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>قفل حساب</translation>
    </message>
</context>
<context>
    <name>nova::ui::AlertTrayNotifier</name>
    <message>
        <source>%1: %2</source>
        <comment>severity: alert type</comment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln high-severity alert(s)</source>
        <translation>
            <numerusform>لا تنبيهات عالية الخطورة</numerusform>
            <numerusform>تنبيه واحد عالي الخطورة</numerusform>
            <numerusform>تنبيهان عاليا الخطورة</numerusform>
            <numerusform>%Ln تنبيهات عالية الخطورة</numerusform>
            <numerusform>%Ln تنبيهًا عالي الخطورة</numerusform>
            <numerusform>%Ln تنبيه عالي الخطورة</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest: %1</source>
        <extracomment>%1 is the message of the newest of several alerts</extracomment>
        <translation>الأحدث: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more high-severity alert(s)</source>
        <translation>
            <numerusform>لا مزيد من التنبيهات عالية الخطورة</numerusform>
            <numerusform>تنبيه آخر عالي الخطورة</numerusform>
            <numerusform>تنبيهان آخران عاليا الخطورة</numerusform>
            <numerusform>%Ln تنبيهات أخرى عالية الخطورة</numerusform>
            <numerusform>%Ln تنبيهًا آخر عالي الخطورة</numerusform>
            <numerusform>%Ln تنبيه آخر عالي الخطورة</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Live alerts to see them.</source>
        <translation>افتح التنبيهات المباشرة لعرضها.</translation>
    </message>
    <message>
        <source>Nova Admin: live alerts</source>
        <translation>Nova Admin: التنبيهات المباشرة</translation>
    </message>
    <message>
        <source>Show live alerts</source>
        <translation>عرض التنبيهات المباشرة</translation>
    </message>
</context>
<context>
    <name>nova::ui::AlertsPage</name>
    <message>
        <source>Live alerts</source>
        <translation>التنبيهات المباشرة</translation>
    </message>
    <message>
        <source>Live alerts (%1)</source>
        <comment>the number of unacknowledged alerts</comment>
        <translation>التنبيهات المباشرة (%1)</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;تأكيد الاطلاع</translation>
    </message>
    <message>
        <source>Mark the selected alerts as dealt with (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>تعليم التنبيهات المحددة على أنها عولجت (%1)</translation>
    </message>
    <message>
        <source>Jump to &amp;log</source>
        <translation>الانتقال إلى &amp;السجل</translation>
    </message>
    <message>
        <source>Show the security log entries of this alert&apos;s address (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>عرض قيود سجل الأمان الخاصة بعنوان هذا التنبيه (%1)</translation>
    </message>
    <message>
        <source>Jump to &amp;user</source>
        <translation>الانتقال إلى &amp;المستخدم</translation>
    </message>
    <message>
        <source>Show the account this alert is about (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>عرض الحساب الذي يخصه هذا التنبيه (%1)</translation>
    </message>
    <message>
        <source>Jump to &amp;IP</source>
        <translation>الانتقال إلى &amp;عنوان IP</translation>
    </message>
    <message>
        <source>Show this alert&apos;s address among the blocked addresses (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>عرض عنوان هذا التنبيه ضمن العناوين المحظورة (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the selected alerts as text</source>
        <translation>نسخ التنبيهات المحددة كنص</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Filter the alerts by text</source>
        <translation>تصفية التنبيهات حسب النص</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;استئناف</translation>
    </message>
    <message>
        <source>Add the alerts held back while paused and follow the feed again (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>إضافة التنبيهات المحجوزة أثناء الإيقاف المؤقت ومتابعة البث من جديد (%1)</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Hold new alerts back while you read; they are added when you resume (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>حجز التنبيهات الجديدة ريثما تقرأ، وتُضاف عند الاستئناف (%1)</translation>
    </message>
    <message>
        <source>Connecting to the alert server…</source>
        <translation>جارٍ الاتصال بخادم التنبيهات…</translation>
    </message>
    <message>
        <source>The connection to the alert server was lost; reconnecting. Missed alerts will be shown when it is back.</source>
        <translation>انقطع الاتصال بخادم التنبيهات؛ جارٍ إعادة الاتصال. ستُعرض التنبيهات الفائتة عند عودته.</translation>
    </message>
    <message>
        <source>The alert server refused this session. New alerts appear again once the session is renewed.</source>
        <translation>رفض خادم التنبيهات هذه الجلسة. ستظهر التنبيهات الجديدة مرة أخرى بعد تجديد الجلسة.</translation>
    </message>
    <message>
        <source>Live alerts are off: not connected to an alert server.</source>
        <translation>التنبيهات المباشرة متوقفة: لا اتصال بخادم تنبيهات.</translation>
    </message>
    <message>
        <source>The recent alerts could not be loaded: %1</source>
        <extracomment>%1 is the reason the alert store gave</extracomment>
        <translation>تعذّر تحميل التنبيهات الأخيرة: %1</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <comment>connection state, then the last error</comment>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Loading recent alerts…</source>
        <translation>جارٍ تحميل التنبيهات الأخيرة…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>لا تنبيهات</numerusform>
            <numerusform>تنبيه واحد</numerusform>
            <numerusform>تنبيهان</numerusform>
            <numerusform>%Ln تنبيهات</numerusform>
            <numerusform>%Ln تنبيهًا</numerusform>
            <numerusform>%Ln تنبيه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %Ln alert(s)</source>
        <extracomment>%1 is how many alerts the filters let through, %Ln how many there are</extracomment>
        <translation>
            <numerusform>عرض %1 من أصل %Ln تنبيه</numerusform>
            <numerusform>عرض %1 من أصل تنبيه واحد</numerusform>
            <numerusform>عرض %1 من أصل تنبيهين</numerusform>
            <numerusform>عرض %1 من أصل %Ln تنبيهات</numerusform>
            <numerusform>عرض %1 من أصل %Ln تنبيهًا</numerusform>
            <numerusform>عرض %1 من أصل %Ln تنبيه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused, %Ln new alert(s) held</source>
        <translation>
            <numerusform>متوقف مؤقتًا، لا تنبيهات جديدة محجوزة</numerusform>
            <numerusform>متوقف مؤقتًا، تنبيه جديد واحد محجوز</numerusform>
            <numerusform>متوقف مؤقتًا، تنبيهان جديدان محجوزان</numerusform>
            <numerusform>متوقف مؤقتًا، %Ln تنبيهات جديدة محجوزة</numerusform>
            <numerusform>متوقف مؤقتًا، %Ln تنبيهًا جديدًا محجوزًا</numerusform>
            <numerusform>متوقف مؤقتًا، %Ln تنبيه جديد محجوز</numerusform>
        </translation>
    </message>
    <message>
        <source>Acknowledge alerts</source>
        <translation>تأكيد الاطلاع على التنبيهات</translation>
    </message>
    <message>
        <source>Not every alert could be acknowledged: %1</source>
        <translation>تعذّر تأكيد الاطلاع على بعض التنبيهات: %1</translation>
    </message>
</context>
<context>
    <name>nova::ui::AllowListDialog</name>
    <message>
        <source>%1 is too large a network for the allow-list: it would stop blocking for a large part of the internet.</source>
        <extracomment>%1 is a network in CIDR notation</extracomment>
        <translation>الشبكة %1 أوسع من أن تُضاف إلى قائمة السماح: فإضافتها توقف الحظر عن جزء كبير من الإنترنت.</translation>
    </message>
    <message>
        <source>Allow-List</source>
        <translation>قائمة السماح</translation>
    </message>
    <message>
        <source>Addresses and networks on the allow-list are never blocked, not by hand and not by the detector: the office network, monitoring, the CRM&apos;s own servers.</source>
        <translation>العناوين والشبكات المدرجة في قائمة السماح لا تُحظر أبدًا، لا يدويًا ولا بواسطة كاشف التسلل: مثل شبكة المكتب وأنظمة المراقبة وخوادم نظام CRM نفسه.</translation>
    </message>
    <message>
        <source>Address or network</source>
        <translation>العنوان أو الشبكة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
    <message>
        <source>Note, e.g. office network</source>
        <translation>ملاحظة، مثل: شبكة المكتب</translation>
    </message>
    <message>
        <source>What the address is, so others know why it is allowed.</source>
        <translation>ما هذا العنوان، ليعرف الآخرون سبب السماح به.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;إزالة…</translation>
    </message>
    <message>
        <source>Remove the selected entries from the allow-list (%1).</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>إزالة الإدخالات المحددة من قائمة السماح (%1).</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>إزالة…</translation>
    </message>
    <message>
        <source>Put the address or network on the allow-list.</source>
        <translation>إضافة العنوان أو الشبكة إلى قائمة السماح.</translation>
    </message>
    <message>
        <source>Changing the allow-list needs the blocked_ips:manage permission.</source>
        <extracomment>&quot;blocked_ips:manage&quot; is the permission&apos;s name and stays as it is</extracomment>
        <translation>يتطلب تعديل قائمة السماح صلاحية blocked_ips:manage.</translation>
    </message>
    <message>
        <source>Remove %1 from the allow-list?</source>
        <extracomment>%1 is an address or network</extracomment>
        <translation>هل تريد إزالة %1 من قائمة السماح؟</translation>
    </message>
    <message numerus="yes">
        <source>Remove %Ln entries from the allow-list?</source>
        <comment>always two or more</comment>
        <translation>
            <numerusform>هل تريد إزالة %Ln إدخال من قائمة السماح؟</numerusform>
            <numerusform>هل تريد إزالة إدخال واحد من قائمة السماح؟</numerusform>
            <numerusform>هل تريد إزالة إدخالين من قائمة السماح؟</numerusform>
            <numerusform>هل تريد إزالة %Ln إدخالات من قائمة السماح؟</numerusform>
            <numerusform>هل تريد إزالة %Ln إدخالًا من قائمة السماح؟</numerusform>
            <numerusform>هل تريد إزالة %Ln إدخال من قائمة السماح؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove from Allow-List</source>
        <translation>إزالة من قائمة السماح</translation>
    </message>
    <message>
        <source>They can be blocked again afterwards, by hand or by the detector.</source>
        <translation>يمكن حظرها مجددًا فيما بعد، يدويًا أو بواسطة كاشف التسلل.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
</context>
<context>
    <name>nova::ui::AppController</name>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Could not create a folder for the demo database.</source>
        <translation>تعذّر إنشاء مجلد لقاعدة البيانات التجريبية.</translation>
    </message>
    <message>
        <source>Preparing the demo: users, blocked addresses and a security log…</source>
        <translation>جارٍ تجهيز العرض التجريبي: المستخدمون والعناوين المحظورة وسجل الأمان…</translation>
    </message>
    <message>
        <source>Nova Admin demo</source>
        <translation>العرض التجريبي لـ Nova Admin</translation>
    </message>
    <message>
        <source>Live alerts</source>
        <translation>التنبيهات المباشرة</translation>
    </message>
    <message>
        <source>The live alert connection could not start: %1</source>
        <translation>تعذّر بدء اتصال التنبيهات المباشرة: %1</translation>
    </message>
    <message>
        <source>Nova Admin</source>
        <translation>Nova Admin</translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot; you may open.</source>
        <translation>لا توجد صفحة &quot;%1&quot; يُسمح لك بفتحها.</translation>
    </message>
    <message>
        <source>Could not write the screenshot to %1.</source>
        <translation>تعذّرت كتابة لقطة الشاشة في %1.</translation>
    </message>
</context>
<context>
    <name>nova::ui::BackupCodesView</name>
    <message>
        <source>Nova CRM backup codes for %1</source>
        <translation>رموز Nova CRM الاحتياطية للمستخدم %1</translation>
    </message>
    <message>
        <source>Created %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>أُنشئت في %1</translation>
    </message>
    <message>
        <source>Each code signs you in once when your authenticator app is not at hand. Keep this somewhere safe and private.</source>
        <translation>كل رمز يتيح لك تسجيل الدخول مرة واحدة عندما لا يكون تطبيق المصادقة في متناولك. احتفظ بهذه الرموز في مكان آمن وخاص.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Could not make %1 private: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>تعذّر جعل %1 مقصورًا عليك: %2</translation>
    </message>
    <message>
        <source>The codes are on the clipboard. Paste them into your password manager.</source>
        <translation>نُسخت الرموز إلى الحافظة. الصقها في مدير كلمات المرور لديك.</translation>
    </message>
    <message>
        <source>nova-backup-codes-%1.txt</source>
        <extracomment>A file name; %1 is the user name</extracomment>
        <translation>nova-backup-codes-%1.txt</translation>
    </message>
    <message>
        <source>Save Backup Codes</source>
        <translation>حفظ الرموز الاحتياطية</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>Saved to %1 (readable only by you).</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>حُفظت في %1 (لا يستطيع قراءتها غيرك).</translation>
    </message>
    <message>
        <source>Print Backup Codes</source>
        <translation>طباعة الرموز الاحتياطية</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسلت إلى الطابعة.</translation>
    </message>
    <message>
        <source>Each backup code signs you in once when your authenticator app is not at hand. They are shown only now: keep them somewhere safe, away from this computer.</source>
        <translation>كل رمز احتياطي يتيح لك تسجيل الدخول مرة واحدة عندما لا يكون تطبيق المصادقة في متناولك. لن تُعرض هذه الرموز إلا الآن: احتفظ بها في مكان آمن بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;نسخ</translation>
    </message>
    <message>
        <source>Copy the codes to the clipboard</source>
        <translation>نسخ الرموز إلى الحافظة</translation>
    </message>
    <message>
        <source>&amp;Save as File…</source>
        <translation>&amp;حفظ في ملف…</translation>
    </message>
    <message>
        <source>Save the codes in a text file only you can read (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>حفظ الرموز في ملف نصي لا يقرؤه غيرك (%1)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Print the codes (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>طباعة الرموز (%1)</translation>
    </message>
</context>
<context>
    <name>nova::ui::BackupPanel</name>
    <message>
        <source>Enter the passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase: %1</source>
        <extracomment>%1 lists what is wrong with the passphrase</extracomment>
        <translation>اختر عبارة مرور أقوى: %1</translation>
    </message>
    <message>
        <source>The passphrase and its confirmation differ.</source>
        <translation>عبارة المرور وتأكيدها مختلفتان.</translation>
    </message>
    <message>
        <source>Save the backup as</source>
        <translation>حفظ النسخة الاحتياطية باسم</translation>
    </message>
    <message>
        <source>Nova Admin backups (*.novabackup);;All files (*)</source>
        <translation>نسخ Nova Admin الاحتياطية (*.novabackup);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Choose a backup to verify</source>
        <translation>اختر نسخة احتياطية للتحقق منها</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>اختر النسخة الاحتياطية المراد استعادتها</translation>
    </message>
    <message>
        <source>Creating a backup</source>
        <translation>إنشاء نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup written to %1 (%2).</source>
        <extracomment>%1 is a file path, %2 its size (e.g. 12 MB)</extracomment>
        <translation>كُتبت النسخة الاحتياطية في %1 (%2).</translation>
    </message>
    <message>
        <source>Verifying a backup</source>
        <translation>التحقق من نسخة احتياطية</translation>
    </message>
    <message>
        <source>%1 is intact: a Nova Admin database backed up %2, %3, schema %4.</source>
        <extracomment>%1 is a file path, %2 a date and time, %3 a size (e.g. 12 MB), %4 a schema number</extracomment>
        <translation>%1 سليمة: قاعدة بيانات Nova Admin نُسخت احتياطيًا في %2، بحجم %3، المخطط %4.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>Replace everything in this database with the content of %1?</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>أتريد استبدال كل ما في قاعدة البيانات هذه بمحتوى %1؟</translation>
    </message>
    <message>
        <source>Users, roles, the security log, blocked addresses and settings all become what they were when the backup was made. First the backup is checked and a safety copy of the current database is saved beside it (named …before-restore-…); if anything fails, the database stays as it is. Afterwards Nova Admin signs you out and restarts. Stop nova-service and other desktops using this database first.</source>
        <translation>يعود المستخدمون والأدوار وسجل الأمان والعناوين المحظورة والإعدادات جميعها إلى ما كانت عليه عند إنشاء النسخة الاحتياطية. تُفحص النسخة أولًا وتُحفظ نسخة أمان من قاعدة البيانات الحالية بجانبها (باسم …before-restore-…)؛ وإذا فشل أي شيء تبقى قاعدة البيانات كما هي. بعد ذلك يسجّل Nova Admin خروجك ويُعاد تشغيله. أوقف أولًا nova-service وأجهزة سطح المكتب الأخرى التي تستخدم قاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;استعادة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Restoring from a backup</source>
        <translation>الاستعادة من نسخة احتياطية</translation>
    </message>
    <message>
        <source>The backup was restored. The database as it was before is kept in %1.</source>
        <extracomment>%1 is the safety copy&apos;s path</extracomment>
        <translation>استُعيدت النسخة الاحتياطية. قاعدة البيانات كما كانت من قبل محفوظة في %1.</translation>
    </message>
    <message>
        <source>Nova Admin will now sign you out and restart to use the restored data.</source>
        <translation>سيسجّل Nova Admin خروجك الآن ويُعاد تشغيله لاستخدام البيانات المستعادة.</translation>
    </message>
    <message>
        <source>Choose the passphrase option, enter it and try again.</source>
        <translation>اختر خيار عبارة المرور، وأدخلها، ثم حاول مجددًا.</translation>
    </message>
    <message>
        <source>Choose the backup key option and try again.</source>
        <translation>اختر خيار مفتاح النسخ الاحتياطي ثم حاول مجددًا.</translation>
    </message>
    <message numerus="yes">
        <source>No backup in the last %Ln day(s).</source>
        <translation>
            <numerusform>لا نسخة احتياطية خلال %Ln يوم.</numerusform>
            <numerusform>لا نسخة احتياطية خلال اليوم الأخير.</numerusform>
            <numerusform>لا نسخة احتياطية خلال اليومين الأخيرين.</numerusform>
            <numerusform>لا نسخة احتياطية خلال آخر %Ln أيام.</numerusform>
            <numerusform>لا نسخة احتياطية خلال آخر %Ln يومًا.</numerusform>
            <numerusform>لا نسخة احتياطية خلال آخر %Ln يوم.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading when the last backup ran…</source>
        <translation>جارٍ قراءة موعد آخر نسخة احتياطية…</translation>
    </message>
    <message>
        <source>When the last backup ran could not be read: %1</source>
        <translation>تعذّرت قراءة موعد آخر نسخة احتياطية: %1</translation>
    </message>
    <message>
        <source>No backup has been recorded for this database.</source>
        <translation>لم تُسجَّل أي نسخة احتياطية لقاعدة البيانات هذه.</translation>
    </message>
    <message>
        <source>Last backup: %1, made outside Nova Admin.</source>
        <translation>آخر نسخة احتياطية: %1، أُنشئت خارج Nova Admin.</translation>
    </message>
    <message>
        <source>Last backup: %1, %2.</source>
        <extracomment>%1 is a date and time, %2 a file name</extracomment>
        <translation>آخر نسخة احتياطية: %1، %2.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>النسخ الاحتياطية</translation>
    </message>
    <message>
        <source>This database is on PostgreSQL: back it up with pg_dump as docs/BACKUPS.md describes, and record each backup with &quot;nova-ctl backup mark&quot; so that it shows here.</source>
        <extracomment>Keep pg_dump, docs/BACKUPS.md and &quot;nova-ctl backup mark&quot;: they are a program, a file and a command</extracomment>
        <translation>قاعدة البيانات هذه على PostgreSQL: انسخها احتياطيًا باستخدام pg_dump كما يشرح docs/BACKUPS.md، وسجّل كل نسخة باستخدام &quot;nova-ctl backup mark&quot; لتظهر هنا.</translation>
    </message>
    <message>
        <source>Backups are made by administrators (they need the settings:update permission).</source>
        <translation>يُنشئ المسؤولون النسخ الاحتياطية (وتلزمهم صلاحية settings:update).</translation>
    </message>
    <message>
        <source>A backup is an encrypted copy of the whole database, made while Nova Admin keeps running. Keep backups on another disk or computer.</source>
        <translation>النسخة الاحتياطية نسخة مشفرة من قاعدة البيانات كاملة، تُنشأ بينما يواصل Nova Admin عمله. احفظ النسخ الاحتياطية على قرص أو حاسوب آخر.</translation>
    </message>
    <message>
        <source>Use the backup &amp;key in the system keychain</source>
        <translation>استخدام &amp;مفتاح النسخ الاحتياطي في سلسلة مفاتيح النظام</translation>
    </message>
    <message>
        <source>Use the backup &amp;key in the key folder</source>
        <translation>استخدام &amp;مفتاح النسخ الاحتياطي في مجلد المفاتيح</translation>
    </message>
    <message>
        <source>The key is created with the first backup and stays on this computer: to restore elsewhere, copy the key too, or use a passphrase.</source>
        <translation>يُنشأ المفتاح مع أول نسخة احتياطية ويبقى على هذا الحاسوب: للاستعادة في مكان آخر انسخ المفتاح أيضًا، أو استخدم عبارة مرور.</translation>
    </message>
    <message>
        <source>Protect with a passp&amp;hrase</source>
        <translation>الحماية باستخدام &amp;عبارة مرور</translation>
    </message>
    <message>
        <source>Anyone with the passphrase can restore the backup on any computer; without it nobody can.</source>
        <translation>يستطيع كل من يعرف عبارة المرور استعادة النسخة على أي حاسوب؛ وبدونها لا يستطيع أحد.</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>عبارة المرور:</translation>
    </message>
    <message>
        <source>A long phrase of several words is strong and easy to remember.</source>
        <translation>العبارة الطويلة المكوّنة من عدة كلمات قوية وسهلة التذكّر.</translation>
    </message>
    <message>
        <source>Confir&amp;m:</source>
        <translation>&amp;تأكيد:</translation>
    </message>
    <message>
        <source>Type the passphrase again (needed when creating a backup).</source>
        <translation>اكتب عبارة المرور مرة أخرى (مطلوب عند إنشاء نسخة احتياطية).</translation>
    </message>
    <message>
        <source>&amp;Create backup…</source>
        <translation>&amp;إنشاء نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Write an encrypted backup of the database to a file</source>
        <translation>اكتب نسخة احتياطية مشفرة من قاعدة البيانات في ملف</translation>
    </message>
    <message>
        <source>&amp;Verify backup…</source>
        <translation>&amp;فحص نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Decrypt a backup and check it completely, without changing anything</source>
        <translation>فك تشفير نسخة احتياطية وفحصها بالكامل دون تغيير أي شيء</translation>
    </message>
    <message>
        <source>Rest&amp;ore from backup…</source>
        <translation>&amp;استعادة من نسخة احتياطية…</translation>
    </message>
    <message>
        <source>Replace the database with a backup, after checking it and saving a safety copy of the current database</source>
        <translation>استبدل قاعدة البيانات بنسخة احتياطية بعد فحصها وحفظ نسخة أمان من قاعدة البيانات الحالية</translation>
    </message>
</context>
<context>
    <name>nova::ui::BackupRunner</name>
    <message>
        <source>Copying the database…</source>
        <translation>جارٍ نسخ قاعدة البيانات…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>جارٍ التشفير…</translation>
    </message>
    <message>
        <source>Decrypting and checking every part…</source>
        <translation>جارٍ فك التشفير وفحص كل جزء…</translation>
    </message>
    <message>
        <source>Checking the database in the backup…</source>
        <translation>جارٍ فحص قاعدة البيانات في النسخة الاحتياطية…</translation>
    </message>
    <message>
        <source>Saving a safety copy of the current database…</source>
        <translation>جارٍ حفظ نسخة أمان من قاعدة البيانات الحالية…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>جارٍ الاستعادة…</translation>
    </message>
</context>
<context>
    <name>nova::ui::BlockIpDialog</name>
    <message>
        <source>Block an Address or Network</source>
        <translation>حظر عنوان أو شبكة</translation>
    </message>
    <message>
        <source>&amp;Address or network:</source>
        <translation>&amp;العنوان أو الشبكة:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;المدة:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;السبب:</translation>
    </message>
    <message>
        <source>Required, e.g. credential stuffing against the sign-in page</source>
        <translation>إلزامي، مثل: هجوم حشو بيانات الاعتماد على صفحة تسجيل الدخول</translation>
    </message>
    <message>
        <source>Why the address is blocked; shown in the list and written to the security log.</source>
        <translation>سبب حظر العنوان؛ يظهر في القائمة ويُسجَّل في سجل الأمان.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln minutes</source>
        <translation>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>دقيقة واحدة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>%Ln دقائق</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
            <numerusform>%Ln دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hours</source>
        <translation>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>ساعة واحدة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>%Ln ساعات</numerusform>
            <numerusform>%Ln ساعة</numerusform>
            <numerusform>%Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Permanent (until unblocked)</source>
        <translation>دائم (حتى رفع الحظر)</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>مدة مخصصة…</translation>
    </message>
    <message>
        <source>How long the block lasts. Blocking an address that is already blocked keeps the later expiry; it never shortens a block.</source>
        <translation>مدة الحظر. حظر عنوان محظور أصلًا يُبقي على تاريخ الانتهاء الأبعد، ولا يُقصِّر الحظر أبدًا.</translation>
    </message>
    <message>
        <source>The custom duration.</source>
        <translation>المدة المخصصة.</translation>
    </message>
    <message>
        <source>The unit of the custom duration.</source>
        <translation>وحدة المدة المخصصة.</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>&amp;حظر</translation>
    </message>
    <message numerus="yes">
        <source>minutes</source>
        <comment>custom duration unit</comment>
        <extracomment>A unit after the number in the custom duration, e.g. &quot;2 [hours]&quot;</extracomment>
        <translation>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقتان</numerusform>
            <numerusform>دقائق</numerusform>
            <numerusform>دقيقة</numerusform>
            <numerusform>دقيقة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>hours</source>
        <comment>custom duration unit</comment>
        <extracomment>A unit after the number in the custom duration, e.g. &quot;2 [hours]&quot;</extracomment>
        <translation>
            <numerusform>ساعة</numerusform>
            <numerusform>ساعة</numerusform>
            <numerusform>ساعتان</numerusform>
            <numerusform>ساعات</numerusform>
            <numerusform>ساعة</numerusform>
            <numerusform>ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>days</source>
        <comment>custom duration unit</comment>
        <extracomment>A unit after the number in the custom duration, e.g. &quot;2 [hours]&quot;</extracomment>
        <translation>
            <numerusform>يوم</numerusform>
            <numerusform>يوم</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>أيام</numerusform>
            <numerusform>يومًا</numerusform>
            <numerusform>يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large a network to block: it would shut out a large part of the internet. The widest blocks allowed are %2 for IPv4 and %3 for IPv6.</source>
        <extracomment>%1 is a network in CIDR notation; %2 and %3 prefix lengths such as &quot;/8&quot;</extracomment>
        <translation>الشبكة %1 أوسع من أن تُحظر: فحظرها يمنع جزءًا كبيرًا من الإنترنت. أوسع حظر مسموح به هو %2 لعناوين IPv4 و%3 لعناوين IPv6.</translation>
    </message>
    <message>
        <source>%1 overlaps the allow-list entry %2. Remove that entry from the allow-list first if it really must be blocked.</source>
        <extracomment>%1 is the address or network to block, %2 an allow-list entry</extracomment>
        <translation>يتداخل %1 مع الإدخال %2 في قائمة السماح. إن كان لا بد من حظره، فأزل ذلك الإدخال من قائمة السماح أولًا.</translation>
    </message>
    <message>
        <source>%1 contains this computer&apos;s own address %2; blocking it would lock you out.</source>
        <extracomment>%1 is the address or network to block, %2 this computer&apos;s IP address</extracomment>
        <translation>يتضمن %1 عنوان هذا الحاسوب نفسه %2؛ وحظره سيمنعك أنت من الوصول.</translation>
    </message>
    <message>
        <source>Enter a valid address or network first.</source>
        <translation>أدخل عنوانًا أو شبكة صالحة أولًا.</translation>
    </message>
    <message>
        <source>Give a reason for the block first.</source>
        <translation>اذكر سبب الحظر أولًا.</translation>
    </message>
    <message>
        <source>Block the address now.</source>
        <translation>حظر العنوان الآن.</translation>
    </message>
    <message>
        <source>Blocked until %1.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>محظور حتى %1.</translation>
    </message>
    <message>
        <source>Blocked until someone unblocks it.</source>
        <translation>محظور إلى أن يرفع أحدٌ الحظر عنه.</translation>
    </message>
    <message>
        <source>Already blocked until %1; the later expiry is kept.</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>محظور أصلًا حتى %1؛ ويُحتفظ بتاريخ الانتهاء الأبعد.</translation>
    </message>
    <message>
        <source>Already blocked permanently; blocking it again changes only the reason.</source>
        <translation>محظور أصلًا بشكل دائم؛ وحظره مجددًا لا يغيّر إلا السبب.</translation>
    </message>
    <message>
        <source>The allow-list could not be read (%1); the service still checks it when you block.</source>
        <extracomment>%1 is the reason, a sentence from the service</extracomment>
        <translation>تعذرت قراءة قائمة السماح (%1)؛ ولا تزال الخدمة تتحقق منها عند الحظر.</translation>
    </message>
    <message>
        <source>Block a Large Network?</source>
        <translation>هل تريد حظر شبكة كبيرة؟</translation>
    </message>
    <message>
        <source>Everyone in it will be shut out of Nova CRM. Block the whole network?</source>
        <translation>سيُمنع كل من فيها من الوصول إلى Nova CRM. هل تريد حظر الشبكة بأكملها؟</translation>
    </message>
    <message>
        <source>Block Network</source>
        <translation>حظر الشبكة</translation>
    </message>
</context>
<context>
    <name>nova::ui::BlockListExporter</name>
    <message>
        <source>Export nginx Deny List</source>
        <translation>تصدير قائمة المنع بصيغة nginx</translation>
    </message>
    <message>
        <source>Export Plain List</source>
        <translation>تصدير قائمة نصية بسيطة</translation>
    </message>
    <message>
        <source>nginx configuration (*.conf)</source>
        <translation>ملفات إعداد nginx (*.conf)</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>تعذرت كتابة %1: %2</translation>
    </message>
</context>
<context>
    <name>nova::ui::BlockedIpModel</name>
    <message>
        <source>%1 blocked by %2: %3</source>
        <extracomment>%1 is an address or network, %2 who blocked it (a user name or &quot;Detector&quot;), %3 the reason</extracomment>
        <translation>%1 محظور بواسطة %2: %3</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>لا ينتهي</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>دائم</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منتهٍ</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Blocked at</source>
        <translation>وقت الحظر</translation>
    </message>
    <message>
        <source>Expires at</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Remaining</source>
        <translation>المتبقي</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>remaining time: days, hours</comment>
        <extracomment>Time left in a table column: %1 days and %2 hours, e.g. &quot;2 d 5 h&quot;</extracomment>
        <translation>%1 ي %2 س</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>remaining time: hours, minutes</comment>
        <extracomment>Time left in a table column: %1 hours and %2 minutes, e.g. &quot;3 h 12 min&quot;</extracomment>
        <translation>%1 س %2 د</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <comment>remaining time: minutes, seconds</comment>
        <extracomment>Time left in a table column: %1 minutes and %2 seconds, e.g. &quot;4 min 5 s&quot;</extracomment>
        <translation>%1 د %2 ث</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>remaining time: seconds</comment>
        <extracomment>Time left in a table column: %1 seconds, e.g. &quot;42 s&quot;</extracomment>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>Manual</source>
        <extracomment>Who made a block: an administrator, by hand</extracomment>
        <translation>يدوي</translation>
    </message>
    <message>
        <source>Detector</source>
        <extracomment>Who made a block: the intrusion detector</extracomment>
        <translation>كاشف التسلل</translation>
    </message>
</context>
<context>
    <name>nova::ui::BlockedIpsPage</name>
    <message>
        <source>Export</source>
        <translation>التصدير</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>تم التصدير إلى %1.</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;حظر…</translation>
    </message>
    <message>
        <source>Block an address or network (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>حظر عنوان أو شبكة (%1)</translation>
    </message>
    <message>
        <source>&amp;Unblock…</source>
        <translation>&amp;رفع الحظر…</translation>
    </message>
    <message>
        <source>Remove the selected blocks (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>رفع الحظر عن العناوين المحددة (%1)</translation>
    </message>
    <message>
        <source>&amp;Allow-List…</source>
        <translation>&amp;قائمة السماح…</translation>
    </message>
    <message>
        <source>Addresses and networks that are never blocked (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>العناوين والشبكات التي لا تُحظر أبدًا (%1)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Save the active blocks for a web server or firewall</source>
        <translation>حفظ الحظر الساري لاستخدامه في خادم ويب أو جدار حماية</translation>
    </message>
    <message>
        <source>As nginx Deny List…</source>
        <translation>كقائمة منع بصيغة nginx…</translation>
    </message>
    <message>
        <source>&quot;deny&quot; lines for an nginx include, allow-list first (%1)</source>
        <extracomment>&quot;deny&quot; is nginx&apos;s keyword and stays as it is; %1 is a keyboard shortcut</extracomment>
        <translation>أسطر &quot;deny&quot; لملف يُضمَّن في إعداد nginx، تسبقها قائمة السماح (%1)</translation>
    </message>
    <message>
        <source>As Plain List…</source>
        <translation>كقائمة نصية بسيطة…</translation>
    </message>
    <message>
        <source>One network per line, for ipset or fail2ban (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>شبكة واحدة في كل سطر، لاستخدامها مع ipset أو fail2ban (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Reload the block list (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>إعادة تحميل قائمة الحظر (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy Address</source>
        <translation>&amp;نسخ العنوان</translation>
    </message>
    <message>
        <source>Copy the selected addresses, one per line</source>
        <translation>نسخ العناوين المحددة، عنوان في كل سطر</translation>
    </message>
    <message>
        <source>Show in &amp;Security Log</source>
        <translation>عرض في &amp;سجل الأمان</translation>
    </message>
    <message>
        <source>Show the security log entries for this address (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>عرض إدخالات سجل الأمان الخاصة بهذا العنوان (%1)</translation>
    </message>
    <message>
        <source>Search address, reason, source… (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>ابحث في العنوان والسبب والمصدر… (%1)</translation>
    </message>
    <message>
        <source>Words match the address, reason, source or who blocked it; an IP address also finds the networks that contain it.</source>
        <translation>تُطابَق الكلمات مع العنوان أو السبب أو المصدر أو من قام بالحظر؛ ويعثر عنوان IP أيضًا على الشبكات التي تحتويه.</translation>
    </message>
    <message>
        <source>Blocked IPs</source>
        <translation>عناوين IP المحظورة</translation>
    </message>
    <message>
        <source>No address is blocked.

Block one with Block… (%1); the intrusion detector adds the addresses it catches here on its own.</source>
        <extracomment>%1 is the keyboard shortcut of Block…</extracomment>
        <translation>لا توجد عناوين محظورة.

احظر عنوانًا عبر «حظر…» (%1)؛ ويضيف كاشف التسلل إلى هنا تلقائيًا العناوين التي يرصدها.</translation>
    </message>
    <message>
        <source>No block matches &quot;%1&quot;.</source>
        <extracomment>%1 is what the user typed in the search box</extracomment>
        <translation>لا يوجد حظر يطابق «%1».</translation>
    </message>
    <message>
        <source>The block list could not be loaded: %1</source>
        <extracomment>%1 is the reason, a sentence from the service</extracomment>
        <translation>تعذر تحميل قائمة الحظر: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocked, %1 permanent</source>
        <extracomment>Status line: %Ln active blocks, %1 of them permanent</extracomment>
        <translation>
            <numerusform>لا توجد عناوين محظورة (الدائمة منها: %1)</numerusform>
            <numerusform>عنوان محظور واحد (الدائمة منها: %1)</numerusform>
            <numerusform>عنوانان محظوران (الدائمة منها: %1)</numerusform>
            <numerusform>%Ln عناوين محظورة (الدائمة منها: %1)</numerusform>
            <numerusform>%Ln عنوانًا محظورًا (الدائمة منها: %1)</numerusform>
            <numerusform>%Ln عنوان محظور (الدائمة منها: %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocked, %1 permanent (%2 shown)</source>
        <extracomment>Status line while searching: %Ln active blocks, %1 of them permanent, %2 match the search</extracomment>
        <translation>
            <numerusform>لا توجد عناوين محظورة (الدائمة منها: %1، المعروضة: %2)</numerusform>
            <numerusform>عنوان محظور واحد (الدائمة منها: %1، المعروضة: %2)</numerusform>
            <numerusform>عنوانان محظوران (الدائمة منها: %1، المعروضة: %2)</numerusform>
            <numerusform>%Ln عناوين محظورة (الدائمة منها: %1، المعروضة: %2)</numerusform>
            <numerusform>%Ln عنوانًا محظورًا (الدائمة منها: %1، المعروضة: %2)</numerusform>
            <numerusform>%Ln عنوان محظور (الدائمة منها: %1، المعروضة: %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 blocked until unblocked.</source>
        <extracomment>%1 is an address or network</extracomment>
        <translation>حُظر %1 إلى أن يُرفع الحظر عنه.</translation>
    </message>
    <message>
        <source>%1 blocked until %2.</source>
        <extracomment>%1 is an address or network, %2 a date and time</extracomment>
        <translation>حُظر %1 حتى %2.</translation>
    </message>
    <message>
        <source>Unblock %1?</source>
        <extracomment>%1 is an address or network</extracomment>
        <translation>هل تريد رفع الحظر عن %1؟</translation>
    </message>
    <message numerus="yes">
        <source>Unblock %Ln addresses?</source>
        <comment>always two or more</comment>
        <translation>
            <numerusform>هل تريد رفع الحظر عن %Ln عنوان؟</numerusform>
            <numerusform>هل تريد رفع الحظر عن عنوان واحد؟</numerusform>
            <numerusform>هل تريد رفع الحظر عن عنوانين؟</numerusform>
            <numerusform>هل تريد رفع الحظر عن %Ln عناوين؟</numerusform>
            <numerusform>هل تريد رفع الحظر عن %Ln عنوانًا؟</numerusform>
            <numerusform>هل تريد رفع الحظر عن %Ln عنوان؟</numerusform>
        </translation>
    </message>
    <message>
        <source>Unblock</source>
        <translation>رفع الحظر</translation>
    </message>
    <message>
        <source>Requests from them are accepted again at once. The intrusion detector blocks them again if the attacks go on.</source>
        <translation>ستُقبل الطلبات الواردة منها مجددًا على الفور، وسيحظرها كاشف التسلل مرة أخرى إذا استمرت الهجمات.</translation>
    </message>
    <message>
        <source>%1 unblocked.</source>
        <extracomment>%1 is an address or network</extracomment>
        <translation>رُفع الحظر عن %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln blocks removed.</source>
        <comment>always two or more</comment>
        <translation>
            <numerusform>لم يُرفع الحظر عن أي عنوان.</numerusform>
            <numerusform>رُفع الحظر عن عنوان واحد.</numerusform>
            <numerusform>رُفع الحظر عن عنوانين.</numerusform>
            <numerusform>رُفع الحظر عن %Ln عناوين.</numerusform>
            <numerusform>رُفع الحظر عن %Ln عنوانًا.</numerusform>
            <numerusform>رُفع الحظر عن %Ln عنوان.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::CancellableProgress</name>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;إلغاء</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>جارٍ الإلغاء…</translation>
    </message>
</context>
<context>
    <name>nova::ui::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>لوحة المعلومات</translation>
    </message>
    <message>
        <source>The dashboard could not be read: %1</source>
        <extracomment>%1 is the reason, a sentence from the service</extracomment>
        <translation>تعذّرت قراءة لوحة المعلومات: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة &amp;المحاولة</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <extracomment>%1 is a time of day</extracomment>
        <translation>آخر تحديث %1</translation>
    </message>
    <message>
        <source>Successful</source>
        <translation>ناجحة</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>عمليات الحظر</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;الفترة:</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln hours</source>
        <translation>
            <numerusform>آخر %Ln ساعة</numerusform>
            <numerusform>آخر ساعة</numerusform>
            <numerusform>آخر ساعتين</numerusform>
            <numerusform>آخر %Ln ساعات</numerusform>
            <numerusform>آخر %Ln ساعة</numerusform>
            <numerusform>آخر %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln days</source>
        <translation>
            <numerusform>آخر %Ln يوم</numerusform>
            <numerusform>آخر يوم</numerusform>
            <numerusform>آخر يومين</numerusform>
            <numerusform>آخر %Ln أيام</numerusform>
            <numerusform>آخر %Ln يومًا</numerusform>
            <numerusform>آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Read the figures again (%1)</source>
        <translation>إعادة قراءة الأرقام (%1)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>تحديث</translation>
    </message>
    <message>
        <source>Reading the figures</source>
        <translation>جارٍ قراءة الأرقام</translation>
    </message>
    <message>
        <source>Sign-ins</source>
        <translation>عمليات تسجيل الدخول</translation>
    </message>
    <message>
        <source>Successful and failed sign-ins over time</source>
        <translation>عمليات تسجيل الدخول الناجحة والفاشلة عبر الزمن</translation>
    </message>
    <message>
        <source>No sign-ins in this period</source>
        <translation>لا توجد عمليات تسجيل دخول في هذه الفترة</translation>
    </message>
    <message>
        <source>Alerts by severity</source>
        <translation>التنبيهات حسب الخطورة</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>العناوين المحظورة</translation>
    </message>
    <message>
        <source>Addresses blocked over time</source>
        <translation>العناوين المحظورة عبر الزمن</translation>
    </message>
    <message>
        <source>No address was blocked in this period</source>
        <translation>لم يُحظر أي عنوان في هذه الفترة</translation>
    </message>
    <message>
        <source>Top offending IP addresses</source>
        <translation>أكثر عناوين IP إساءةً</translation>
    </message>
    <message>
        <source>Failed sign-ins, requests from blocked addresses, injection and XSS attempts and suspicious activity per address</source>
        <translation>محاولات تسجيل الدخول الفاشلة والطلبات من عناوين محظورة ومحاولات الحقن وXSS والنشاط المشبوه لكل عنوان</translation>
    </message>
    <message>
        <source>No offences in this period</source>
        <translation>لا توجد مخالفات في هذه الفترة</translation>
    </message>
    <message>
        <source>Most-targeted accounts</source>
        <translation>أكثر الحسابات استهدافًا</translation>
    </message>
    <message>
        <source>Failed sign-ins per user name, including names that match no account</source>
        <translation>محاولات تسجيل الدخول الفاشلة لكل اسم مستخدم، بما فيها الأسماء التي لا تطابق أي حساب</translation>
    </message>
    <message>
        <source>No failed sign-ins in this period</source>
        <translation>لا توجد محاولات تسجيل دخول فاشلة في هذه الفترة</translation>
    </message>
    <message>
        <source>Two-factor authentication</source>
        <translation>المصادقة الثنائية</translation>
    </message>
</context>
<context>
    <name>nova::ui::EraseUserDialog</name>
    <message>
        <source>Erase Personal Data</source>
        <translation>محو البيانات الشخصية</translation>
    </message>
    <message>
        <source>Erasing %1 deletes the account with its two-factor secrets and grants, and replaces their name, e-mail and phone number in the security log, alerts and block list with a pseudonym. The log stays verifiable. This cannot be undone; archives and backups made before keep what they hold.</source>
        <translation>محو %1 يحذف الحساب مع أسرار التحقق بخطوتين والصلاحيات، ويستبدل اسمه وبريده الإلكتروني ورقم هاتفه في سجل الأمان والتنبيهات وقائمة الحظر باسم مستعار. يبقى السجل قابلًا للتحقق. لا يمكن التراجع عن ذلك، وتحتفظ الأرشيفات والنسخ الاحتياطية السابقة بما فيها.</translation>
    </message>
    <message>
        <source>Type the user name %1 to confirm:</source>
        <translation>اكتب اسم المستخدم %1 للتأكيد:</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;محو</translation>
    </message>
    <message>
        <source>Enabled once the user name is typed exactly</source>
        <translation>يُفعَّل حين يُكتب اسم المستخدم كما هو تمامًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>nova::ui::EventTypeNames</name>
    <message>
        <source>Sign-in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign-out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Two-factor enrolment started</source>
        <translation>بدء تسجيل المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Two-factor enabled</source>
        <translation>تفعيل المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Two-factor disabled</source>
        <translation>تعطيل المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Two-factor code check</source>
        <translation>التحقق من رمز المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Backup code used</source>
        <translation>استخدام رمز احتياطي</translation>
    </message>
    <message>
        <source>Backup codes regenerated</source>
        <translation>إعادة إنشاء الرموز الاحتياطية</translation>
    </message>
    <message>
        <source>SMS code sent</source>
        <translation>إرسال رمز التحقق برسالة نصية</translation>
    </message>
    <message>
        <source>Unauthorised access</source>
        <translation>وصول غير مصرح به</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>إنشاء مستخدم</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>تعديل مستخدم</translation>
    </message>
    <message>
        <source>User deleted</source>
        <translation>حذف مستخدم</translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation>تعطيل مستخدم</translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation>تفعيل مستخدم</translation>
    </message>
    <message>
        <source>User unlocked</source>
        <translation>إلغاء قفل مستخدم</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>قفل الحساب</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Users imported</source>
        <translation>استيراد المستخدمين</translation>
    </message>
    <message>
        <source>Permissions changed</source>
        <translation>تعديل الصلاحيات</translation>
    </message>
    <message>
        <source>Data exported</source>
        <translation>تصدير البيانات</translation>
    </message>
    <message>
        <source>Address blocked</source>
        <translation>حظر عنوان</translation>
    </message>
    <message>
        <source>Address unblocked</source>
        <translation>رفع الحظر عن عنوان</translation>
    </message>
    <message>
        <source>Address allow-listed</source>
        <translation>إضافة عنوان إلى قائمة السماح</translation>
    </message>
    <message>
        <source>Address removed from allow-list</source>
        <translation>إزالة عنوان من قائمة السماح</translation>
    </message>
    <message>
        <source>Request from a blocked address</source>
        <translation>طلب من عنوان محظور</translation>
    </message>
    <message>
        <source>SQL injection attempt</source>
        <translation>محاولة حقن SQL</translation>
    </message>
    <message>
        <source>Cross-site scripting attempt</source>
        <translation>محاولة هجوم XSS (البرمجة النصية عبر المواقع)</translation>
    </message>
    <message>
        <source>Suspicious activity</source>
        <translation>نشاط مشبوه</translation>
    </message>
    <message>
        <source>Session token revoked</source>
        <translation>سحب الرمز المميز للجلسة</translation>
    </message>
    <message>
        <source>Encryption key rotated</source>
        <translation>تدوير مفتاح التشفير</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation>تأكيد الاطلاع على تنبيه</translation>
    </message>
    <message>
        <source>Personal data erased</source>
        <translation>مُحيت البيانات الشخصية</translation>
    </message>
    <message>
        <source>Log entries archived</source>
        <translation>أُرشفت قيود السجل</translation>
    </message>
    <message>
        <source>Backup created</source>
        <translation>أُنشئت نسخة احتياطية</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>استُعيدت نسخة احتياطية</translation>
    </message>
</context>
<context>
    <name>nova::ui::IpRangeInput</name>
    <message>
        <source>e.g. %1, %2 or %3</source>
        <extracomment>%1, %2 and %3 are example addresses and networks</extracomment>
        <translation>مثل: %1 أو %2 أو %3</translation>
    </message>
    <message>
        <source>An IPv4 or IPv6 address, or a network in CIDR notation (address/prefix length).</source>
        <translation>عنوان IPv4 أو IPv6، أو شبكة بصيغة CIDR (العنوان/طول البادئة).</translation>
    </message>
    <message>
        <source>Enter an IPv4 or IPv6 address, or a network such as %1.</source>
        <extracomment>%1 is an example network in CIDR notation</extracomment>
        <translation>أدخل عنوان IPv4 أو IPv6، أو شبكة مثل %1.</translation>
    </message>
    <message>
        <source>The single address %1.</source>
        <extracomment>%1 is an IP address</extracomment>
        <translation>العنوان المفرد %1.</translation>
    </message>
    <message>
        <source>The network %1 covers every IPv4 address.</source>
        <extracomment>%1 is a network in CIDR notation</extracomment>
        <translation>الشبكة %1 تشمل جميع عناوين IPv4.</translation>
    </message>
    <message numerus="yes">
        <source>The network %1 covers %2 addresses.</source>
        <extracomment>%1 is a network in CIDR notation, %2 the number of addresses in it (always two or more)</extracomment>
        <translation>
            <numerusform>الشبكة %1 لا تشمل أي عنوان.</numerusform>
            <numerusform>الشبكة %1 تشمل عنوانًا واحدًا.</numerusform>
            <numerusform>الشبكة %1 تشمل عنوانين.</numerusform>
            <numerusform>الشبكة %1 تشمل %2 عناوين.</numerusform>
            <numerusform>الشبكة %1 تشمل %2 عنوانًا.</numerusform>
            <numerusform>الشبكة %1 تشمل %2 عنوان.</numerusform>
        </translation>
    </message>
    <message>
        <source>The network %1 covers every IPv6 address.</source>
        <extracomment>%1 is a network in CIDR notation</extracomment>
        <translation>الشبكة %1 تشمل جميع عناوين IPv6.</translation>
    </message>
    <message>
        <source>The network %1 is one %2 subnet.</source>
        <extracomment>%1 is a network in CIDR notation, %2 the subnet size &quot;/64&quot;</extracomment>
        <translation>الشبكة %1 هي شبكة فرعية واحدة بحجم %2.</translation>
    </message>
    <message numerus="yes">
        <source>The network %1 covers %2 %3 subnets.</source>
        <extracomment>%1 is a network in CIDR notation, %2 the number of subnets in it (always two or more), %3 the subnet size &quot;/64&quot;</extracomment>
        <translation>
            <numerusform>الشبكة %1 لا تشمل أي شبكة فرعية بحجم %3.</numerusform>
            <numerusform>الشبكة %1 تشمل شبكة فرعية واحدة بحجم %3.</numerusform>
            <numerusform>الشبكة %1 تشمل شبكتين فرعيتين بحجم %3.</numerusform>
            <numerusform>الشبكة %1 تشمل %2 شبكات فرعية بحجم %3.</numerusform>
            <numerusform>الشبكة %1 تشمل %2 شبكة فرعية بحجم %3.</numerusform>
            <numerusform>الشبكة %1 تشمل %2 شبكة فرعية بحجم %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::LiveAlertConnection</name>
    <message>
        <source>Sign in to receive live alerts.</source>
        <translation>سجّل الدخول لتلقي التنبيهات المباشرة.</translation>
    </message>
    <message>
        <source>The alert server address %1 is not a ws:// or wss:// URL.</source>
        <extracomment>%1 is the URL that was given</extracomment>
        <translation>عنوان خادم التنبيهات %1 ليس عنوان URL من نوع ws://‎ أو wss://‎.</translation>
    </message>
</context>
<context>
    <name>nova::ui::LockScreen</name>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;إلغاء القفل</translation>
    </message>
    <message>
        <source>Locked</source>
        <extracomment>Heading of the screen shown while the session is locked</extracomment>
        <translation>مقفل</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>مسجّل الدخول باسم %1</translation>
    </message>
    <message>
        <source>Nova Admin was locked to protect what was on the screen. Enter your password to continue where you left off.</source>
        <translation>قُفل Nova Admin لحماية ما كان معروضًا على الشاشة. أدخل كلمة المرور لتتابع من حيث توقفت.</translation>
    </message>
    <message>
        <source>Check the password and show Nova Admin again (Enter)</source>
        <translation>التحقق من كلمة المرور وإظهار Nova Admin من جديد (Enter)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Enter the password again</source>
        <translation>أدخل كلمة المرور من جديد</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل &amp;الخروج</translation>
    </message>
    <message>
        <source>End this session; someone else can then sign in</source>
        <translation>إنهاء هذه الجلسة ليتمكن شخص آخر من تسجيل الدخول</translation>
    </message>
</context>
<context>
    <name>nova::ui::LogMessageBar</name>
    <message>
        <source>Dismiss this message</source>
        <translation>إخفاء هذه الرسالة</translation>
    </message>
</context>
<context>
    <name>nova::ui::MainWindow</name>
    <message>
        <source>Not signed in</source>
        <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
        <source>Signed in as %1 · role %2</source>
        <translation>مسجّل الدخول باسم %1 · الدور %2</translation>
    </message>
    <message>
        <source>Live alerts: connected</source>
        <translation>التنبيهات المباشرة: متصل</translation>
    </message>
    <message>
        <source>Live alerts: connecting…</source>
        <translation>التنبيهات المباشرة: جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Live alerts: reconnecting…</source>
        <translation>التنبيهات المباشرة: جارٍ إعادة الاتصال…</translation>
    </message>
    <message>
        <source>Live alerts: refused</source>
        <translation>التنبيهات المباشرة: مرفوض</translation>
    </message>
    <message>
        <source>Live alerts: disconnected</source>
        <translation>التنبيهات المباشرة: غير متصل</translation>
    </message>
    <message>
        <source>State of the connection to the live alert endpoint</source>
        <translation>حالة الاتصال بنقطة التنبيهات المباشرة</translation>
    </message>
    <message>
        <source>Nova Admin</source>
        <translation>Nova Admin</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;الجلسة</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>Lock the window until you enter your password again</source>
        <translation>قفل النافذة حتى تُدخل كلمة المرور مرة أخرى</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Two-factor authentication…</source>
        <translation>المصادقة &amp;الثنائية…</translation>
    </message>
    <message>
        <source>Set up an authenticator app for your own account</source>
        <translation>إعداد تطبيق مصادقة لحسابك</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;انتقال</translation>
    </message>
    <message>
        <source>Nova Admin — demo (user %1, password %2)</source>
        <translation>Nova Admin — عرض تجريبي (المستخدم %1، كلمة المرور %2)</translation>
    </message>
</context>
<context>
    <name>nova::ui::NewPasswordFields</name>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;تكرارها:</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>كلمة المرور نفسها مرة أخرى</translation>
    </message>
    <message>
        <source>Show password</source>
        <translation>إظهار كلمة المرور</translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>إظهار كلمة المرور أو إخفاؤها</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>nova::ui::NewRoleDialog</name>
    <message>
        <source>New role</source>
        <translation>دور جديد</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;الاسم:</translation>
    </message>
    <message>
        <source>e.g. auditor</source>
        <extracomment>Placeholder of the role name field; role names are typed in Latin letters, so keep &quot;auditor&quot;</extracomment>
        <translation>مثال: auditor</translation>
    </message>
    <message>
        <source>2 to 40 characters: lower-case letters a–z, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>من 2 إلى 40 حرفًا: أحرف لاتينية صغيرة a–z أو أرقام أو &apos;_&apos; أو &apos;-&apos;.</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;الوصف:</translation>
    </message>
    <message>
        <source>What the role is for</source>
        <translation>الغرض من هذا الدور</translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation>&amp;البدء من:</translation>
    </message>
    <message>
        <source>No permissions</source>
        <translation>بلا صلاحيات</translation>
    </message>
    <message>
        <source>Copy the permissions of an existing role into the new one.</source>
        <translation>نسخ صلاحيات دور موجود إلى الدور الجديد.</translation>
    </message>
    <message>
        <source>Create role</source>
        <translation>إنشاء الدور</translation>
    </message>
    <message>
        <source>A role with this name already exists.</source>
        <translation>يوجد دور بهذا الاسم بالفعل.</translation>
    </message>
</context>
<context>
    <name>nova::ui::PasswordStrengthMeter</name>
    <message>
        <source>Very weak</source>
        <comment>password strength</comment>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <comment>password strength</comment>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <comment>password strength</comment>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Good</source>
        <comment>password strength</comment>
        <translation>جيدة</translation>
    </message>
    <message>
        <source>Strong</source>
        <comment>password strength</comment>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Password rules:</source>
        <translation>قواعد كلمة المرور:</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <comment>password rule</comment>
        <translation>مستوفاة</translation>
    </message>
    <message>
        <source>Not satisfied yet</source>
        <comment>password rule</comment>
        <translation>غير مستوفاة بعد</translation>
    </message>
</context>
<context>
    <name>nova::ui::PermissionMatrixModel</name>
    <message>
        <source>Nova CRM</source>
        <translation>Nova CRM</translation>
    </message>
    <message>
        <source>Nova Admin</source>
        <translation>Nova Admin</translation>
    </message>
    <message>
        <source>What the role may do in Nova CRM, the brokerage&apos;s CRM.</source>
        <translation>ما يُسمح للدور به في Nova CRM، نظام إدارة العملاء في مكتب الوساطة العقارية.</translation>
    </message>
    <message>
        <source>What the role may do in Nova Admin, this administration tool.</source>
        <translation>ما يُسمح للدور به في Nova Admin، أداة الإدارة هذه.</translation>
    </message>
    <message>
        <source>%1 (feature &quot;%2&quot;)</source>
        <extracomment>%1 describes a feature, %2 is its identifier for nova-ctl and scripts (e.g. security_log)</extracomment>
        <translation>%1 (الميزة &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1: allowed</source>
        <extracomment>Read by screen readers; %1 is a permission such as &quot;Finance: read&quot;</extracomment>
        <translation>%1: مسموح</translation>
    </message>
    <message>
        <source>%1: not allowed</source>
        <extracomment>Read by screen readers; %1 is a permission such as &quot;Finance: read&quot;</extracomment>
        <translation>%1: غير مسموح</translation>
    </message>
    <message>
        <source>The admin role always keeps manage on user accounts and on roles: without it nobody could administer Nova Admin any more.</source>
        <translation>يحتفظ دور المسؤول دائمًا بصلاحية الإدارة على حسابات المستخدمين وعلى الأدوار: فمن دونها لن يتمكن أحد من إدارة Nova Admin بعد ذلك.</translation>
    </message>
    <message>
        <source>Implied by manage.</source>
        <translation>مشمولة بصلاحية الإدارة.</translation>
    </message>
    <message>
        <source>Granted for every feature (%1).</source>
        <extracomment>%1 is the stored wildcard grant, e.g. *:manage</extracomment>
        <translation>ممنوحة لكل الميزات (%1).</translation>
    </message>
    <message>
        <source>Changed, not saved yet.</source>
        <translation>معدّلة ولم تُحفظ بعد.</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>الميزة</translation>
    </message>
</context>
<context>
    <name>nova::ui::PermissionText</name>
    <message>
        <source>Customers</source>
        <translation>العملاء</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>المالية</translation>
    </message>
    <message>
        <source>Property owners</source>
        <translation>ملاك العقارات</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>النشر</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>التقويم</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>البطاقات</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>التقارير</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>الفريق</translation>
    </message>
    <message>
        <source>User accounts</source>
        <translation>حسابات المستخدمين</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>الأدوار والصلاحيات</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>سجل الأمان</translation>
    </message>
    <message>
        <source>Blocked addresses</source>
        <translation>العناوين المحظورة</translation>
    </message>
    <message>
        <source>Live alerts</source>
        <translation>التنبيهات المباشرة</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Every feature</source>
        <translation>كل الميزات</translation>
    </message>
    <message>
        <source>Customer records and the deals pipeline in Nova CRM.</source>
        <translation>سجلات العملاء ومسار الصفقات في Nova CRM.</translation>
    </message>
    <message>
        <source>Sales, payments and commissions in Nova CRM.</source>
        <translation>المبيعات والمدفوعات والعمولات في Nova CRM.</translation>
    </message>
    <message>
        <source>Property owners and their properties in Nova CRM.</source>
        <translation>ملاك العقارات وعقاراتهم في Nova CRM.</translation>
    </message>
    <message>
        <source>Publishing listings to portals from Nova CRM.</source>
        <translation>نشر الإعلانات العقارية على البوابات العقارية من Nova CRM.</translation>
    </message>
    <message>
        <source>Appointments and viewings in Nova CRM.</source>
        <translation>المواعيد ومعاينات العقارات في Nova CRM.</translation>
    </message>
    <message>
        <source>Business cards in Nova CRM.</source>
        <translation>بطاقات العمل في Nova CRM.</translation>
    </message>
    <message>
        <source>Reports in Nova CRM.</source>
        <translation>التقارير في Nova CRM.</translation>
    </message>
    <message>
        <source>The brokerage&apos;s team in Nova CRM.</source>
        <translation>فريق مكتب الوساطة العقارية في Nova CRM.</translation>
    </message>
    <message>
        <source>Accounts: create, edit, disable, delete, unlock and import users.</source>
        <translation>الحسابات: إنشاء المستخدمين وتعديلهم وتعطيلهم وحذفهم وإلغاء قفلهم واستيرادهم.</translation>
    </message>
    <message>
        <source>Roles, permission grants and resource ownership.</source>
        <translation>الأدوار ومنح الصلاحيات وملكية الموارد.</translation>
    </message>
    <message>
        <source>Reading and exporting the security log.</source>
        <translation>قراءة سجل الأمان وتصديره.</translation>
    </message>
    <message>
        <source>Blocking and unblocking addresses, and the allow-list.</source>
        <translation>حظر العناوين ورفع الحظر عنها، وقائمة السماح.</translation>
    </message>
    <message>
        <source>The live alert stream and acknowledging alerts.</source>
        <translation>بث التنبيهات المباشرة وتأكيد الاطلاع عليها.</translation>
    </message>
    <message>
        <source>Thresholds, secret rotation and other configuration.</source>
        <translation>العتبات وتدوير المفاتيح السرية وغيرها من الإعدادات.</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>إنشاء</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>قراءة</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Manage</source>
        <translation>إدارة</translation>
    </message>
    <message>
        <source>Everything on the feature: implies create, read, update and delete.</source>
        <translation>كل شيء في الميزة: تشمل الإنشاء والقراءة والتعديل والحذف.</translation>
    </message>
    <message>
        <source>Add new records.</source>
        <translation>إضافة سجلات جديدة.</translation>
    </message>
    <message>
        <source>See records.</source>
        <translation>عرض السجلات.</translation>
    </message>
    <message>
        <source>Change existing records.</source>
        <translation>تغيير السجلات الموجودة.</translation>
    </message>
    <message>
        <source>Remove records.</source>
        <translation>إزالة السجلات.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a feature, %2 an action on it or a list of actions (&quot;Finance: read, update&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>, </source>
        <extracomment>Separates the actions listed after a feature (&quot;read, update&quot;)</extracomment>
        <translation>، </translation>
    </message>
    <message>
        <source>Full access to everything</source>
        <translation>وصول كامل إلى كل شيء</translation>
    </message>
    <message>
        <source>Brokers: customers, deals, owners, publishing, calendar and cards</source>
        <translation>الوسطاء العقاريون: العملاء والصفقات والملاك والنشر والتقويم والبطاقات</translation>
    </message>
    <message>
        <source>Managers: view everything, run reports, manage the team</source>
        <translation>المديرون: عرض كل شيء وتشغيل التقارير وإدارة الفريق</translation>
    </message>
    <message>
        <source>Security staff: security log, blocked addresses and alerts</source>
        <translation>فريق الأمان: سجل الأمان والعناوين المحظورة والتنبيهات</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Broker</source>
        <translation>وسيط عقاري</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>مدير</translation>
    </message>
    <message>
        <source>Security staff</source>
        <translation>فريق الأمان</translation>
    </message>
</context>
<context>
    <name>nova::ui::PersonalDataExportController</name>
    <message>
        <source>Choose a folder for the personal data of %1</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>اختر مجلدًا للبيانات الشخصية للمستخدم %1</translation>
    </message>
    <message>
        <source>Exporting Personal Data</source>
        <translation>جارٍ تصدير البيانات الشخصية</translation>
    </message>
    <message>
        <source>Collecting the records of %1…</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>جارٍ جمع سجلات %1…</translation>
    </message>
    <message numerus="yes">
        <source>Read %1 of %Ln records…</source>
        <extracomment>%1 is the number of records read so far; %Ln the number to read</extracomment>
        <translation>
            <numerusform>قُرئ %1 من %Ln سجل…</numerusform>
            <numerusform>قُرئ %1 من سجل واحد…</numerusform>
            <numerusform>قُرئ %1 من سجلين…</numerusform>
            <numerusform>قُرئ %1 من %Ln سجلات…</numerusform>
            <numerusform>قُرئ %1 من %Ln سجلًا…</numerusform>
            <numerusform>قُرئ %1 من %Ln سجل…</numerusform>
        </translation>
    </message>
    <message>
        <source>Personal Data Exported</source>
        <translation>صُدِّرت البيانات الشخصية</translation>
    </message>
    <message>
        <source>The personal data was exported to two files, readable only by you:</source>
        <translation>صُدِّرت البيانات الشخصية إلى ملفين لا يقرؤهما غيرك:</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;فتح المجلد</translation>
    </message>
    <message>
        <source>Personal Data Not Exported</source>
        <translation>لم تُصدَّر البيانات الشخصية</translation>
    </message>
    <message>
        <source>The personal data could not be exported: %1</source>
        <extracomment>%1 is the reason, a sentence from the service</extracomment>
        <translation>تعذّر تصدير البيانات الشخصية: %1</translation>
    </message>
</context>
<context>
    <name>nova::ui::PolicyEditor</name>
    <message>
        <source>The security policy could not be read: %1</source>
        <translation>تعذّرت قراءة سياسة الأمان: %1</translation>
    </message>
    <message>
        <source>Security policy — shared by every program on this database</source>
        <translation>سياسة الأمان — مشتركة بين جميع البرامج على قاعدة البيانات هذه</translation>
    </message>
    <message>
        <source>The security policy is managed by administrators.</source>
        <translation>يدير المسؤولون سياسة الأمان.</translation>
    </message>
    <message>
        <source>You can see the policy; changing it needs the settings:update permission.</source>
        <translation>يمكنك عرض السياسة؛ أما تغييرها فيتطلب الصلاحية settings:update.</translation>
    </message>
    <message>
        <source>Changes are recorded in the security log and take effect when Nova Admin and nova-service next start. Digits and period apply to new enrollments; existing authenticators keep working.</source>
        <translation>تُسجَّل التغييرات في سجل الأمان وتسري عند التشغيل التالي لـ Nova Admin وnova-service. ينطبق عدد الأرقام والمدة على التفعيلات الجديدة؛ وتستمر تطبيقات المصادقة الحالية في العمل.</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>التحقق بخطوتين</translation>
    </message>
    <message>
        <source>Code &amp;digits:</source>
        <translation>&amp;أرقام الرمز:</translation>
    </message>
    <message>
        <source>How many digits new authenticator codes have (6 to 8).</source>
        <translation>عدد أرقام رموز المصادقة الجديدة (من 6 إلى 8).</translation>
    </message>
    <message>
        <source>Code &amp;period:</source>
        <translation>&amp;مدة الرمز:</translation>
    </message>
    <message>
        <source>How often a new code appears in the authenticator app.</source>
        <translation>عدد الثواني بين ظهور رمز جديد في تطبيق المصادقة.</translation>
    </message>
    <message>
        <source>Clock &amp;tolerance (steps):</source>
        <translation>&amp;تسامح الساعة (خطوات):</translation>
    </message>
    <message>
        <source>Codes from this many periods before or after the current one are accepted, for phones whose clock is a little off (0 to 2).</source>
        <translation>تُقبل الرموز من هذا العدد من المدد قبل المدة الحالية أو بعدها، للهواتف التي تنحرف ساعتها قليلًا (من 0 إلى 2).</translation>
    </message>
    <message>
        <source>Account lockout</source>
        <translation>قفل الحساب</translation>
    </message>
    <message>
        <source>&amp;Failed sign-ins before locking:</source>
        <translation>محاولات الدخول &amp;الفاشلة قبل القفل:</translation>
    </message>
    <message>
        <source>Consecutive wrong passwords or codes after which the account is locked.</source>
        <translation>عدد كلمات المرور أو الرموز الخاطئة المتتالية التي يُقفل الحساب بعدها.</translation>
    </message>
    <message>
        <source>Lock &amp;duration (minutes):</source>
        <translation>&amp;مدة القفل (بالدقائق):</translation>
    </message>
    <message>
        <source>The account unlocks by itself after this time, or earlier when an administrator unlocks it.</source>
        <translation>يُلغى قفل الحساب تلقائيًا بعد هذه المدة، أو قبلها إذا ألغى المسؤول القفل.</translation>
    </message>
    <message>
        <source>Intrusion detector</source>
        <translation>كاشف التسلل</translation>
    </message>
    <message>
        <source>Failed sign-ins per &amp;address:</source>
        <translation>محاولات الدخول الفاشلة لكل &amp;عنوان:</translation>
    </message>
    <message>
        <source>Failed sign-ins from one address within the window that block the address.</source>
        <translation>عدد محاولات الدخول الفاشلة من عنوان واحد خلال النافذة الزمنية التي تؤدي إلى حظره.</translation>
    </message>
    <message>
        <source>Brute-force &amp;window (minutes):</source>
        <translation>&amp;نافذة تخمين كلمات المرور (بالدقائق):</translation>
    </message>
    <message>
        <source>The window for counting failed sign-ins.</source>
        <translation>النافذة الزمنية لعدّ محاولات الدخول الفاشلة.</translation>
    </message>
    <message>
        <source>Brute-force &amp;block (hours):</source>
        <translation>مدة &amp;الحظر لتخمين كلمات المرور (بالساعات):</translation>
    </message>
    <message>
        <source>How long such an address stays blocked.</source>
        <translation>المدة التي يبقى فيها هذا العنوان محظورًا.</translation>
    </message>
    <message>
        <source>&amp;Suspicious events per address:</source>
        <translation>الأحداث &amp;المشبوهة لكل عنوان:</translation>
    </message>
    <message>
        <source>Events of one type from one address within the window that block the address.</source>
        <translation>عدد الأحداث من نوع واحد ومن عنوان واحد خلال النافذة الزمنية التي تؤدي إلى حظره.</translation>
    </message>
    <message>
        <source>Suspicious-activity window (minutes):</source>
        <translation>نافذة النشاط المشبوه (بالدقائق):</translation>
    </message>
    <message>
        <source>The window for counting suspicious events.</source>
        <translation>النافذة الزمنية لعدّ الأحداث المشبوهة.</translation>
    </message>
    <message>
        <source>Suspicious-activity block (minutes):</source>
        <translation>مدة الحظر للنشاط المشبوه (بالدقائق):</translation>
    </message>
    <message>
        <source>&amp;Injection attempts per address:</source>
        <translation>محاولات &amp;الحقن لكل عنوان:</translation>
    </message>
    <message>
        <source>SQL injection or XSS attempts from one address within the window that block the address.</source>
        <translation>عدد محاولات حقن SQL أو XSS من عنوان واحد خلال النافذة الزمنية التي تؤدي إلى حظره.</translation>
    </message>
    <message>
        <source>Injection window (minutes):</source>
        <translation>نافذة محاولات الحقن (بالدقائق):</translation>
    </message>
    <message>
        <source>The window for counting injection attempts.</source>
        <translation>النافذة الزمنية لعدّ محاولات الحقن.</translation>
    </message>
    <message>
        <source>Injection block (hours):</source>
        <translation>مدة الحظر لمحاولات الحقن (بالساعات):</translation>
    </message>
    <message>
        <source>Sensitive admin actions per user:</source>
        <translation>الإجراءات الإدارية الحساسة لكل مستخدم:</translation>
    </message>
    <message>
        <source>Sensitive actions (deleting users, changing permissions, exports) by one user within the window that raise an unusual-activity alert.</source>
        <translation>عدد الإجراءات الحساسة (حذف المستخدمين، تغيير الصلاحيات، التصدير) من مستخدم واحد خلال النافذة الزمنية التي تطلق تنبيهًا بنشاط غير معتاد.</translation>
    </message>
    <message>
        <source>Sensitive-action window (minutes):</source>
        <translation>نافذة الإجراءات الحساسة (بالدقائق):</translation>
    </message>
    <message>
        <source>The window for counting sensitive actions.</source>
        <translation>النافذة الزمنية لعدّ الإجراءات الحساسة.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>ثانية واحدة</numerusform>
            <numerusform>ثانيتان</numerusform>
            <numerusform>%Ln ثوانٍ</numerusform>
            <numerusform>%Ln ثانية</numerusform>
            <numerusform>%Ln ثانية</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::QrCodeWidget</name>
    <message>
        <source>Too small to show the QR code</source>
        <translation>المساحة أصغر من أن يظهر فيها رمز QR</translation>
    </message>
</context>
<context>
    <name>nova::ui::RankedList</name>
    <message numerus="yes">
        <source>%1: %Ln offences</source>
        <translation>
            <numerusform>%1: %Ln مخالفة</numerusform>
            <numerusform>%1: مخالفة واحدة</numerusform>
            <numerusform>%1: مخالفتان</numerusform>
            <numerusform>%1: %Ln مخالفات</numerusform>
            <numerusform>%1: %Ln مخالفة</numerusform>
            <numerusform>%1: %Ln مخالفة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln failed sign-ins</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>
            <numerusform>%1: %Ln محاولة دخول فاشلة</numerusform>
            <numerusform>%1: محاولة دخول فاشلة واحدة</numerusform>
            <numerusform>%1: محاولتا دخول فاشلتان</numerusform>
            <numerusform>%1: %Ln محاولات دخول فاشلة</numerusform>
            <numerusform>%1: %Ln محاولة دخول فاشلة</numerusform>
            <numerusform>%1: %Ln محاولة دخول فاشلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show these entries in the security log</source>
        <translation>انقر لعرض هذه القيود في سجل الأمان</translation>
    </message>
</context>
<context>
    <name>nova::ui::ResetPasswordDialog</name>
    <message>
        <source>Reset Password of %1</source>
        <translation>إعادة تعيين كلمة مرور %1</translation>
    </message>
    <message>
        <source>Choose a new password for %1. Tell it to them in person or over a channel you trust; they can change it after signing in.</source>
        <translation>اختر كلمة مرور جديدة للمستخدم %1. أبلغه بها شخصيًا أو عبر وسيلة تثق بها؛ ويمكنه تغييرها بعد تسجيل الدخول.</translation>
    </message>
    <message>
        <source>&amp;Reset Password</source>
        <translation>&amp;إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>nova::ui::RetentionPanel</name>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>The retention policy was not saved: %1</source>
        <translation>لم تُحفظ سياسة الاحتفاظ: %1</translation>
    </message>
    <message>
        <source>Retention policy saved.</source>
        <translation>حُفظت سياسة الاحتفاظ.</translation>
    </message>
    <message>
        <source>Archiving…</source>
        <translation>جارٍ الأرشفة…</translation>
    </message>
    <message numerus="yes">
        <source>Nothing to archive: no entry is older than %Ln days.</source>
        <translation>
            <numerusform>لا شيء للأرشفة: لا يوجد قيد أقدم من %Ln يوم.</numerusform>
            <numerusform>لا شيء للأرشفة: لا يوجد قيد أقدم من يوم واحد.</numerusform>
            <numerusform>لا شيء للأرشفة: لا يوجد قيد أقدم من يومين.</numerusform>
            <numerusform>لا شيء للأرشفة: لا يوجد قيد أقدم من %Ln أيام.</numerusform>
            <numerusform>لا شيء للأرشفة: لا يوجد قيد أقدم من %Ln يومًا.</numerusform>
            <numerusform>لا شيء للأرشفة: لا يوجد قيد أقدم من %Ln يوم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries archived to %1.</source>
        <translation>
            <numerusform>لم يُؤرشف أي قيد في %1.</numerusform>
            <numerusform>أُرشف قيد واحد في %1.</numerusform>
            <numerusform>أُرشف قيدان في %1.</numerusform>
            <numerusform>أُرشفت %Ln قيود في %1.</numerusform>
            <numerusform>أُرشف %Ln قيدًا في %1.</numerusform>
            <numerusform>أُرشف %Ln قيد في %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the archive folder</source>
        <translation>اختر مجلد الأرشيف</translation>
    </message>
    <message>
        <source>Log retention</source>
        <translation>الاحتفاظ بالسجل</translation>
    </message>
    <message>
        <source>Entries older than this leave the live security log for a signed, compressed archive file: once a day in nova-service, or now. The chain stays verifiable across archives.</source>
        <translation>تنتقل القيود الأقدم من هذه المدة من سجل الأمان الحي إلى ملف أرشيف موقّع ومضغوط: مرة يوميًا في nova-service، أو الآن. وتبقى السلسلة قابلة للتحقق عبر الأرشيفات.</translation>
    </message>
    <message>
        <source>Keep &amp;entries (days):</source>
        <translation>مدة &amp;الاحتفاظ بالقيود (أيام):</translation>
    </message>
    <message>
        <source>From %1 to %2 days; the default is %3.</source>
        <translation>من %1 إلى %2 يومًا؛ والافتراضي %3.</translation>
    </message>
    <message>
        <source>Archive f&amp;older:</source>
        <translation>&amp;مجلد الأرشيف:</translation>
    </message>
    <message>
        <source>Archive files are readable by their owner only</source>
        <translation>لا يقرأ ملفات الأرشيف إلا مالكها</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Last archived:</source>
        <translation>آخر أرشفة:</translation>
    </message>
    <message>
        <source>Sa&amp;ve Retention</source>
        <translation>&amp;حفظ مدة الاحتفاظ</translation>
    </message>
    <message>
        <source>Store the retention period and archive folder (recorded in the security log)</source>
        <translation>احفظ مدة الاحتفاظ ومجلد الأرشيف (يُسجَّل ذلك في سجل الأمان)</translation>
    </message>
    <message>
        <source>Ar&amp;chive Now</source>
        <translation>&amp;أرشِف الآن</translation>
    </message>
    <message>
        <source>Move entries older than the retention period to an archive file now</source>
        <translation>انقل الآن القيود الأقدم من مدة الاحتفاظ إلى ملف أرشيف</translation>
    </message>
</context>
<context>
    <name>nova::ui::RoleEditor</name>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;الأدوار</translation>
    </message>
    <message>
        <source>&amp;New role…</source>
        <translation>دور &amp;جديد…</translation>
    </message>
    <message>
        <source>Create a custom role, optionally starting from another role&apos;s permissions (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>إنشاء دور مخصص، مع إمكانية البدء من صلاحيات دور آخر (%1)</translation>
    </message>
    <message>
        <source>&amp;Delete role</source>
        <translation>حذف &amp;الدور</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>Save the changed permissions of this role (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>حفظ الصلاحيات المعدّلة لهذا الدور (%1)</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>Discard the changes not saved yet (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>تجاهل التغييرات التي لم تُحفظ بعد (%1)</translation>
    </message>
    <message>
        <source>A greyed check is implied by manage. Highlighted cells are changed and not saved yet. Space toggles the selected cell.</source>
        <translation>العلامة الرمادية مشمولة بصلاحية الإدارة. الخلايا المظللة معدّلة ولم تُحفظ بعد. يبدّل مفتاح المسافة حالة الخلية المحددة.</translation>
    </message>
    <message>
        <source>The roles could not be loaded.</source>
        <translation>تعذّر تحميل الأدوار.</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <extracomment>%1 is the name of a role that comes with Nova Admin (Administrator, Manager, …)</extracomment>
        <translation>%1 (مدمج)</translation>
    </message>
    <message>
        <source>No role selected</source>
        <translation>لم يُحدَّد أي دور</translation>
    </message>
    <message>
        <source>Built-in role</source>
        <translation>دور مدمج</translation>
    </message>
    <message>
        <source>Custom role</source>
        <translation>دور مخصص</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <extracomment>%1 is &quot;Built-in role&quot; or &quot;Custom role&quot;, %2 the role&apos;s description as its author wrote it</extracomment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The changes to the role “%1” were not saved.</source>
        <translation>لم تُحفظ التغييرات على الدور «%1».</translation>
    </message>
    <message>
        <source>The role “%1” was not created.</source>
        <translation>لم يُنشأ الدور «%1».</translation>
    </message>
    <message>
        <source>The role “%1” was not deleted.</source>
        <translation>لم يُحذف الدور «%1».</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>%1 says what failed, %2 is the reason the service gave</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>الأدوار والصلاحيات</translation>
    </message>
    <message>
        <source>Delete this custom role (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>حذف هذا الدور المخصص (%1)</translation>
    </message>
    <message>
        <source>Built-in roles cannot be deleted.</source>
        <translation>لا يمكن حذف الأدوار المدمجة.</translation>
    </message>
    <message>
        <source>You can see the roles but not change them: that needs the permission to update roles.</source>
        <translation>يمكنك عرض الأدوار دون تغييرها: فذلك يتطلب صلاحية تعديل الأدوار.</translation>
    </message>
    <message>
        <source>The admin role has every permission on every feature. Its manage on user accounts and roles cannot be removed, so that someone can always administer Nova Admin.</source>
        <translation>يملك دور المسؤول كل الصلاحيات على كل الميزات. ولا يمكن إزالة صلاحية الإدارة الممنوحة له على حسابات المستخدمين والأدوار، كي يبقى دائمًا من يستطيع إدارة Nova Admin.</translation>
    </message>
</context>
<context>
    <name>nova::ui::RolePrompts</name>
    <message>
        <source>Granted:
%1</source>
        <extracomment>%1 is a bulleted list of permissions, one line per feature</extracomment>
        <translation>صلاحيات ممنوحة:
%1</translation>
    </message>
    <message>
        <source>Revoked:
%1</source>
        <extracomment>%1 is a bulleted list of permissions, one line per feature</extracomment>
        <translation>صلاحيات مسحوبة:
%1</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>تغييرات غير محفوظة</translation>
    </message>
    <message>
        <source>The role “%1” has changes that are not saved.</source>
        <translation>في الدور «%1» تغييرات لم تُحفظ.</translation>
    </message>
    <message>
        <source>Save role</source>
        <translation>حفظ الدور</translation>
    </message>
    <message>
        <source>Save these changes to the role “%1”?</source>
        <translation>هل تريد حفظ هذه التغييرات على الدور «%1»؟</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>حذف الدور</translation>
    </message>
    <message>
        <source>Delete the role “%1”?</source>
        <translation>هل تريد حذف الدور «%1»؟</translation>
    </message>
    <message>
        <source>Its permissions are removed with it. A role that is still assigned to a user cannot be deleted; give those users another role first.</source>
        <translation>تُزال صلاحياته معه. لا يمكن حذف دور لا يزال مسندًا إلى مستخدم؛ أسند إلى هؤلاء المستخدمين دورًا آخر أولًا.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>nova::ui::RolesPage</name>
    <message>
        <source>&amp;Roles</source>
        <translation>&amp;الأدوار</translation>
    </message>
    <message>
        <source>What each role may do on each feature</source>
        <translation>ما يُسمح لكل دور به في كل ميزة</translation>
    </message>
    <message>
        <source>&amp;Personal grants</source>
        <translation>الصلاحيات &amp;الشخصية</translation>
    </message>
    <message>
        <source>Permissions given to one user on top of their role, optionally until a date</source>
        <translation>صلاحيات تُمنح لمستخدم واحد إضافةً إلى صلاحيات دوره، حتى تاريخ محدد إن شئت</translation>
    </message>
    <message>
        <source>Roles and permissions</source>
        <translation>الأدوار والصلاحيات</translation>
    </message>
</context>
<context>
    <name>nova::ui::SecondFactorPanel</name>
    <message>
        <source>%1 has two-step verification on. Open your authenticator app and enter the current code for Nova CRM.</source>
        <translation>المصادقة الثنائية مفعّلة للحساب %1. افتح تطبيق المصادقة وأدخل الرمز الحالي الخاص بـ Nova CRM.</translation>
    </message>
    <message>
        <source>Enter one of the backup codes you saved when two-step verification was set up. Each code works once.</source>
        <translation>أدخل أحد الرموز الاحتياطية التي حفظتها عند إعداد المصادقة الثنائية. يصلح كل رمز لمرة واحدة فقط.</translation>
    </message>
    <message>
        <source>Send a one-time code by SMS to the phone number on your account, then enter it here.</source>
        <translation>أرسل رمزًا لمرة واحدة برسالة SMS إلى رقم الهاتف المسجّل في حسابك، ثم أدخله هنا.</translation>
    </message>
    <message>
        <source>Authenticator &amp;code:</source>
        <translation>&amp;رمز تطبيق المصادقة:</translation>
    </message>
    <message>
        <source>%1 to %2 digits</source>
        <extracomment>%1 and %2 are the fewest and most digits</extracomment>
        <translation>من %1 إلى %2 أرقام</translation>
    </message>
    <message>
        <source>The code your authenticator app shows for Nova CRM. It changes every %1 or %2 seconds.</source>
        <extracomment>%1 and %2 are numbers of seconds</extracomment>
        <translation>الرمز الذي يعرضه تطبيق المصادقة لـ Nova CRM. يتغير كل %1 أو %2 ثانية.</translation>
    </message>
    <message>
        <source>&amp;Backup code:</source>
        <translation>&amp;الرمز الاحتياطي:</translation>
    </message>
    <message>
        <source>e.g. 7KQ4M-XP2RW</source>
        <extracomment>An example backup code; keep it in Latin letters</extracomment>
        <translation>مثل 7KQ4M-XP2RW</translation>
    </message>
    <message>
        <source>One of the ten backup codes; letters and digits, the dash is optional.</source>
        <translation>أحد الرموز الاحتياطية العشرة؛ حروف وأرقام، والشَّرطة اختيارية.</translation>
    </message>
    <message>
        <source>SMS &amp;code:</source>
        <translation>&amp;رمز SMS:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln digit(s)</source>
        <translation>
            <numerusform>لا أرقام</numerusform>
            <numerusform>رقم واحد</numerusform>
            <numerusform>رقمان</numerusform>
            <numerusform>%Ln أرقام</numerusform>
            <numerusform>%Ln رقمًا</numerusform>
            <numerusform>%Ln رقم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The code from the text message. It is valid for %Ln minute(s).</source>
        <translation>
            <numerusform>الرمز الوارد في الرسالة النصية. صالح لمدة %Ln دقيقة.</numerusform>
            <numerusform>الرمز الوارد في الرسالة النصية. صالح لمدة دقيقة واحدة.</numerusform>
            <numerusform>الرمز الوارد في الرسالة النصية. صالح لمدة دقيقتين.</numerusform>
            <numerusform>الرمز الوارد في الرسالة النصية. صالح لمدة %Ln دقائق.</numerusform>
            <numerusform>الرمز الوارد في الرسالة النصية. صالح لمدة %Ln دقيقة.</numerusform>
            <numerusform>الرمز الوارد في الرسالة النصية. صالح لمدة %Ln دقيقة.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Send SMS code</source>
        <translation>&amp;إرسال رمز SMS</translation>
    </message>
    <message>
        <source>&amp;Send again</source>
        <translation>&amp;إعادة الإرسال</translation>
    </message>
    <message>
        <source>Sends a one-time code to the phone number on your account (at most one a minute).</source>
        <translation>يرسل رمزًا لمرة واحدة إلى رقم الهاتف المسجّل في حسابك (رمز واحد في الدقيقة على الأكثر).</translation>
    </message>
    <message>
        <source>A code was sent to %1.</source>
        <extracomment>%1 is a phone number with most digits hidden</extracomment>
        <translation>أُرسل رمز إلى %1.</translation>
    </message>
    <message>
        <source>Use the &amp;authenticator app</source>
        <translation>استخدام &amp;تطبيق المصادقة</translation>
    </message>
    <message>
        <source>Enter the code from your authenticator app instead.</source>
        <translation>أدخل الرمز من تطبيق المصادقة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Use a &amp;backup code</source>
        <translation>استخدام رمز &amp;احتياطي</translation>
    </message>
    <message>
        <source>Lost your phone? Enter one of the backup codes you saved.</source>
        <translation>فقدت هاتفك؟ أدخل أحد الرموز الاحتياطية التي حفظتها.</translation>
    </message>
    <message>
        <source>Get a code by S&amp;MS</source>
        <translation>&amp;الحصول على رمز عبر SMS</translation>
    </message>
    <message>
        <source>Have a one-time code sent by text message.</source>
        <translation>اطلب إرسال رمز لمرة واحدة برسالة نصية.</translation>
    </message>
</context>
<context>
    <name>nova::ui::SecurityLogDetailsPane</name>
    <message>
        <source>%1 (%2)</source>
        <comment>local time (UTC time)</comment>
        <extracomment>%1 is the local date and time, %2 the same moment as an ISO 8601 UTC timestamp</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>event name (stored event type)</comment>
        <extracomment>%1 is the translated event name, %2 the event type as stored, e.g. &quot;login&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>نجح</translation>
    </message>
    <message>
        <source>Failed or refused</source>
        <translation>فشل أو رُفض</translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (user %2)</source>
        <extracomment>%1 is a user name, %2 the user&apos;s numeric id</extracomment>
        <translation>%1 (المستخدم رقم %2)</translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation>(لا توجد تفاصيل)</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>اختر إدخالًا لعرض تفاصيله.</translation>
    </message>
    <message>
        <source>Entry:</source>
        <translation>الإدخال:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>الوقت:</translation>
    </message>
    <message>
        <source>Event:</source>
        <translation>الحدث:</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>الخطورة:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>النتيجة:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>المستخدم:</translation>
    </message>
    <message>
        <source>IP address:</source>
        <translation>عنوان IP:</translation>
    </message>
    <message>
        <source>User agent:</source>
        <translation>وكيل المستخدم:</translation>
    </message>
    <message>
        <source>Details:</source>
        <translation>التفاصيل:</translation>
    </message>
    <message>
        <source>Hash:</source>
        <translation>التجزئة:</translation>
    </message>
    <message>
        <source>Previous hash:</source>
        <translation>التجزئة السابقة:</translation>
    </message>
    <message>
        <source>SHA-256 over the previous hash and this entry&apos;s content</source>
        <translation>تجزئة SHA-256 للتجزئة السابقة ومحتوى هذا الإدخال</translation>
    </message>
    <message>
        <source>The hash of the entry before this one in the chain</source>
        <translation>تجزئة الإدخال الذي يسبق هذا الإدخال في السلسلة</translation>
    </message>
    <message>
        <source>&amp;Copy entry</source>
        <translation>&amp;نسخ الإدخال</translation>
    </message>
    <message>
        <source>Copy every field of this entry to the clipboard</source>
        <translation>نسخ جميع حقول هذا الإدخال إلى الحافظة</translation>
    </message>
</context>
<context>
    <name>nova::ui::SecurityLogExportController</name>
    <message>
        <source>Export the security log as CSV</source>
        <translation>تصدير سجل الأمان بصيغة CSV</translation>
    </message>
    <message>
        <source>Export the security log as JSON Lines</source>
        <translation>تصدير سجل الأمان بصيغة JSON Lines</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>ملفات JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>جميع الملفات (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>تعذرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Exporting the security log</source>
        <translation>تصدير سجل الأمان</translation>
    </message>
    <message>
        <source>Reading the log…</source>
        <translation>جارٍ قراءة السجل…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 of %Ln entries…</source>
        <extracomment>%1 is the number of entries written so far; %Ln the number to write</extracomment>
        <translation>
            <numerusform>تم تصدير %1 من %Ln إدخال…</numerusform>
            <numerusform>تم تصدير %1 من إدخال واحد…</numerusform>
            <numerusform>تم تصدير %1 من إدخالين…</numerusform>
            <numerusform>تم تصدير %1 من %Ln إدخالات…</numerusform>
            <numerusform>تم تصدير %1 من %Ln إدخالًا…</numerusform>
            <numerusform>تم تصدير %1 من %Ln إدخال…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::SecurityLogFilterBar</name>
    <message>
        <source>Only entries from this IP address (IPv4 or IPv6, exactly as logged)</source>
        <translation>الإدخالات الواردة من عنوان IP هذا فقط (IPv4 أو IPv6، كما سُجِّل تمامًا)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address; the filter ignores it until it is one.</source>
        <extracomment>%1 is what the user typed in the IP address filter</extracomment>
        <translation>«%1» ليس عنوان IP؛ وستتجاهله التصفية إلى أن يصبح عنوانًا صالحًا.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;النوع:</translation>
    </message>
    <message>
        <source>Any event type</source>
        <translation>أي نوع من الأحداث</translation>
    </message>
    <message>
        <source>Only entries of this event type</source>
        <translation>إدخالات نوع الحدث هذا فقط</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Only entries of this user name (exactly as logged)</source>
        <translation>إدخالات اسم المستخدم هذا فقط (كما سُجِّل تمامًا)</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>عنوان IP</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>أي نتيجة</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>نجح</translation>
    </message>
    <message>
        <source>Failed or refused</source>
        <translation>فشل أو رُفض</translation>
    </message>
    <message>
        <source>Only successes, or only failures and refusals</source>
        <translation>حالات النجاح فقط، أو حالات الفشل والرفض فقط</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;الفترة:</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>كل الأوقات</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>آخر ساعة</translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln hours</source>
        <translation>
            <numerusform>آخر %Ln ساعة</numerusform>
            <numerusform>آخر ساعة</numerusform>
            <numerusform>آخر ساعتين</numerusform>
            <numerusform>آخر %Ln ساعات</numerusform>
            <numerusform>آخر %Ln ساعة</numerusform>
            <numerusform>آخر %Ln ساعة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last %Ln days</source>
        <translation>
            <numerusform>آخر %Ln يوم</numerusform>
            <numerusform>آخر يوم</numerusform>
            <numerusform>آخر يومين</numerusform>
            <numerusform>آخر %Ln أيام</numerusform>
            <numerusform>آخر %Ln يومًا</numerusform>
            <numerusform>آخر %Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>فترة مخصصة</translation>
    </message>
    <message>
        <source>Only entries written in this period</source>
        <translation>الإدخالات المكتوبة خلال هذه الفترة فقط</translation>
    </message>
    <message>
        <source>From this time (local time, inclusive)</source>
        <translation>من هذا الوقت (بالتوقيت المحلي، ضمنًا)</translation>
    </message>
    <message>
        <source>Up to this minute (local time, inclusive)</source>
        <translation>حتى هذه الدقيقة (بالتوقيت المحلي، ضمنًا)</translation>
    </message>
    <message>
        <source>Search user, IP address, user agent and details…</source>
        <translation>ابحث في المستخدم وعنوان IP ووكيل المستخدم والتفاصيل…</translation>
    </message>
    <message>
        <source>Case-insensitive text in the user name, IP address, user agent or details</source>
        <translation>نص في اسم المستخدم أو عنوان IP أو وكيل المستخدم أو التفاصيل، دون تمييز بين الأحرف الكبيرة والصغيرة</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;مسح</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>مسح جميع عوامل التصفية</translation>
    </message>
</context>
<context>
    <name>nova::ui::SecurityLogModel</name>
    <message>
        <source>%1: %2</source>
        <comment>metadata key: value</comment>
        <extracomment>%1 is a detail&apos;s key as stored (e.g. &quot;reason&quot;), %2 its value</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <extracomment>%1 is an ISO 8601 timestamp</extracomment>
        <translation>%1 بتوقيت UTC</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>نجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>الخطورة</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>الحدث</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>عنوان IP</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
</context>
<context>
    <name>nova::ui::SecurityLogPage</name>
    <message>
        <source>The log could not be read: %1</source>
        <extracomment>%1 is the reason, a sentence from the service</extracomment>
        <translation>تعذرت قراءة السجل: %1</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>إعادة &amp;المحاولة</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to %1.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>
            <numerusform>لم يُصدَّر أي إدخال إلى %1.</numerusform>
            <numerusform>تم تصدير إدخال واحد إلى %1.</numerusform>
            <numerusform>تم تصدير إدخالين إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln إدخالات إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln إدخالًا إلى %1.</numerusform>
            <numerusform>تم تصدير %Ln إدخال إلى %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; %1 was not written.</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>أُلغي التصدير، ولم يُكتب الملف %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <extracomment>%1 is the reason, a sentence from the service</extracomment>
        <translation>فشل التصدير: %1</translation>
    </message>
    <message>
        <source>Security log</source>
        <translation>سجل الأمان</translation>
    </message>
    <message>
        <source>Entry %1 does not match the filters; the entries before it are shown.</source>
        <extracomment>%1 is an entry number</extracomment>
        <translation>الإدخال %1 لا يطابق عوامل التصفية؛ لذا تُعرض الإدخالات السابقة له.</translation>
    </message>
    <message numerus="yes">
        <source>More than %Ln newer entries match the filters.</source>
        <translation>
            <numerusform>يوجد أكثر من %Ln إدخال أحدث يطابق عوامل التصفية.</numerusform>
            <numerusform>يوجد أكثر من إدخال أحدث واحد يطابق عوامل التصفية.</numerusform>
            <numerusform>يوجد أكثر من إدخالين أحدث يطابقان عوامل التصفية.</numerusform>
            <numerusform>توجد أكثر من %Ln إدخالات أحدث تطابق عوامل التصفية.</numerusform>
            <numerusform>يوجد أكثر من %Ln إدخالًا أحدث يطابق عوامل التصفية.</numerusform>
            <numerusform>يوجد أكثر من %Ln إدخال أحدث يطابق عوامل التصفية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Go to &amp;newest</source>
        <translation>الانتقال إلى &amp;الأحدث</translation>
    </message>
    <message numerus="yes">
        <source>%Ln newer entries match the filters.</source>
        <translation>
            <numerusform>لا توجد إدخالات أحدث تطابق عوامل التصفية.</numerusform>
            <numerusform>يوجد إدخال أحدث واحد يطابق عوامل التصفية.</numerusform>
            <numerusform>يوجد إدخالان أحدث يطابقان عوامل التصفية.</numerusform>
            <numerusform>توجد %Ln إدخالات أحدث تطابق عوامل التصفية.</numerusform>
            <numerusform>يوجد %Ln إدخالًا أحدث يطابق عوامل التصفية.</numerusform>
            <numerusform>يوجد %Ln إدخال أحدث يطابق عوامل التصفية.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Counting and loading entries…</source>
        <translation>جارٍ عدّ الإدخالات وتحميلها…</translation>
    </message>
    <message>
        <source>Counting entries…</source>
        <translation>جارٍ عدّ الإدخالات…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · loading…</source>
        <translation>
            <numerusform>لا إدخالات · جارٍ التحميل…</numerusform>
            <numerusform>إدخال واحد · جارٍ التحميل…</numerusform>
            <numerusform>إدخالان · جارٍ التحميل…</numerusform>
            <numerusform>%Ln إدخالات · جارٍ التحميل…</numerusform>
            <numerusform>%Ln إدخالًا · جارٍ التحميل…</numerusform>
            <numerusform>%Ln إدخال · جارٍ التحميل…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>لا إدخالات</numerusform>
            <numerusform>إدخال واحد</numerusform>
            <numerusform>إدخالان</numerusform>
            <numerusform>%Ln إدخالات</numerusform>
            <numerusform>%Ln إدخالًا</numerusform>
            <numerusform>%Ln إدخال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · %1 loaded · loading…</source>
        <extracomment>%Ln entries match the filters; %1 of them are loaded into the table</extracomment>
        <translation>
            <numerusform>لا إدخالات · المحمَّل منها: %1 · جارٍ التحميل…</numerusform>
            <numerusform>إدخال واحد · المحمَّل منها: %1 · جارٍ التحميل…</numerusform>
            <numerusform>إدخالان · المحمَّل منها: %1 · جارٍ التحميل…</numerusform>
            <numerusform>%Ln إدخالات · المحمَّل منها: %1 · جارٍ التحميل…</numerusform>
            <numerusform>%Ln إدخالًا · المحمَّل منها: %1 · جارٍ التحميل…</numerusform>
            <numerusform>%Ln إدخال · المحمَّل منها: %1 · جارٍ التحميل…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries · %1 loaded</source>
        <extracomment>%Ln entries match the filters; %1 of them are loaded into the table</extracomment>
        <translation>
            <numerusform>لا إدخالات · المحمَّل منها: %1</numerusform>
            <numerusform>إدخال واحد · المحمَّل منها: %1</numerusform>
            <numerusform>إدخالان · المحمَّل منها: %1</numerusform>
            <numerusform>%Ln إدخالات · المحمَّل منها: %1</numerusform>
            <numerusform>%Ln إدخالًا · المحمَّل منها: %1</numerusform>
            <numerusform>%Ln إدخال · المحمَّل منها: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the hash chain of the whole log…</source>
        <translation>جارٍ التحقق من سلسلة التجزئة للسجل بأكمله…</translation>
    </message>
    <message>
        <source>The check could not be run: %1</source>
        <extracomment>%1 is the reason, a sentence from the service</extracomment>
        <translation>تعذر إجراء التحقق: %1</translation>
    </message>
    <message numerus="yes">
        <source>The hash chain is intact: %Ln entries checked.</source>
        <translation>
            <numerusform>سلسلة التجزئة سليمة: لم يُفحص أي إدخال.</numerusform>
            <numerusform>سلسلة التجزئة سليمة: فُحص إدخال واحد.</numerusform>
            <numerusform>سلسلة التجزئة سليمة: فُحص إدخالان.</numerusform>
            <numerusform>سلسلة التجزئة سليمة: فُحصت %Ln إدخالات.</numerusform>
            <numerusform>سلسلة التجزئة سليمة: فُحص %Ln إدخالًا.</numerusform>
            <numerusform>سلسلة التجزئة سليمة: فُحص %Ln إدخال.</numerusform>
        </translation>
    </message>
    <message>
        <source>The security log has been altered: the chain breaks at entry %1. %2</source>
        <extracomment>%1 is an entry number; %2 what the check found, a sentence from the service</extracomment>
        <translation>تم التلاعب بسجل الأمان: تنقطع السلسلة عند الإدخال %1. %2</translation>
    </message>
    <message>
        <source>Show entry %1</source>
        <extracomment>%1 is an entry number</extracomment>
        <translation>عرض الإدخال %1</translation>
    </message>
    <message>
        <source>Security log actions</source>
        <translation>إجراءات سجل الأمان</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;تصدير CSV…</translation>
    </message>
    <message>
        <source>Export the entries that match the filters as CSV (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>تصدير الإدخالات المطابقة لعوامل التصفية بصيغة CSV (%1)</translation>
    </message>
    <message>
        <source>Export &amp;JSON Lines…</source>
        <translation>&amp;تصدير JSON Lines…</translation>
    </message>
    <message>
        <source>Export the entries that match the filters as JSON Lines, as fail2ban reads them (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>تصدير الإدخالات المطابقة لعوامل التصفية بصيغة JSON Lines التي يقرؤها fail2ban (%1)</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>التحقق من &amp;سلامة السجل</translation>
    </message>
    <message>
        <source>Check the hash chain of the whole log and name the first altered entry (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>التحقق من سلسلة التجزئة للسجل بأكمله وتحديد أول إدخال تم التلاعب به (%1)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Read the log again from the newest entry (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>إعادة قراءة السجل بدءًا من أحدث إدخال (%1)</translation>
    </message>
    <message>
        <source>&amp;Copy entry</source>
        <translation>&amp;نسخ الإدخال</translation>
    </message>
    <message>
        <source>Copy every field of the selected entry</source>
        <translation>نسخ جميع حقول الإدخال المحدد</translation>
    </message>
    <message>
        <source>Only this &amp;IP address</source>
        <translation>هذا &amp;العنوان فقط</translation>
    </message>
    <message>
        <source>Show only entries from the selected entry&apos;s IP address</source>
        <translation>عرض الإدخالات الواردة من عنوان IP الخاص بالإدخال المحدد فقط</translation>
    </message>
    <message>
        <source>Only this &amp;user</source>
        <translation>هذا &amp;المستخدم فقط</translation>
    </message>
    <message>
        <source>Show only entries of the selected entry&apos;s user</source>
        <translation>عرض إدخالات مستخدم الإدخال المحدد فقط</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Search the log&apos;s text</source>
        <translation>البحث في نص السجل</translation>
    </message>
</context>
<context>
    <name>nova::ui::SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>لم يُحفظ شيء: %1</translation>
    </message>
    <message>
        <source>Saving the security policy…</source>
        <translation>جارٍ حفظ سياسة الأمان…</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>حُفظت الإعدادات.</translation>
    </message>
    <message>
        <source>Settings saved. The security policy applies when each program next starts.</source>
        <translation>حُفظت الإعدادات. تسري سياسة الأمان عند التشغيل التالي لكل برنامج.</translation>
    </message>
    <message>
        <source>The security policy was not saved: %1</source>
        <translation>لم تُحفظ سياسة الأمان: %1</translation>
    </message>
    <message>
        <source>Choose the database file</source>
        <translation>اختر ملف قاعدة البيانات</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>قواعد بيانات SQLite (*.sqlite *.db);;جميع الملفات (*)</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;قاعدة البيانات:</translation>
    </message>
    <message>
        <source>Built-in: %1</source>
        <translation>المدمجة: %1</translation>
    </message>
    <message>
        <source>An SQLite file, or postgresql://user@host:5432/nova to share one database with other desktops and nova-service. Empty: the built-in file.</source>
        <translation>ملف SQLite، أو postgresql://user@host:5432/nova لمشاركة قاعدة بيانات واحدة مع أجهزة أخرى ومع nova-service. فارغ: الملف المدمج.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Choose an SQLite database file</source>
        <translation>اختر ملف قاعدة بيانات SQLite</translation>
    </message>
    <message>
        <source>Takes effect when Nova Admin restarts.</source>
        <translation>يسري عند إعادة تشغيل Nova Admin.</translation>
    </message>
    <message>
        <source>The password in this URL would be stored in the settings file in plain text; prefer a ~/.pgpass entry. Takes effect when Nova Admin restarts.</source>
        <translation>ستُخزَّن كلمة المرور الموجودة في هذا العنوان في ملف الإعدادات نصًا صريحًا؛ يُفضَّل استخدام ملف ~/.pgpass. يسري عند إعادة تشغيل Nova Admin.</translation>
    </message>
    <message>
        <source>&amp;Alert server:</source>
        <translation>خادم &amp;التنبيهات:</translation>
    </message>
    <message>
        <source>Built-in: this computer&apos;s own alert feed</source>
        <translation>المدمج: تنبيهات هذا الحاسوب</translation>
    </message>
    <message>
        <source>The nova-service WebSocket address for live alerts, e.g. wss://alerts.example.com:8443. Empty: alerts from this database only.</source>
        <translation>عنوان WebSocket لخدمة nova-service للتنبيهات المباشرة، مثل wss://alerts.example.com:8443. فارغ: تنبيهات قاعدة البيانات هذه فقط.</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;القفل بعد الخمول:</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Lock Nova Admin after this many minutes without keyboard or mouse input. 0: never.</source>
        <translation>قفل Nova Admin بعد هذا العدد من الدقائق دون استخدام لوحة المفاتيح أو الفأرة. 0: أبدًا.</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>&amp;اللغة:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>The language of Nova Admin&apos;s windows.</source>
        <translation>لغة نوافذ Nova Admin.</translation>
    </message>
    <message>
        <source>&amp;Digits in Arabic:</source>
        <translation>الأرقام في &amp;العربية:</translation>
    </message>
    <message>
        <source>Latin (0123)</source>
        <extracomment>The digits are shown as themselves: keep &quot;0123&quot; and &quot;٠١٢٣&quot; as they are.</extracomment>
        <translation>لاتينية (0123)</translation>
    </message>
    <message>
        <source>Arabic-Indic (٠١٢٣)</source>
        <translation>هندية عربية (٠١٢٣)</translation>
    </message>
    <message>
        <source>How numbers, dates and times are written when Nova Admin is in Arabic. IP addresses and codes always keep Latin digits.</source>
        <translation>طريقة كتابة الأرقام والتواريخ والأوقات عندما تكون واجهة Nova Admin بالعربية. تبقى عناوين IP والرموز بالأرقام اللاتينية دائمًا.</translation>
    </message>
    <message>
        <source>Colours follow the system&apos;s light or dark theme.</source>
        <translation>تتبع الألوان السمة الفاتحة أو الداكنة للنظام.</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;تطبيق</translation>
    </message>
    <message>
        <source>Save the changes (%1)</source>
        <translation>حفظ التغييرات (%1)</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;استرجاع</translation>
    </message>
    <message>
        <source>Show the saved values again</source>
        <translation>عرض القيم المحفوظة مرة أخرى</translation>
    </message>
    <message>
        <source>Apply settings</source>
        <translation>تطبيق الإعدادات</translation>
    </message>
</context>
<context>
    <name>nova::ui::SetupBackupCodesPage</name>
    <message>
        <source>Backup Codes</source>
        <translation>الرموز الاحتياطية</translation>
    </message>
    <message>
        <source>Two-factor sign-in is on. If the phone with the authenticator app is lost, these codes are the way back in.</source>
        <translation>المصادقة الثنائية مفعّلة. إذا فُقد الهاتف الذي عليه تطبيق المصادقة، فهذه الرموز سبيلك للدخول مجددًا.</translation>
    </message>
    <message>
        <source>I have &amp;stored these codes somewhere safe</source>
        <translation>&amp;حفظت هذه الرموز في مكان آمن</translation>
    </message>
    <message>
        <source>Finish is available once the codes are kept: they are not shown again</source>
        <translation>يُتاح الإنهاء بعد الاحتفاظ بالرموز، فهي لن تُعرض مرة أخرى</translation>
    </message>
</context>
<context>
    <name>nova::ui::SetupTotpPage</name>
    <message>
        <source>Two-Factor Sign-In</source>
        <translation>المصادقة الثنائية</translation>
    </message>
    <message>
        <source>The administrator signs in with the password and a code from an authenticator app. This step cannot be skipped.</source>
        <translation>يسجّل المسؤول الدخول بكلمة المرور ورمز من تطبيق المصادقة. لا يمكن تخطي هذه الخطوة.</translation>
    </message>
    <message>
        <source>&amp;Confirm Code</source>
        <translation>&amp;تأكيد الرمز</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;إعادة المحاولة</translation>
    </message>
    <message>
        <source>Create the secret key again</source>
        <translation>إنشاء المفتاح السري من جديد</translation>
    </message>
</context>
<context>
    <name>nova::ui::SetupWizard</name>
    <message>
        <source>The backup codes will not be shown again. Quit without keeping them?</source>
        <translation>لن تُعرض الرموز الاحتياطية مرة أخرى. هل تريد الخروج دون الاحتفاظ بها؟</translation>
    </message>
    <message>
        <source>The administrator account %1 has been created, but two-factor sign-in is not on yet. Until it is, the account is protected by its password only. You can finish later with &quot;%2&quot;.</source>
        <extracomment>%1 is the user name, %2 a command to type in a terminal</extracomment>
        <translation>أُنشئ حساب المسؤول %1، لكن المصادقة الثنائية لم تُفعَّل بعد. وإلى أن تُفعَّل لا يحمي الحسابَ إلا كلمةُ المرور. يمكنك إكمال ذلك لاحقًا بالأمر &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Quit Setup?</source>
        <translation>الخروج من الإعداد؟</translation>
    </message>
    <message>
        <source>Quit Setup</source>
        <translation>الخروج من الإعداد</translation>
    </message>
    <message>
        <source>Continue Setup</source>
        <translation>متابعة الإعداد</translation>
    </message>
    <message>
        <source>Nova Admin Setup</source>
        <translation>إعداد Nova Admin</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;السابق</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;التالي &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>nova::ui::SeverityChart</name>
    <message numerus="yes">
        <source>%1: %Ln alerts</source>
        <extracomment>%1 is a severity (Critical, High, …)</extracomment>
        <translation>
            <numerusform>%1: %Ln تنبيه</numerusform>
            <numerusform>%1: تنبيه واحد</numerusform>
            <numerusform>%1: تنبيهان</numerusform>
            <numerusform>%1: %Ln تنبيهات</numerusform>
            <numerusform>%1: %Ln تنبيهًا</numerusform>
            <numerusform>%1: %Ln تنبيه</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to show these alerts</source>
        <translation>انقر لعرض هذه التنبيهات</translation>
    </message>
</context>
<context>
    <name>nova::ui::SignInDialog</name>
    <message>
        <source>Sign in — Nova Admin</source>
        <translation>تسجيل الدخول — Nova Admin</translation>
    </message>
    <message>
        <source>Two-step verification</source>
        <translation>المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Sign in to Nova Admin</source>
        <translation>تسجيل الدخول إلى Nova Admin</translation>
    </message>
    <message>
        <source>Your password was right. One more step to prove it is you.</source>
        <translation>كلمة المرور صحيحة. بقيت خطوة واحدة لإثبات هويتك.</translation>
    </message>
    <message>
        <source>Security administration for Nova CRM.</source>
        <translation>إدارة الأمان في Nova CRM.</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;تحقق</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;تسجيل الدخول</translation>
    </message>
    <message>
        <source>Check the code and sign in (Enter)</source>
        <translation>التحقق من الرمز وتسجيل الدخول (Enter)</translation>
    </message>
    <message>
        <source>Check the user name and password (Enter)</source>
        <translation>التحقق من اسم المستخدم وكلمة المرور (Enter)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>Start again with the user name and password</source>
        <translation>البدء من جديد باسم المستخدم وكلمة المرور</translation>
    </message>
    <message>
        <source>Close without signing in (Esc)</source>
        <translation>الإغلاق دون تسجيل الدخول (Esc)</translation>
    </message>
</context>
<context>
    <name>nova::ui::SignInForm</name>
    <message>
        <source>That code is not correct. Enter the code your authenticator app shows now; if it keeps failing, check that your phone sets its clock automatically.</source>
        <translation>الرمز غير صحيح. أدخل الرمز الذي يعرضه تطبيق المصادقة الآن؛ وإذا تكرر الخطأ فتأكد من أن هاتفك يضبط ساعته تلقائيًا.</translation>
    </message>
    <message>
        <source>That backup code is not correct or has already been used.</source>
        <translation>الرمز الاحتياطي غير صحيح أو سبق استخدامه.</translation>
    </message>
    <message>
        <source>Signing in did not work: %1</source>
        <translation>تعذّر تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Sending the SMS code…</source>
        <translation>جارٍ إرسال رمز SMS…</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;اسم المستخدم:</translation>
    </message>
    <message>
        <source>e.g. sara.haddad</source>
        <extracomment>An example user name</extracomment>
        <translation>مثل sara.haddad</translation>
    </message>
    <message>
        <source>Your Nova CRM user name.</source>
        <translation>اسم المستخدم الخاص بك في Nova CRM.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>Your Nova CRM password. After too many wrong attempts the account is locked for a while.</source>
        <translation>كلمة المرور الخاصة بك في Nova CRM. بعد محاولات خاطئة كثيرة يُقفل الحساب مدة من الوقت.</translation>
    </message>
</context>
<context>
    <name>nova::ui::TimeSeriesChart</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A time span, e.g. &quot;23/11/2026 10:00 – 11:00&quot;</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A chart&apos;s series and its value, e.g. &quot;Failed: 12&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A chart legend entry: the series&apos; name and its total, e.g. &quot;Failed (1,204)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>nova::ui::TotpEnrollDialog</name>
    <message>
        <source>Sign in first.</source>
        <translation>سجّل الدخول أولًا.</translation>
    </message>
    <message>
        <source>Creating a secret key…</source>
        <translation>جارٍ إنشاء مفتاح سري…</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Backup Codes Not Kept</source>
        <translation>لم يُحتفظ بالرموز الاحتياطية</translation>
    </message>
    <message>
        <source>You have not copied, saved or printed the backup codes. They will not be shown again. Close anyway?</source>
        <translation>لم تنسخ الرموز الاحتياطية ولم تحفظها ولم تطبعها، ولن تُعرض مرة أخرى. هل تريد الإغلاق على أي حال؟</translation>
    </message>
    <message>
        <source>Close Without Keeping</source>
        <translation>الإغلاق دون الاحتفاظ بها</translation>
    </message>
    <message>
        <source>Go Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Two-Factor Sign-In</source>
        <translation>المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Two-factor sign-in is now on for your account.</source>
        <translation>المصادقة الثنائية مفعّلة الآن لحسابك.</translation>
    </message>
    <message>
        <source>Two-factor sign-in is now on for %1.</source>
        <translation>المصادقة الثنائية مفعّلة الآن للمستخدم %1.</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in for your account</source>
        <translation>تفعيل المصادقة الثنائية لحسابك</translation>
    </message>
    <message>
        <source>Turn on two-factor sign-in for %1</source>
        <translation>تفعيل المصادقة الثنائية للمستخدم %1</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;تأكيد</translation>
    </message>
    <message>
        <source>Check the code and turn two-factor sign-in on</source>
        <translation>التحقق من الرمز وتفعيل المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Close without turning two-factor sign-in on</source>
        <translation>الإغلاق دون تفعيل المصادقة الثنائية</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تم</translation>
    </message>
    <message>
        <source>Close this window; the backup codes are not shown again</source>
        <translation>إغلاق هذه النافذة؛ لن تُعرض الرموز الاحتياطية مرة أخرى</translation>
    </message>
</context>
<context>
    <name>nova::ui::TotpEnrollPanel</name>
    <message>
        <source>Copied</source>
        <translation>نُسخ</translation>
    </message>
    <message>
        <source>Scan this QR code with an authenticator app (for example FreeOTP, Aegis or Google Authenticator), or type the secret key into it.</source>
        <translation>امسح رمز QR هذا بتطبيق مصادقة (مثل FreeOTP أو Aegis أو Google Authenticator)، أو اكتب المفتاح السري فيه.</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>الجهة المُصدِرة:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>الحساب:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>المفتاح السري:</translation>
    </message>
    <message>
        <source>Copy &amp;Key</source>
        <translation>نسخ &amp;المفتاح</translation>
    </message>
    <message>
        <source>Copy the secret key to the clipboard, for an app on this computer</source>
        <translation>نسخ المفتاح السري إلى الحافظة لاستخدامه في تطبيق على هذا الحاسوب</translation>
    </message>
    <message>
        <source>The QR code and the secret key are hidden because the window lost focus or was left open for a while.</source>
        <translation>أُخفي رمز QR والمفتاح السري لأن النافذة فقدت التركيز أو بقيت مفتوحة مدة من الوقت.</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;إظهار</translation>
    </message>
    <message>
        <source>Show the QR code and the secret key again</source>
        <translation>إظهار رمز QR والمفتاح السري مرة أخرى</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Code shown by the app (%Ln digits):</source>
        <translation>
            <numerusform>&amp;الرمز الذي يعرضه التطبيق (%Ln رقم):</numerusform>
            <numerusform>&amp;الرمز الذي يعرضه التطبيق (رقم واحد):</numerusform>
            <numerusform>&amp;الرمز الذي يعرضه التطبيق (رقمان):</numerusform>
            <numerusform>&amp;الرمز الذي يعرضه التطبيق (%Ln أرقام):</numerusform>
            <numerusform>&amp;الرمز الذي يعرضه التطبيق (%Ln رقمًا):</numerusform>
            <numerusform>&amp;الرمز الذي يعرضه التطبيق (%Ln رقم):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %Ln-digit code the authenticator app shows now</source>
        <translation>
            <numerusform>الرمز المكوّن من %Ln رقم الذي يعرضه تطبيق المصادقة الآن</numerusform>
            <numerusform>الرمز المكوّن من رقم واحد الذي يعرضه تطبيق المصادقة الآن</numerusform>
            <numerusform>الرمز المكوّن من رقمين الذي يعرضه تطبيق المصادقة الآن</numerusform>
            <numerusform>الرمز المكوّن من %Ln أرقام الذي يعرضه تطبيق المصادقة الآن</numerusform>
            <numerusform>الرمز المكوّن من %Ln رقمًا الذي يعرضه تطبيق المصادقة الآن</numerusform>
            <numerusform>الرمز المكوّن من %Ln رقم الذي يعرضه تطبيق المصادقة الآن</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::TwoFactorPanel</name>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>الاسم المعروض</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Users without two-factor authentication</source>
        <translation>المستخدمون بلا مصادقة ثنائية</translation>
    </message>
    <message>
        <source>Open %1 on the Users page to set up two-factor authentication</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>افتح %1 في صفحة المستخدمين لإعداد المصادقة الثنائية</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Without two-factor authentication: %Ln users (first %1 shown)</source>
        <extracomment>%1 of them are listed</extracomment>
        <translation>
            <numerusform>&amp;بلا مصادقة ثنائية: %Ln مستخدم (يُعرض أول %1)</numerusform>
            <numerusform>&amp;بلا مصادقة ثنائية: مستخدم واحد (يُعرض أول %1)</numerusform>
            <numerusform>&amp;بلا مصادقة ثنائية: مستخدمان (يُعرض أول %1)</numerusform>
            <numerusform>&amp;بلا مصادقة ثنائية: %Ln مستخدمين (يُعرض أول %1)</numerusform>
            <numerusform>&amp;بلا مصادقة ثنائية: %Ln مستخدمًا (يُعرض أول %1)</numerusform>
            <numerusform>&amp;بلا مصادقة ثنائية: %Ln مستخدم (يُعرض أول %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Without two-factor authentication: %Ln users</source>
        <translation>
            <numerusform>&amp;بلا مصادقة ثنائية: %Ln مستخدم</numerusform>
            <numerusform>&amp;بلا مصادقة ثنائية: مستخدم واحد</numerusform>
            <numerusform>&amp;بلا مصادقة ثنائية: مستخدمان</numerusform>
            <numerusform>&amp;بلا مصادقة ثنائية: %Ln مستخدمين</numerusform>
            <numerusform>&amp;بلا مصادقة ثنائية: %Ln مستخدمًا</numerusform>
            <numerusform>&amp;بلا مصادقة ثنائية: %Ln مستخدم</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-factor adoption</source>
        <translation>اعتماد المصادقة الثنائية</translation>
    </message>
</context>
<context>
    <name>nova::ui::UiSession</name>
    <message>
        <source>Sign in first.</source>
        <translation>سجّل الدخول أولًا.</translation>
    </message>
</context>
<context>
    <name>nova::ui::UserActions</name>
    <message>
        <source>%1 (%2)</source>
        <comment>tooltip (shortcut)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;New User…</source>
        <translation>مستخدم &amp;جديد…</translation>
    </message>
    <message>
        <source>Create a user account</source>
        <translation>إنشاء حساب مستخدم</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تعديل…</translation>
    </message>
    <message>
        <source>Edit the selected user&apos;s name, e-mail, phone and role</source>
        <translation>تعديل اسم المستخدم المحدد وبريده الإلكتروني وهاتفه ودوره</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <source>Disable the selected account: it can no longer sign in</source>
        <translation>تعطيل الحساب المحدد فلا يستطيع تسجيل الدخول بعد ذلك</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>&amp;تفعيل</translation>
    </message>
    <message>
        <source>Enable the selected account again</source>
        <translation>إعادة تفعيل الحساب المحدد</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>إلغاء &amp;القفل</translation>
    </message>
    <message>
        <source>Release the lock after failed sign-ins before it expires</source>
        <translation>إلغاء قفل الحساب الناتج عن محاولات دخول فاشلة قبل انتهاء مدته</translation>
    </message>
    <message>
        <source>Reset &amp;Password…</source>
        <translation>إعادة تعيين &amp;كلمة المرور…</translation>
    </message>
    <message>
        <source>Choose a new password for the selected user</source>
        <translation>اختيار كلمة مرور جديدة للمستخدم المحدد</translation>
    </message>
    <message>
        <source>Set Up &amp;Two-Factor…</source>
        <translation>إعداد المصادقة &amp;الثنائية…</translation>
    </message>
    <message>
        <source>Enroll an authenticator app for the selected user</source>
        <translation>تفعيل المصادقة الثنائية بتطبيق مصادقة للمستخدم المحدد</translation>
    </message>
    <message>
        <source>Reset T&amp;wo-Factor…</source>
        <translation>إعادة &amp;ضبط المصادقة الثنائية…</translation>
    </message>
    <message>
        <source>Remove the selected user&apos;s authenticator and backup codes</source>
        <translation>إزالة تطبيق المصادقة والرموز الاحتياطية للمستخدم المحدد</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete the selected account permanently</source>
        <translation>حذف الحساب المحدد نهائيًا</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;تحديث</translation>
    </message>
    <message>
        <source>Load the user list again</source>
        <translation>إعادة تحميل قائمة المستخدمين</translation>
    </message>
    <message>
        <source>E&amp;xport Personal Data…</source>
        <translation>&amp;تصدير البيانات الشخصية…</translation>
    </message>
    <message>
        <source>Export everything Nova Admin stores about the selected user (a data-protection request)</source>
        <translation>تصدير كل ما يخزّنه Nova Admin عن المستخدم المحدد (طلب لحماية البيانات)</translation>
    </message>
    <message>
        <source>Era&amp;se Personal Data…</source>
        <translation>&amp;محو البيانات الشخصية…</translation>
    </message>
    <message>
        <source>On a data-protection request: delete the account and pseudonymise its records</source>
        <translation>عند طلب حماية بيانات: احذف الحساب وأخفِ الهوية في سجلاته</translation>
    </message>
    <message>
        <source>T&amp;wo-Factor</source>
        <translation>&amp;المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Set up or reset the selected user&apos;s authenticator app</source>
        <translation>إعداد تطبيق المصادقة للمستخدم المحدد أو إعادة ضبطه</translation>
    </message>
    <message>
        <source>Personal Dat&amp;a</source>
        <translation>البيانات &amp;الشخصية</translation>
    </message>
    <message>
        <source>Data-protection requests for the selected user: export or erase everything stored about them</source>
        <translation>طلبات حماية البيانات للمستخدم المحدد: تصدير كل ما هو مخزّن عنه أو محوه</translation>
    </message>
</context>
<context>
    <name>nova::ui::UserEditDialog</name>
    <message>
        <source>&amp;Username:</source>
        <translation>اسم &amp;المستخدم:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;الاسم المعروض:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;البريد الإلكتروني:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;الهاتف:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <source>New User</source>
        <translation>مستخدم جديد</translation>
    </message>
    <message>
        <source>The user signs in with this username and password, then sets up two-factor authentication.</source>
        <translation>يسجّل المستخدم الدخول باسم المستخدم وكلمة المرور هذين، ثم يُعدّ المصادقة الثنائية.</translation>
    </message>
    <message>
        <source>&amp;Create User</source>
        <translation>&amp;إنشاء المستخدم</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>تعديل المستخدم %1</translation>
    </message>
    <message>
        <source>Changes to %1 are recorded in the security log.</source>
        <translation>تُسجَّل التغييرات على %1 في سجل الأمان.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;حفظ</translation>
    </message>
    <message>
        <source>e.g. omar.kassem</source>
        <extracomment>An example user name</extracomment>
        <translation>مثل omar.kassem</translation>
    </message>
    <message>
        <source>%1 to %2 letters (Arabic included), digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;; cannot be changed later</source>
        <extracomment>%1 and %2 are the shortest and longest length</extracomment>
        <translation>من %1 إلى %2 من الحروف (والعربية منها) أو الأرقام أو &apos;.&apos; أو &apos;_&apos; أو &apos;-&apos;؛ ولا يمكن تغييره لاحقًا</translation>
    </message>
    <message>
        <source>Optional, e.g. Omar Kassem</source>
        <translation>اختياري، مثل عمر قاسم</translation>
    </message>
    <message>
        <source>Optional, e.g. omar@example.com</source>
        <translation>اختياري، مثل omar@example.com</translation>
    </message>
    <message>
        <source>Optional, e.g. +966 50 123 4567</source>
        <translation>اختياري، مثل +966 50 123 4567</translation>
    </message>
    <message>
        <source>Used for SMS sign-in codes</source>
        <translation>يُستخدم لرموز تسجيل الدخول عبر SMS</translation>
    </message>
    <message>
        <source>What the user may do; roles are edited on the Roles page</source>
        <translation>ما يُسمح للمستخدم بفعله؛ تُعدَّل الأدوار في صفحة الأدوار</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Loading roles…</source>
        <translation>جارٍ تحميل الأدوار…</translation>
    </message>
    <message>
        <source>The roles could not be loaded: %1</source>
        <translation>تعذّر تحميل الأدوار: %1</translation>
    </message>
</context>
<context>
    <name>nova::ui::UserGrantsModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 is a permission such as &quot;Finance: read&quot;, %2 its stored form (finance:read)</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <extracomment>In the Expires column: the grant lasts until it is revoked</extracomment>
        <translation>لا تنتهي</translation>
    </message>
    <message>
        <source>Expired</source>
        <extracomment>State of a personal grant</extracomment>
        <translation>منتهية</translation>
    </message>
    <message>
        <source>Active</source>
        <extracomment>State of a personal grant</extracomment>
        <translation>سارية</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>الميزة</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>تاريخ المنح</translation>
    </message>
</context>
<context>
    <name>nova::ui::UserGrantsPanel</name>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;المستخدم:</translation>
    </message>
    <message>
        <source>Whose personal grants to show</source>
        <translation>المستخدم الذي تُعرض صلاحياته الشخصية</translation>
    </message>
    <message>
        <source>&amp;Add grant…</source>
        <translation>&amp;منح صلاحية…</translation>
    </message>
    <message>
        <source>Give this user a permission on top of their role, optionally until a date (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>منح هذا المستخدم صلاحية إضافةً إلى صلاحيات دوره، حتى تاريخ محدد إن شئت (%1)</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;سحب</translation>
    </message>
    <message>
        <source>Take the selected grant away from this user (%1)</source>
        <extracomment>%1 is the keyboard shortcut</extracomment>
        <translation>سحب الصلاحية المحددة من هذا المستخدم (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>An entry of the user list: %1 is the user name, %2 their role</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The users could not be listed.</source>
        <translation>تعذّر عرض قائمة المستخدمين.</translation>
    </message>
    <message>
        <source>The personal grants could not be loaded.</source>
        <translation>تعذّر تحميل الصلاحيات الشخصية.</translation>
    </message>
    <message>
        <source>The grant for %1 was not added.</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>لم تُمنح الصلاحية للمستخدم %1.</translation>
    </message>
    <message>
        <source>Revoke grant</source>
        <translation>سحب الصلاحية</translation>
    </message>
    <message>
        <source>Revoke “%1” from %2?</source>
        <extracomment>%1 is a permission such as &quot;Finance: read&quot;, %2 a user name</extracomment>
        <translation>هل تريد سحب «%1» من %2؟</translation>
    </message>
    <message>
        <source>The user keeps what their role allows.</source>
        <translation>يحتفظ المستخدم بما يتيحه له دوره.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>سحب</translation>
    </message>
    <message>
        <source>The grant was not revoked from %1.</source>
        <extracomment>%1 is a user name</extracomment>
        <translation>لم تُسحب الصلاحية من %1.</translation>
    </message>
    <message>
        <source>Personal grants</source>
        <translation>الصلاحيات الشخصية</translation>
    </message>
    <message>
        <source>Choosing a user needs the permission to read user accounts.</source>
        <translation>يتطلب اختيار مستخدم صلاحية قراءة حسابات المستخدمين.</translation>
    </message>
    <message>
        <source>This user has no personal grants: they can do what their role allows.</source>
        <translation>ليس لهذا المستخدم صلاحيات شخصية: يمكنه فعل ما يتيحه دوره.</translation>
    </message>
    <message>
        <source>Personal grants apply on top of the user&apos;s role. Expired grants are greyed and count for nothing.</source>
        <translation>تُطبَّق الصلاحيات الشخصية إضافةً إلى دور المستخدم. تظهر الصلاحيات المنتهية باللون الرمادي ولا يُعتدّ بها.</translation>
    </message>
</context>
<context>
    <name>nova::ui::UserTableModel</name>
    <message numerus="yes">
        <source>Locked after %Ln failed sign-in(s) until %1</source>
        <extracomment>%1 is a date and time</extracomment>
        <translation>
            <numerusform>مقفل حتى %1 بعد %Ln محاولة دخول فاشلة</numerusform>
            <numerusform>مقفل حتى %1 بعد محاولة دخول فاشلة واحدة</numerusform>
            <numerusform>مقفل حتى %1 بعد محاولتَي دخول فاشلتين</numerusform>
            <numerusform>مقفل حتى %1 بعد %Ln محاولات دخول فاشلة</numerusform>
            <numerusform>مقفل حتى %1 بعد %Ln محاولة دخول فاشلة</numerusform>
            <numerusform>مقفل حتى %1 بعد %Ln محاولة دخول فاشلة</numerusform>
        </translation>
    </message>
    <message>
        <source>Two-factor authentication is on</source>
        <translation>المصادقة الثنائية مفعّلة</translation>
    </message>
    <message>
        <source>Two-factor authentication is off</source>
        <translation>المصادقة الثنائية غير مفعّلة</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>username (display name)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>On</source>
        <comment>two-factor</comment>
        <translation>مفعّلة</translation>
    </message>
    <message>
        <source>Off</source>
        <comment>two-factor</comment>
        <translation>غير مفعّلة</translation>
    </message>
    <message>
        <source>Never</source>
        <comment>last sign-in</comment>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>2FA</source>
        <extracomment>Column header: two-factor authentication, kept short</extracomment>
        <translation>المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>آخر تسجيل دخول</translation>
    </message>
</context>
<context>
    <name>nova::ui::UsersPage</name>
    <message>
        <source>Users</source>
        <translation>المستخدمون</translation>
    </message>
    <message>
        <source>Search name, display name or e-mail (%1)</source>
        <extracomment>%1 is the keyboard shortcut, e.g. Ctrl+F</extracomment>
        <translation>ابحث بالاسم أو الاسم المعروض أو البريد الإلكتروني (%1)</translation>
    </message>
    <message>
        <source>Shows the users whose username, display name or e-mail contains the text</source>
        <translation>يعرض المستخدمين الذين يحتوي اسم المستخدم أو الاسم المعروض أو البريد الإلكتروني لديهم على هذا النص</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;الدور:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;الحالة:</translation>
    </message>
    <message>
        <source>Show only users with this role</source>
        <translation>عرض المستخدمين ذوي هذا الدور فقط</translation>
    </message>
    <message>
        <source>Show only users with this status</source>
        <translation>عرض المستخدمين ذوي هذه الحالة فقط</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>جارٍ العمل…</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>جميع الأدوار</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>جميع الحالات</translation>
    </message>
    <message numerus="yes">
        <source>%Ln user(s)</source>
        <translation>
            <numerusform>لا مستخدمين</numerusform>
            <numerusform>مستخدم واحد</numerusform>
            <numerusform>مستخدمان</numerusform>
            <numerusform>%Ln مستخدمين</numerusform>
            <numerusform>%Ln مستخدمًا</numerusform>
            <numerusform>%Ln مستخدم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln user(s)</source>
        <extracomment>%1 is how many of the %Ln users the filters show</extracomment>
        <translation>
            <numerusform>%1 من أصل %Ln مستخدم</numerusform>
            <numerusform>%1 من أصل مستخدم واحد</numerusform>
            <numerusform>%1 من أصل مستخدمَين</numerusform>
            <numerusform>%1 من أصل %Ln مستخدمين</numerusform>
            <numerusform>%1 من أصل %Ln مستخدمًا</numerusform>
            <numerusform>%1 من أصل %Ln مستخدم</numerusform>
        </translation>
    </message>
    <message>
        <source>The user list could not be loaded: %1</source>
        <translation>تعذّر تحميل قائمة المستخدمين: %1</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>تعطيل المستخدم</translation>
    </message>
    <message>
        <source>Disable the account %1? They can no longer sign in until it is enabled again.</source>
        <translation>هل تريد تعطيل الحساب %1؟ لن يتمكن صاحبه من تسجيل الدخول حتى يُعاد تفعيله.</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;تعطيل</translation>
    </message>
    <message>
        <source>Reset Two-Factor Authentication</source>
        <translation>إعادة ضبط المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Remove the authenticator and backup codes of %1? They sign in with their password alone until they set up two-factor authentication again.</source>
        <translation>هل تريد إزالة تطبيق المصادقة والرموز الاحتياطية للمستخدم %1؟ سيسجّل الدخول بكلمة المرور وحدها إلى أن يُعدّ المصادقة الثنائية من جديد.</translation>
    </message>
    <message>
        <source>&amp;Reset Two-Factor</source>
        <translation>إعادة &amp;ضبط المصادقة الثنائية</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>حذف المستخدم</translation>
    </message>
    <message>
        <source>Delete the account %1 permanently? This cannot be undone; their security-log entries are kept.</source>
        <translation>هل تريد حذف الحساب %1 نهائيًا؟ لا يمكن التراجع عن ذلك، وتبقى إدخالاته في سجل الأمان محفوظة.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <source>The change was not made</source>
        <translation>لم يُنفَّذ التغيير</translation>
    </message>
    <message>
        <source>Personal Data Erased</source>
        <translation>مُحيت البيانات الشخصية</translation>
    </message>
    <message numerus="yes">
        <source>%1 was erased. %Ln security-log entries now name them %2.</source>
        <translation>
            <numerusform>مُحي %1. لا قيود في سجل الأمان تسمّيه، واسمه المستعار %2.</numerusform>
            <numerusform>مُحي %1. قيد واحد في سجل الأمان يسمّيه الآن %2.</numerusform>
            <numerusform>مُحي %1. قيدان في سجل الأمان يسمّيانه الآن %2.</numerusform>
            <numerusform>مُحي %1. %Ln قيود في سجل الأمان تسمّيه الآن %2.</numerusform>
            <numerusform>مُحي %1. %Ln قيدًا في سجل الأمان تسمّيه الآن %2.</numerusform>
            <numerusform>مُحي %1. %Ln قيد في سجل الأمان تسمّيه الآن %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nova::ui::WelcomePage</name>
    <message>
        <source>Welcome to Nova Admin</source>
        <translation>مرحبًا بك في Nova Admin</translation>
    </message>
    <message>
        <source>This database has no users yet. Setup creates the first administrator.</source>
        <translation>لا يوجد مستخدمون في قاعدة البيانات هذه بعد. سيُنشئ الإعداد أول مسؤول.</translation>
    </message>
    <message>
        <source>&lt;p&gt;In three short steps you will:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;create the administrator account, with a strong password;&lt;/li&gt;&lt;li&gt;turn on two-factor sign-in for it with an authenticator app on your phone (have it at hand);&lt;/li&gt;&lt;li&gt;keep the backup codes that let you in if the phone is lost.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;Every step is written to the security log.&lt;/p&gt;</source>
        <translation>&lt;p&gt;في ثلاث خطوات قصيرة ستقوم بما يلي:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;إنشاء حساب المسؤول بكلمة مرور قوية؛&lt;/li&gt;&lt;li&gt;تفعيل المصادقة الثنائية له بتطبيق مصادقة على هاتفك (اجعله في متناول يدك)؛&lt;/li&gt;&lt;li&gt;الاحتفاظ بالرموز الاحتياطية التي تتيح لك الدخول إذا فُقد الهاتف.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;تُسجَّل كل خطوة في سجل الأمان.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
</context>
</TS>
