# Documents, the decisions register, follow-up actions and search (issue 5).
nav-documents = الوثائق
nav-search = البحث
doc-title = الوثائق
doc-atom = موجز Atom للوثائق الجديدة
doc-new = تسجيل وثيقة
doc-kind = النوع
doc-all-kinds = كل الأنواع
doc-count =
    { $count ->
        [zero] لا توجد وثائق
        [one] وثيقة واحدة
        [two] وثيقتان
        [few] { $count } وثائق
       *[other] { $count } وثيقة
    }
doc-symbol = الرمز
doc-doc-title = العنوان
doc-issued = تاريخ الإصدار
doc-languages = النسخ اللغوية
doc-language = اللغة
doc-submitter = مقدم من
doc-revises = يعدّل أو يصحّح
doc-revised-by = عُدّل أو صُحّح بموجب
doc-no-versions = لا توجد نسخ لغوية بعد.
doc-add-version = إضافة نسخة لغوية
doc-file = الملف (PDF أو DOCX أو نص)
doc-pick-meeting = الاجتماع
doc-suggest = اقتراح رمز
doc-next-free = الرموز المتاحة التالية:
doc-symbol-hint = كما تكتبه الأمم المتحدة: CCM/MSP/2012/5، CCM/MSP/2011/WP.3/Rev.1، CCM/CONF/2015/PM.1/2.
doc-record = سجّل الوثيقة
doc-kind-agenda = جدول الأعمال
doc-kind-programme = برنامج العمل
doc-kind-working-paper = ورقة عمل
doc-kind-report = تقرير
doc-kind-decision = مقرر
doc-kind-statement = بيان
doc-kind-minutes = محضر
doc-kind-note-verbale = مذكرة شفوية
doc-kind-other = أخرى
doc-lang-ar = العربية
doc-lang-zh = الصينية
doc-lang-en = الإنكليزية
doc-lang-fr = الفرنسية
doc-lang-ru = الروسية
doc-lang-es = الإسبانية
dec-title = سجل المقررات
dec-number = الرقم
dec-text = المقرر
dec-adopts = الوثائق المعتمدة
dec-superseded = استُعيض عنه بـ
act-title = إجراءات المتابعة
act-action = الإجراء
act-owner = المسؤول
act-owner-code = المسؤول (مفتاح المقعد أو رمز الدولة)
act-owner-isu = وحدة دعم التنفيذ
act-owner-coordinator = المنسق
act-owner-state = الدولة
act-due = الموعد
act-overdue = متأخر
act-status-open = مفتوح
act-status-done = منجز
act-status-cancelled = ملغى
act-mark-done = وضع علامة منجز
act-raised-by = مصدره
act-add = إضافة إجراء
act-meeting = الاجتماع الذي نشأ عنه
act-due-before = إجراءات مستحقة قبل هذا الاجتماع
search-title = البحث
search-words = الكلمات المطلوبة
search-button = ابحث
search-results =
    { $count ->
        [zero] لا نتائج
        [one] نتيجة واحدة
        [two] نتيجتان
        [few] { $count } نتائج
       *[other] { $count } نتيجة
    }
search-clear = مسح عوامل التصفية
search-facets = تضييق النتائج
search-prev = السابق
search-next = التالي
mtg-documents = الوثائق حسب بند جدول الأعمال
mtg-decisions = المقررات
mtg-other-documents = خارج بنود جدول الأعمال
map-title = خريطة الدول الأطراف
map-caption = وضع كل دولة في { $value }
map-desc = خريطة العالم: كل دولة ملونة حسب وضعها إزاء الاتفاقية؛ ويعرض الجدول أدناه المعلومات نفسها.
map-source = الحدود: world-countries ‏(ODbL)، مبسطة. تُعرض الحدود للاسترشاد فقط.
map-status-party-in-force = دولة طرف (نافذة)
map-status-ratified-not-in-force = صدّقت، لم يبدأ النفاذ بعد
map-status-signatory = دولة موقعة
map-status-withdrawn = انسحبت
map-status-not-party = ليست طرفًا
map-status-unknown = غير مسجل
map-status-no-record = لا يوجد سجل
nav-map = الخريطة
doc-version-title = العنوان بهذه اللغة
doc-version-title-hint = كما يرد في النسخة. اتركه فارغاً إن لم يكن لها عنوان؛ ويُعرض عندئذ العنوان الأصلي.
doc-title-original = العنوان الأصلي
