# تسجيل تعيينات اجتماع رسمي (استمارة وحدة دعم التنفيذ، pages/appoint.rs).
appoint-title = تسجيل التعيينات في { $value }
appoint-intro = أدخل شاغل كل مقعد شُغل في { $value } واترك المقاعد الأخرى فارغة. تطبّق المعاينة قواعد المقترح 2 على السجل كما سيصبح؛ ولا يُحفظ أي شيء حتى تختار «حفظ التعيينات».
appoint-meeting = الاجتماع
appoint-dates = التواريخ
appoint-undated = لم تُسجَّل أي تواريخ بعد
appoint-no-closing = لا يوجد تاريخ اختتام مسجَّل لـ { $value }، لذا يتعذر حساب مدد الولاية التي يمنحها: سيُبلَّغ عن كل تعيين بوصفه خطأً إلى أن تُسجَّل تواريخ الاجتماع.
appoint-selection = القرار ومصدره
appoint-decision = القرار المستشهد به (P2.4)
appoint-decision-hint = قرار هذا الاجتماع الذي اختار شاغلي المقاعد.
appoint-no-decisions = لا يوجد أي قرار مسجَّل لـ { $value }؛ والتعيين الذي لا يستشهد بأي قرار يُعدّ خطأً بموجب P2.4.
appoint-decision-none = لا يُستشهد بأي قرار
appoint-source = المصدر أو الملاحظات
appoint-source-hint = مصدر هذا السجل: التقرير الختامي والفقرة المعنية منه، أو رسالة، أو محضر الاجتماع.
appoint-seats = مقاعد المنسقين
appoint-held-before = شاغل المقعد قبل { $value }:
appoint-until = حتى
appoint-ends-here = تنتهي الولاية في هذا الاجتماع
appoint-vacant-before = المقعد شاغر قبل { $value }.
appoint-recorded-here = مسجَّل بالفعل في { $value }:
appoint-nominated = المرشَّحون:
appoint-preference = الأفضلية { $count }
appoint-holder = الشاغل (رمز الدولة)
appoint-holder-hint = اتركه فارغًا إذا لم يُجرِ { $value } أي تعيين في هذا المقعد.
appoint-designate-hint = اتركه فارغًا إذا لم يُسمِّ { $value } أحدًا.
appoint-presides = الاجتماع الذي سيترأسه
appoint-cycles = مدة الولاية بالدورات
appoint-term-rule = تمنح البنية هذا المقعد ولايات مدتها
appoint-findings = نتائج القواعد بشأن هذا التعيين
appoint-overridable = يجوز لشخص أن يتجاوز هذا التحذير بتبرير مكتوب.
appoint-justify = سبب تجاوز { $value } في هذه الحالة
appoint-justify-hint = اشرح لماذا كان ذلك ضروريًا (10 أحرف أو أكثر). يُحفظ التبرير مع التعيين ويُعرض مع النتيجة.
appoint-preview = معاينة النتائج
appoint-save = حفظ التعيينات
appoint-checked-none = لا تخص أيُّ نتيجة من نتائج القواعد هذه التعيينات.
appoint-checked = نتائج هذه التعيينات:
appoint-errors = { $count ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}
appoint-warnings = { $count ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $count } تحذيرات
    [many] { $count } تحذيرًا
   *[other] { $count } تحذير
}
appoint-nothing-saved = لم يُحفظ أي شيء بعد.
appoint-problems = لم تُحفظ التعيينات
appoint-problems-intro = صحِّح ما يلي ثم احفظ مرة أخرى:
appoint-err-holder = اكتب الشاغل برمز من السجل، مثل NZL.
appoint-err-cycles-missing = حدِّد مدة الولاية بالدورات.
appoint-err-cycles = «{ $value }» ليس عددًا من الدورات؛ اكتب عددًا صحيحًا، مثل 2.
appoint-err-cycles-range = تتراوح مدة الولاية بين دورة واحدة و20 دورة.
appoint-err-presides = اختر من القائمة الاجتماع الذي سيترأسه.
appoint-err-decision = اختر من القائمة قرارًا لهذا الاجتماع.
appoint-err-source = يتجاوز المصدر 2000 حرف.
appoint-err-justify = اكتب سبب تجاوز { $value } (10 أحرف أو أكثر).
appoint-err-justify-long = يتجاوز التبرير 4000 حرف.
appoint-err-none = أدخل شاغل مقعد واحد على الأقل.
