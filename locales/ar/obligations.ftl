# التزامات الدول ومواعيدها النهائية (issue 16).
profile-retention = تحتفظ بذخائر لأغراض التدريب (المادة 3-6)
ob-heading = الالتزامات والمواعيد النهائية
ob-title-state = التزامات { $value }
ob-next = الموعد النهائي التالي
ob-next-none = لا يحل أي موعد نهائي في هذا التاريخ.
ob-all-link = جميع الالتزامات والمواعيد النهائية
ob-col-obligation = الالتزام
ob-col-period = السنة المشمولة
ob-col-due = الموعد النهائي
ob-col-status = الحالة
ob-col-submitted = تاريخ الاستلام
ob-col-reference = الوثيقة
ob-col-basis = الأساس
ob-col-state = الدولة
ob-col-days = أيام التأخير
ob-status-met = مستوفى
ob-status-met-late = استُلم متأخرًا
ob-status-overdue = متأخر
ob-status-upcoming = قادم
ob-basis-days = { $article }: { $days } يومًا بعد بدء النفاذ بالنسبة إلى الدولة ({ $eif }).
ob-basis-years = { $article }: { $years } سنوات بعد بدء النفاذ بالنسبة إلى الدولة ({ $eif })، في تاريخ الذكرى السنوية.
ob-basis-annual = { $article }: في موعد أقصاه { $date } من كل عام، عن السنة التقويمية السابقة.
ob-basis-extended = مُدِّد إلى { $value } بقرار من الدول الأطراف.
ob-basis-profile = مستحق بصفتها: { $value }.
ob-restricted = وصول مقيد
ob-none = لا يوجد التزام مستحق في السجل: الاتفاقية ليست نافذة بالنسبة إلى هذه الدولة في السجل، أو أن التزامات الاتفاقية غير واردة في إعداداتها.
ob-overdue-title = الالتزامات المتأخرة
ob-overdue-intro = جميع المواعيد النهائية المنقضية في هذا التاريخ دون استلام أي شيء في السجل، كما تحسبها قواعد الاتفاقية انطلاقًا من بدء النفاذ والملفات التعريفية. لا تُحتسب التقارير والتمديدات غير المسجلة هنا.
ob-overdue-count =
    { $count ->
        [one] موعد نهائي واحد متأخر
       *[other] { $count } من المواعيد النهائية المتأخرة
    }
ob-overdue-none = لا يوجد موعد نهائي متأخر في هذا التاريخ.
ob-record-heading = تسجيل وثيقة مقدمة
ob-record-kind = ما تم استلامه
ob-kind-report = تقرير أو إعلان مستلم
ob-kind-extension-granted = تمديد ممنوح
ob-record-period = السنة المشمولة (للتقارير السنوية فقط)
ob-record-received = تاريخ الاستلام (أو القرار)
ob-record-extended-to = الموعد النهائي الجديد (للتمديدات فقط)
ob-record-reference = مرجع الوثيقة
ob-record-access = من يحق له قراءة المرجع
ob-record-note = ملاحظة
ob-record-reason = السبب (يُحفظ في سجل التدقيق)
ob-record-submit = تسجيل
ob-submissions-heading = الوثائق المقدمة المسجلة
ob-submissions-caption = جميع السجلات، بما فيها المصححة
ob-superseded = مصحح
ob-calendar = المواعيد النهائية القادمة في شكل تقويم (iCalendar)
ob-problems = لم تُسجَّل الوثيقة المقدمة:
ob-recorded = سُجِّلت الوثيقة المقدمة.
nav-obligations = الالتزامات
