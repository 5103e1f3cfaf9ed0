# عالمية الاتفاقية (pages/universalization.rs, P4.4(e)). تبدأ كل المفاتيح بـ univ-.
univ-title = عالمية الاتفاقية
univ-intro = الدول التي لم تنضم بعد إلى الاتفاقية، والعمل الذي جرى معها وما قالته بشأن انضمامها، وعدد الدول الأطراف سنةً بعد سنة.
univ-map-link = خريطة الدول الأطراف
univ-states-parties = الدول الأطراف
univ-in-force = نافذة بالنسبة إلى الدولة
univ-not-party = الدول غير الأطراف
univ-partial = قائمة المشاركة جزئية: «لا سجل» تعني أن القائمة لا تتضمن الدولة، لا أنها لم توقّع.
univ-chart-heading = الدول الأطراف في كل سنة
univ-chart-title = الدول الأطراف في نهاية كل سنة، حتى { $value }
univ-chart-desc = عمود لكل سنة: ارتفاعه عدد الدول التي أودعت صك تصديق أو انضمام، والجزء الداكن منه الدول التي كانت الاتفاقية نافذة بالنسبة إليها في ذلك اليوم. ويعرض الجدول أدناه الأرقام نفسها.
univ-col-year = السنة
univ-col-on = تاريخ العدّ
univ-col-parties = صك مودَع
univ-entries = أنشطة التواصل وإعلانات النية
univ-entries-none = لا يوجد في السجل أي نشاط تواصل أو إعلان نية.
univ-col-date = التاريخ
univ-col-kind = النوع
univ-col-who = مَن
univ-col-what = ماذا
univ-col-group = الفريق العامل
univ-col-access = مَن يحق له الاطلاع
univ-col-recorded = سجّله
univ-col-revision = الصيغة
univ-col-entries = القيود
univ-col-last = آخر قيد
univ-kind-outreach = نشاط تواصل
univ-kind-intent = إعلان نية
univ-status-signatory = دولة موقِّعة
univ-status-not-signatory = دولة غير موقِّعة
univ-status-withdrawn = منسحبة
univ-status-no-record = لا سجل
univ-status-state-party = دولة طرف
univ-state-title = عالمية الاتفاقية: { $value }
univ-saved = تم الحفظ.
univ-problems = لم يُسجَّل شيء:
univ-earlier = { $count ->
    [zero] لا توجد صيغ سابقة
    [one] صيغة سابقة واحدة
    [two] صيغتان سابقتان
    [few] { $count } صيغ سابقة
   *[other] { $count } صيغة سابقة
}
univ-correct = تصحيح هذا القيد
univ-reason = سبب التصحيح
univ-correct-save = حفظ التصحيح
univ-add = تسجيل نشاط تواصل أو إعلان نية
univ-save = تسجيل
# P4.4(e): a writer may not mark an entry for readers they are not among.
univ-refuse-level = لا يمكنك قصر الاطلاع على مدخل على { $value }: اختر مستوى يمكنك أنت الاطلاع عليه.
