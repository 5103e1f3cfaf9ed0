# TreatyDesk: العربية. يجب أن يرد هنا كل مفتاح من مفاتيح locales/en/main.ftl (يتحقق من ذلك اختبار).
skip-to-content = الانتقال إلى المحتوى الرئيسي
nav-main = القائمة الرئيسية
nav-language = اللغة
nav-home = الاتفاقية
nav-states = الدول الأطراف
nav-audit = سجل المراجعة
nav-notices = الإشعارات
signed-in-as = تم تسجيل الدخول باسم
sign-in = تسجيل الدخول
sign-out = تسجيل الخروج
footer = TreatyDesk: دعم تنفيذ اتفاقيات نزع السلاح
error-title = حدث خطأ ما
error-home = العودة إلى الصفحة الرئيسية
index-title = الاتفاقيات
index-intro = الاتفاقيات التي يدير نظام TreatyDesk هذا آليات تنفيذها.
fact-adopted = الاعتماد
fact-opened = فتح باب التوقيع
fact-in-force = بدء النفاذ
fact-depositary = الوديع
fact-codes = رموز ISO
fact-names = أسماء أخرى
participation-heading = المشاركة
as-of = في تاريخ
states-with-record = { $count ->
    [zero] لا توجد أي دولة لها سجل
    [one] دولة واحدة لها سجل
    [two] دولتان لهما سجل
    [few] { $count } دول لها سجل
    [many] { $count } دولة لها سجل
   *[other] { $count } دولة لها سجل
}
states-title = الدول الأطراف والدول الموقعة
counts-label = عدد الدول حسب الوضع
filter-status = الوضع
filter-group = المجموعة الإقليمية في الأمم المتحدة
filter-profile = الملف التعريفي
filter-name = الاسم أو الرمز
filter-all = الكل
filter-apply = عرض
states-count = { $count ->
    [zero] لا توجد أي دولة
    [one] دولة واحدة
    [two] دولتان
    [few] { $count } دول
    [many] { $count } دولة
   *[other] { $count } دولة
}
download-csv = تنزيل بصيغة CSV
states-caption = الدول ووضعها في تاريخ
states-none = لا توجد دولة تستوفي معايير التصفية هذه.
col-state = الدولة
col-group = المجموعة الإقليمية في الأمم المتحدة
col-status = الوضع
col-signed = التوقيع
col-deposited = الصك المودع
col-in-force = بدء النفاذ
col-profile = الملف التعريفي
col-event = الحدث
col-date = التاريخ
col-note = ملاحظة
col-from = من
col-until = إلى
col-holds = قائم في ذلك التاريخ
col-source = المصدر
col-when = التاريخ
col-who = المستخدم
col-action = الإجراء
col-record = السجل
col-why = السبب
status-party-in-force = دولة طرف (الاتفاقية نافذة)
status-ratified-not-in-force = صدّقت، ولم تبدأ الاتفاقية في النفاذ بعد
status-signatory = دولة موقعة
status-withdrawn = انسحبت
status-not-party = ليست طرفاً
status-unknown = غير مسجل
group-african = مجموعة الدول الأفريقية
group-asia-pacific = مجموعة دول آسيا والمحيط الهادئ
group-eastern-european = مجموعة دول أوروبا الشرقية
group-latin-american-and-caribbean = مجموعة دول أمريكا اللاتينية ومنطقة البحر الكاريبي
group-western-european-and-others = مجموعة دول أوروبا الغربية ودول أخرى
group-none = لا تنتمي إلى أي مجموعة إقليمية
profile-affected = متأثرة (مخلفات الذخائر العنقودية)
profile-stockpile-holder = حائزة لمخزونات
profile-victim-assistance = مساعدة الضحايا
deposit-ratification = التصديق
deposit-accession = الانضمام
event-signature = التوقيع
event-ratification = إيداع صك التصديق
event-accession = إيداع صك الانضمام
event-entry-into-force = بدء النفاذ بالنسبة لهذه الدولة
event-computed-art17 = تاريخ محسوب وفقاً للمادة 17
event-withdrawal-notice = تلقي إشعار الانسحاب
event-withdrawal-effective = بدء نفاذ الانسحاب
event-computed-art20 = تاريخ محسوب وفقاً للمادة 20
history-heading = سجل المشاركة
history-caption = تواريخ التوقيع والإيداع وبدء النفاذ والانسحاب
no-record = لم يُسجَّل أي توقيع أو تصديق أو انضمام لهذه الدولة.
profile-heading = الملف التعريفي
profile-caption = الفترات التي يُثبت فيها مصدر عام صحة كل معلومة
profile-none = لم تُسجَّل أي معلومة تعريفية لهذه الدولة.
yes = نعم
no = لا
username = اسم المستخدم
password = كلمة المرور
login-expired = انتهت صلاحية هذا النموذج. يرجى المحاولة مرة أخرى.
login-too-many = عدد محاولات تسجيل الدخول كبير جداً. يرجى الانتظار دقيقة واحدة ثم المحاولة مرة أخرى.
login-missing = يرجى إدخال اسم المستخدم وكلمة المرور.
login-wrong = اسم المستخدم أو كلمة المرور غير صحيحة.
audit-title = سجل المراجعة
audit-caption = التغييرات التي أُدخلت على سجلات هذه الاتفاقية، الأحدث أولاً
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
