# رفض الغرف التي تُبلغ عبر سطر الأوامر (المسألة 19، البند 1): استيراد المقررات والترشيحات،
# والنسخ الاحتياطي والاستعادة، والتعيينات في اجتماع لا يختار المنسقين.

## استيراد المقررات والترشيحات: مشكلة صف واحد
refuse-record-import-meeting-unknown = «{ $value }» ليس اجتماعًا مسجلًا من اجتماعات { $convention }
refuse-record-import-number = الرقم «{ $value }» ليس عددًا صحيحًا
refuse-record-import-decision-twice = يرد المقرر { $number } لـ { $meeting } أكثر من مرة في الملف
refuse-record-import-agenda-item-unknown = ليس في جدول أعمال { $meeting } بند رقمه { $position }
refuse-record-import-agenda-item-form = القيمة «{ $value }» في agenda_item ليست موضعًا في جدول الأعمال
refuse-record-import-document-unknown = الوثيقة { $symbol } غير مسجلة
refuse-record-import-supersedes-unknown = القيمة «{ $value }» في supersedes: لا يوجد مقرر كهذا مسجل (اكتب الاجتماع/الرقم، مثل 2MSP/3)
refuse-record-import-source = اذكر مصدر المقرر
refuse-record-import-meeting-kind = { $meeting } ليس اجتماعًا يعتمد مقررات
refuse-record-import-choice = الاختيار «{ $value }» ليس بالصيغة مقعد:أفضلية (مثل a-1:1)
refuse-record-import-nominated-twice = ترد { $state } مرشحةً لـ { $meeting } أكثر من مرة في الملف
refuse-record-import-standing = لدى { $state } بالفعل ترشيح قائم لـ { $meeting }؛ اسحبه أولًا

## ملفات النسخ الاحتياطي: ترفض الاستعادة كامل الملف التالف أو الغريب
refuse-archive-unreadable = { $path } ليس ملفًا مضغوطًا مقروءًا: { $why }
refuse-archive-names = تتعذر قراءة أسماء الملف المضغوط: { $why }
refuse-archive-entries-differ = تختلف مداخل الملف المضغوط عن بيانه؛ فرُفض بكامله
refuse-archive-database-kind = نوع قاعدة بيانات غير معروف «{ $value }»
refuse-archive-entry-unexpected = مدخل غير متوقع «{ $name }»
refuse-archive-entry-mismatch = «{ $name }» تالف (تختلف بصمته أو حجمه عما في البيان)؛ فرُفض الملف المضغوط بكامله
refuse-archive-entry-changed = تغيّر «{ $name }» أثناء الاستعادة
refuse-archive-no-manifest = ليس للملف المضغوط بيان؛ فرُفض بكامله
refuse-archive-manifest-unreadable = تتعذر قراءة البيان: { $why }
refuse-archive-manifest-damaged = البيان تالف: { $why }
refuse-archive-manifest-format = ليس البيان بيانَ ملف مضغوط من TreatyDesk
refuse-archive-entry-unreadable = تتعذر قراءة «{ $name }»: { $why }
refuse-archive-entry-damaged = «{ $name }» تالف ({ $why })؛ فرُفض الملف المضغوط بكامله

## النسخ الاحتياطي والاستعادة
conflict-backup-exists = { $path } موجود بالفعل؛ اختر اسم ملف جديدًا
conflict-restore-not-empty = قاعدة البيانات المستهدفة ليست فارغة؛ لا تُجرِ الاستعادة إلا في قاعدة بيانات جديدة
refuse-backup-sqlite-unopenable = يبدو { $path } قاعدة بيانات SQLite ولكن يتعذر فتحه: { $why }
refuse-backup-unknown-file = ليس { $path } قاعدة بيانات SQLite ولا نسخة احتياطية JSON من TreatyDesk: { $why }
refuse-backup-json-format = { $path } ملف JSON ولكنه ليس نسخة احتياطية من TreatyDesk (لا يوجد "format": "{ $format }")
refuse-backup-no-tables = ليس في النسخة الاحتياطية "tables"
refuse-backup-table = الجدول { $table } في النسخة الاحتياطية: { $why }

## التعيينات في اجتماع (P2.4): حيث يُختار المنسقون
refuse-appointments-no-architecture = لم تكن أي بنية لـ { $convention } نافذة عند { $meeting }، فلم يختر أي منسقين
refuse-appointments-not-selecting = لا يختار { $meeting } ({ $kind }) المنسقين (P2.4)؛ فهم يُختارون في: { $selecting }
refuse-appointments-selecting-kind = { $kind }
