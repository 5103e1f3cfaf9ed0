# الرسائل الموجهة إلى الجهات المستهدفة وأرشيف الإشعارات (pages/notices.rs). تبدأ كل المفاتيح بـ msg-.
msg-title = الإشعارات
msg-intro = الرسائل التي وُجّهت إليك بوصفك من جهة مستهدفة: جهات الاتصال، ولجنة التنسيق، والمشاركون في اجتماع، ومنسقو فريق عامل. وتبقى هنا سواء وصلك البريد الإلكتروني أم لم يصل.
msg-intro-isu = كل الرسائل الموجهة إلى جهات مستهدفة في هذه الاتفاقية، مع حالة تسليم كل منها.
msg-none = لا توجد رسائل بعد.
msg-new = كتابة رسالة
msg-new-intro = تكتب بصفتك { $value }. تُحدَّد الجهة المستهدفة في التاريخ الذي تذكره، كما تعرضها صفحات اللجنة والمناصب في ذلك اليوم؛ ويتلقى كل مستلم الصيغة بلغته المفضلة إن كتبتها، وإلا فالصيغة الأصلية.
msg-problems = لم تُرسَل الرسالة
msg-audience = الجهة المستهدفة
msg-audience-hint = للمشاركين في اجتماع اختر الاجتماع؛ ولمنسقي فريق عامل اختر الفريق.
msg-audience-focal-points = جهات الاتصال في جميع الدول الأطراف
msg-audience-committee = لجنة التنسيق
msg-audience-meeting-participants = المشاركون في اجتماع
msg-audience-working-group = منسقو فريق عامل
msg-audience-overdue-reports = الدول التي تأخر تقديم أحد تقاريرها
msg-meeting = الاجتماع
msg-group = الفريق العامل
msg-on = الجهة المستهدفة في تاريخ
msg-original = اللغة الأصلية
msg-original-hint = اللغة التي كتبت بها أولاً؛ الموضوع والنص بها مطلوبان. املأ اللغات الأخرى المتاحة لديك.
msg-text = النص
msg-send = إرسال
msg-col-sent = تاريخ الإرسال
msg-col-subject = الموضوع
msg-col-audience = الجهة المستهدفة
msg-col-author = المُرسِل
msg-col-recipients = عدد المستلمين
msg-capacity-isu = وحدة دعم التنفيذ
msg-capacity-president = الرئيس
msg-resolved-on = في { $value }
msg-languages = اللغات المكتوب بها
msg-other-language = لم تُكتب هذه الرسالة بلغتك؛ وهي معروضة بلغتها الأصلية.
msg-sent = { $count ->
    [zero] لم تُرسَل إلى أي مستلم.
    [one] أُرسلت إلى مستلم واحد.
    [two] أُرسلت إلى مستلمَين.
    [few] أُرسلت إلى { $count } مستلمين.
    [many] أُرسلت إلى { $count } مستلمًا.
   *[other] أُرسلت إلى { $count } مستلم.
}
msg-retried = رسائل البريد المتعثرة التي أُعيدت إلى قائمة الانتظار: { $value }.
msg-deliveries = حالات التسليم
msg-col-recipient = المستلم
msg-col-actor = نيابةً عن
msg-col-address = العنوان
msg-col-lang = اللغة
msg-col-status = الحالة
msg-col-attempts = المحاولات
msg-col-error = آخر خطأ
msg-delivery-in-product-only = في التطبيق فقط (لا عنوان)
msg-delivery-queued = في قائمة الانتظار
msg-delivery-sent = أُرسلت
msg-delivery-retried = أُرسلت بعد إعادة المحاولة
msg-delivery-failed = تعثّر الإرسال؛ ستُعاد المحاولة
msg-retry = إعادة محاولة إرسال الرسائل المتعثرة الآن
msg-contact = بيانات الاتصال للرسائل
msg-contact-intro = تُرسَل الرسائل الموجهة إلى جهاتك المستهدفة إلى هذا العنوان، وبهذه اللغة إن كتبها المُرسِل.
msg-contact-email = عنوان البريد الإلكتروني
msg-contact-lang = اللغة المفضلة
msg-contact-none = بلا تفضيل
msg-contact-save = حفظ بيانات الاتصال
msg-contact-saved = حُفظت بيانات الاتصال.
