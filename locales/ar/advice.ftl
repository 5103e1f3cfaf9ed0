# طلبات المشورة من الدول الأطراف إلى وحدة دعم التنفيذ (pages/advice.rs). كل مفتاح يبدأ بـ adv-.
adv-list-title = طلبات المشورة
adv-list-intro = طلبات المشورة التي قدمتها دولتك إلى وحدة دعم التنفيذ، والمراسلات التي اختارت دول أخرى إطلاع جميع الدول الأطراف عليها. الطلب سري: لا يطلع عليه إلا جهات الاتصال في دولتك ووحدة دعم التنفيذ، ما لم تقرر دولتك إتاحته للجميع.
adv-list-intro-isu = جميع طلبات المشورة الواردة من الدول الأطراف: أسند كل طلب إلى أحد موظفي الوحدة، وأجب عنه، ثم أغلقه.
adv-ask = طلب المشورة من وحدة دعم التنفيذ
adv-themes-caption = الطلبات غير المغلقة حسب الموضوع
adv-col-theme = الموضوع
adv-col-open = غير مغلقة
adv-col-waiting = في انتظار الوحدة
adv-col-oldest = الأقدم
adv-days = { $count ->
    [zero] أقل من يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
adv-none = لا يوجد أي طلب مشورة مسجل لك.
adv-requests-caption = طلبات المشورة، من الأحدث إلى الأقدم
adv-col-subject = الموضوع المطروح
adv-col-state = الدولة
adv-col-status = الحالة
adv-col-asked = تاريخ الطلب
adv-col-age = المدة
adv-col-holder = المسؤول عنه
adv-col-readers = من يطلع عليه
adv-shared-badge = متاح للجميع
adv-new-title = طلب المشورة من وحدة دعم التنفيذ
adv-new-intro = يبقى الطلب سريًا بين جهات الاتصال في دولتك ووحدة دعم التنفيذ، ما لم تختر إتاحته لجميع الدول الأطراف.
adv-problems = لم يُسجَّل الطلب:
adv-question = سؤالك
adv-attachments = المرفقات
adv-file-hint = حتى خمسة ملفات: PDF أو مستندات Word ‏(DOCX) أو نص عادي، بحد أقصى 20 ميبيبايت لكل ملف.
adv-share = إتاحة هذه المراسلة لجميع الدول الأطراف
adv-share-hint = يمكن عندئذ لجميع جهات الاتصال وأعضاء لجنة التنسيق من الدول الأطراف الاطلاع عليها. ويمكنك إعادتها سرية.
adv-unshare = إعادة هذه المراسلة سرية
adv-send = إرسال الطلب
adv-saved = تم الحفظ.
adv-readers-shared = جميع الدول الأطراف (أتاحتها الدولة الطالبة)
adv-readers-confidential = جهات الاتصال في الدولة الطالبة ووحدة دعم التنفيذ فقط
adv-thread = المراسلة
adv-corrects = يصحح رسالة سابقة
adv-corrected = صُحِّحت برسالة لاحقة
adv-correct = تصحيح هذه الرسالة
adv-correct-text = النص المصحح
adv-correct-save = حفظ التصحيح
adv-answer = الرد
adv-reply = الرد على الوحدة
adv-message = الرسالة
adv-send-answer = إرسال الرد
adv-send-reply = إرسال رد الدولة
adv-manage = المتابعة
adv-assign = إسناد
adv-close = إغلاق الطلب
adv-theme-national-implementation = تدابير التنفيذ الوطنية
adv-theme-art3-stockpiles = تدمير المخزونات (المادة 3)
adv-theme-art4-clearance = إزالة المخلفات (المادة 4)
adv-theme-art5-victim-assistance = مساعدة الضحايا (المادة 5)
adv-theme-art7-reporting = تقارير الشفافية (المادة 7)
adv-theme-universalization = إضفاء الطابع العالمي
adv-status-open = في انتظار الوحدة
adv-status-answered = تم الرد
adv-status-closed = مغلق
adv-kind-question = سؤال
adv-kind-answer = رد وحدة دعم التنفيذ
adv-kind-reply = رد الدولة
nav-advice = المشورة
