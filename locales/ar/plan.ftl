plan-title = تخطيط التناوب لـ { $value }
plan-intro = المقاعد التي تشغر في هذا الاجتماع، والترشيحات لها، وأفضل القوائم التي لا تخالف أي قاعدة ملزمة (P2.4، P2.6)، مرتبة حسب الأهداف المرنة: منسق من دولة متضررة في كل فريق (P2.5)، وعدم شغل دولة لمقعدين في آن واحد، والتوازن بين المجموعات الإقليمية للأمم المتحدة، وتفضيلات المرشحين.
plan-horizon = إبقاء الدورات التالية قابلة للشغل وفق P2.6 لمدة
plan-run = خطط
plan-slate = القائمة { $value }
plan-penalty = النقاط المحتسبة عليها: { $value } (الأقل أفضل)
plan-proved = ثبت أنها الأفضل: لا توجد قائمة أخرى تحترم كل القواعد الملزمة بنقاط محتسبة أقل.
plan-why = سبب هذا الترتيب
plan-no-penalty = لا نقاط محتسبة عليها: تحققت كل الأهداف.
plan-no-vacancy = لا يشغر أي مقعد في هذا الاجتماع.
plan-nominees = المرشحون
plan-no-nominees = لا يوجد ترشيح مسجل لهذا الاجتماع.
plan-affected = متضررة
plan-choices = المقاعد المختارة (التفضيل)
plan-continuing = الشاغلون الباقون
col-body = الهيئة
nav-plan = تخطيط التناوب التالي
plan-not-proved = لم يثبت أنها الأفضل: توقف البحث بعد ثانيتين. قد تكون النقاط المحتسبة على أفضل قائمة أقل من نقاط القائمة 1 بما يصل إلى { $value }.
plan-necessity = يتطلب تسجيل الضرورة (P2.6، الولاية التالية مباشرة): { $value }

## أسباب المخطِّط وملاحظاته ورفضه (issue 19).
plan-item-seat = { $seat }
plan-item-state-for-seat = { $state } لمقعد { $seat }
plan-item-seat-at-cycle = { $seat } في الدورة +{ $cycle }
plan-item-choice = { $state } (الخيار { $choice } لمقعد { $seat })
plan-item-state-seats = { $state } ({ $count } مقاعد)
plan-item-group-seats = { $group ->
    [african] مجموعة الدول الأفريقية
    [asia-pacific] مجموعة دول آسيا والمحيط الهادئ
    [eastern-european] مجموعة دول أوروبا الشرقية
    [latin-american-and-caribbean] مجموعة دول أمريكا اللاتينية والبحر الكاريبي
    [western-european-and-others] مجموعة دول أوروبا الغربية ودول أخرى
   *[other] { $group }
}: { $count }
plan-reason-vacant = P2.3: يبقى { $seats } شاغراً (لم يُعيَّن أي مرشح مؤهل).
plan-reason-necessity = P2.6: لم تُرشَّح إلا دول تنتهي ولاية منسقها في هذا الاجتماع، ولذلك سيتولى { $items } الولاية التالية مباشرة؛ وهذا يتطلب ضرورة مسجلة.
plan-reason-no-affected = P2.5: لن يكون أي منسق لـ { $body } من دولة متأثرة، مع أن { $who } (متأثرة) رُشِّحت.
plan-reason-later-cycle = P2.6 في ما بعد: كل مرشح لـ { $items } ستنتهي ولايته في ذلك الاجتماع، فلا يستطيع أيٌّ منهم شغل المقعد حينئذ.
plan-reason-two-seats = ستشغل دولة مقعدين في آن واحد: { $items }.
plan-reason-regional-balance = التوازن الإقليمي: الحصة المتساوية هي { $share } { $share ->
    [one] مقعد
    [two] مقعدان
    [few] مقاعد
   *[other] مقعداً
} لكل مجموعة إقليمية من مجموعات الأمم المتحدة؛ وما يتجاوزها: { $items }.
plan-reason-preference = لا يحصل كل مرشح على خياره الأول: { $items }.
plan-note-outgoing = تنتهي ولاية منسق { $state } في هذا الاجتماع: يمنعها P2.6 الآن من كل مقعد، ما لم يتعذر على أي مرشح آخر شغل أحدها.
plan-note-outgoing-seat = تنتهي ولاية منسق { $state } في مقعد { $seat } في هذا الاجتماع: يمنعها P2.6 الآن من كل مقعد آخر{ $renewable ->
    [true] {" "}(ويجوز لها تجديد هذا المقعد)
   *[other] {""}
}.
plan-note-necessity-recorded = يجوز لـ { $state } الترشح رغم P2.6: الضرورة مسجلة.
plan-note-staggered = P2.5: مقاعد { $body } متعاقبة، فلا يجوز شغل إلا واحد منها في هذا الاجتماع.
plan-note-not-proved = لم تثبت الأمثلية: توقف البحث عند مهلته البالغة { $ms } ملّي ثانية بعد { $nodes } عقدة؛ وقد تقل نقاط أفضل قائمة بما يصل إلى { $gap } عن القائمة الأولى المعروضة.
plan-note-nominations = الترشيحات: { $note }
plan-note-party-unconfirmed = لا يمكن التأكد من أن { $state } دولة طرف نافذة في حقها الاتفاقية يوم الاختيار (P2.4)؛ وتبقى بين المرشحين.
plan-note-not-party = تُستبعد { $state }: فهي ليست دولة طرفاً نافذة في حقها الاتفاقية (الوضع: { $status ->
    [not-party] ليست طرفاً
    [signatory] دولة موقعة
    [ratified-not-in-force] صدقت ولم تدخل حيز النفاذ بعد
    [withdrawn] انسحبت
   *[other] { $status }
}، P2.4).
plan-note-choices-left-out = اختارت { $state } مقاعد لا تشغر في { $meeting }؛ وتُستبعد هذه الخيارات.
plan-refuse-no-date = ليس لـ { $meeting } تاريخ، ولا يمكن توقع تاريخ من الدورة.
plan-refuse-no-architecture = لم تكن أي بنية نافذة في { $meeting }: لم تكن هناك مقاعد لشغلها.
plan-refuse-not-selecting = ليس { $meeting } اجتماعاً يختار المنسقين.
