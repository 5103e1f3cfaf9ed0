nav-architecture = الهيكل
nav-committee = اللجنة
arch-title = الهيكل
arch-version = الصيغة
arch-effective = سارية منذ
arch-adopted-by = اعتمدها
arch-versions = صيغ الهيكل
arch-bodies = الهيئات والمقاعد
arch-offices = المناصب
arch-rules = القواعد
arch-committee-rule = تشكيل اللجنة
arch-within = يجتمع ضمن { $value }
arch-staggered = ولايات متعاقبة
arch-no-seats = ليس لهذه الهيئة مقاعد خاصة بها.
arch-seats-caption = مقاعد { $value } وشاغلوها في التاريخ المختار
arch-record-appointments = تسجيل تعيينات { $value }
body-kind-working-group = فريق عامل
body-kind-thematic-area = مجال مواضيعي
body-kind-standing-committee = لجنة دائمة
body-kind-group-of-experts = فريق خبراء
rule-affected = يكون أحد منسقي كل فريق، حيثما أمكن، من دولة طرف متضررة (P2.5).
rule-cooling-off = باستثناء حالات الضرورة، لا تقدم الدولة التي قدمت منسقاً منسقاً آخر للولاية التالية مباشرة (P2.6).
cycles = { $count ->
    [zero] { $count } دورة
    [one] دورة واحدة
    [two] دورتان
    [few] { $count } دورات
    [many] { $count } دورة
   *[other] { $count } دورة
}
renewable = قابلة للتجديد
first-round = الجولة الأولى
expected = متوقع
vacant = شاغر
not-on-record = غير مسجل.
none-cited = لم يُذكر أي قرار
col-seat = المقعد
col-term = الولاية
col-holder = الشاغل
col-since = من
col-office = المنصب
col-post = المقعد أو المنصب
col-selected-at = اختير في
col-decision = القرار
seat-history = ولايات هذا المقعد
handover-heading = مذكرات التسليم (P2.7)
handover-restricted = مذكرات التسليم مخصصة للرئيس والمنسقين ووحدة دعم التنفيذ.
handover-none = لا توجد مذكرة تسليم بعد.
handover-earlier = الصيغ السابقة
handover-by = كتبها
handover-write = مذكرة التسليم للشاغل التالي
handover-help = الأعمال الجارية وجهات الاتصال والوثائق التي يحتاجها المنسق التالي.
handover-save = حفظ المذكرة
handover-saved = حُفظت مذكرة التسليم.
committee-title = لجنة التنسيق
committee-derived = تُستمد العضوية من المناصب السارية في التاريخ المختار ({ $value })، ولا تُكتب يدوياً أبداً.
committee-caption = الأعضاء في { $value }
committee-unfilled = غير مشغول في هذا التاريخ
col-member = العضو
col-capacity = الصفة
col-detail = المقعد أو المنصب
capacity-chair = الرئيس
capacity-office = شاغل منصب
capacity-outgoing = الشاغل المنتهية ولايته
capacity-coordinator = منسق
capacity-organization = منظمة
observer = مراقب
findings-title = نتائج القواعد
findings-as-of = تقييم الشواغر حتى
findings-errors = { $count ->
    [zero] لا أخطاء قائمة
    [one] خطأ واحد قائم
    [two] خطآن قائمان
    [few] { $count } أخطاء قائمة
   *[other] { $count } خطأ قائم
}
findings-warnings = { $count ->
    [zero] لا تحذيرات قائمة
    [one] تحذير واحد قائم
    [two] تحذيران قائمان
    [few] { $count } تحذيرات قائمة
   *[other] { $count } تحذير قائم
}
findings-info = { $count ->
    [zero] لا ملاحظات للعلم
    [one] ملاحظة واحدة للعلم
    [two] ملاحظتان للعلم
    [few] { $count } ملاحظات للعلم
    [many] { $count } ملاحظةً للعلم
   *[other] { $count } ملاحظة للعلم
}
col-severity = الدرجة
col-clause = البند
col-finding = النتيجة
col-override = الاستثناء
severity-error = خطأ
severity-warning = تحذير
severity-info = للعلم
overridden = تم تجاوزه
timeline-title = الولايات عبر الزمن
timeline-figure = صف لكل مقعد أو منصب وشريط لكل ولاية؛ تنتهي الأشرطة المتقطعة في تاريخ متوقع، والخط الأحمر المتقطع هو اليوم.
timeline-table-link = الوقائع نفسها في جدول.
timeline-caption = كل الولايات حسب تاريخ البدء
state-seats-heading = المقاعد والمناصب التي شغلتها
state-seats-none = لا يوجد مقعد أو منصب مسجل.

# Issue 19 item 2: a preset name shown in English because the preset lacks the reader's language (ISU staff see this).
term-fallback = { $value } (بالإنكليزية: لا يتضمن الإعداد المسبق اسماً بالعربية)
committee-unfilled-outgoing = { $value } المنتهية ولايته
# The composition rule of the coordinating committee, line by line (P3.2).
committee-rule-chair = { $value } (الرئاسة)
committee-rule-outgoing = { $value } المنتهية ولايته
committee-rule-coordinators = جميع المنسقين الذين يشغلون مناصبهم
committee-rule-organization = ممثل عن { $value }
committee-rule-observer = ممثل عن { $value } (مراقب)
committee-none-on = لم تكن هناك لجنة تنسيق في { $value }.
# One bar of the timeline, as its tooltip says it.
timeline-term = { $holder }: من { $start } إلى { $end }
timeline-term-expected = { $holder }: من { $start } إلى { $end } (متوقع)
timeline-term-open = { $holder }: منذ { $start }
